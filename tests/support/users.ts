import type { Payload } from 'payload'

import type { Role } from '@/shared/vocabulary'
import type { User } from '@/payload-types'

/** One account per role, made directly in the database (overrideAccess), for access tests. */
export const createUsers = async (payload: Payload): Promise<Record<Role, User>> => {
  const make = (role: Role) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@toolbox.test`, password: `${role}-wachtwoord-123`, name: `Test ${role}`, role },
    })
  // The first account always becomes beheerder, so create that one first.
  const beheerder = await make('beheerder')
  return { beheerder, redacteur: await make('redacteur'), auteur: await make('auteur') }
}
