import type { Access, CollectionConfig } from 'payload'

import { isBeheerder, isBeheerderField } from '@/data/access/isBeheerder'
import { isRole } from '@/data/access/roles'
import { roles, selectOptions } from '@/shared/vocabulary'
import { forgotPasswordEndpoint } from './endpoints/forgotPassword'
import { firstUserIsBeheerder } from './hooks/firstUserIsBeheerder'
import { sameAnswerForUnknownAccounts } from './hooks/sameAnswerForUnknownAccounts'

/** Beheerders see and manage every account; everyone else only their own. */
const beheerderOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isRole(user, 'beheerder')) return true
  return { id: { equals: user.id } }
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  // No per-account lock: with it anyone could lock any account (the beheerder's too) with ten wrong passwords, and
  // the "vergrendeld" answer told which e-mails have accounts. Failed sign-ins are limited per client address
  // instead (src/data/rateLimits), and an unknown account is answered alike and as slowly — at sign-in
  // (sameAnswerForUnknownAccounts) and at "Wachtwoord vergeten" (endpoints/forgotPassword.ts).
  auth: { maxLoginAttempts: 0 },
  endpoints: [forgotPasswordEndpoint],
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Beheer' },
  access: {
    read: beheerderOrSelf,
    create: isBeheerder,
    update: beheerderOrSelf,
    delete: isBeheerder,
    unlock: isBeheerder,
  },
  hooks: { beforeChange: [firstUserIsBeheerder], beforeOperation: [sameAnswerForUnknownAccounts] },
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true },
    {
      name: 'role',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: 'auteur',
      options: selectOptions(roles),
      saveToJWT: true,
      // Only a beheerder hands out roles, so nobody can promote themselves.
      access: { create: isBeheerderField, update: isBeheerderField },
      admin: {
        position: 'sidebar',
        description:
          'Beheerder: alles, ook gebruikers. Redacteur: inhoud bewerken en publiceren. Auteur: concepten schrijven, niet publiceren. Het allereerste account wordt altijd beheerder.',
      },
    },
  ],
}
