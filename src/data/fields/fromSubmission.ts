import type { Field } from 'payload'

import { isRole } from '@/data/access/roles'

/**
 * The contribution a draft was made from ("Omzetten naar concept"), shown in the sidebar. Set by the conversion (redacteurs and beheerders), and
 * read by the editorial team only: who sent what stays out of the public API.
 */
export const fromSubmissionField: Field = {
  name: 'submission',
  label: 'Uit de bijdrage',
  type: 'relationship',
  relationTo: 'submissions',
  access: {
    read: ({ req }) => isRole(req.user, 'beheerder', 'redacteur', 'auteur'),
    create: ({ req }) => isRole(req.user, 'beheerder', 'redacteur'),
    update: ({ req }) => isRole(req.user, 'beheerder', 'redacteur'),
  },
  admin: { position: 'sidebar', readOnly: true },
}
