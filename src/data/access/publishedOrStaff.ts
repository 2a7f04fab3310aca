import type { Access } from 'payload'

import { isRole } from './roles'

/** The team reads drafts; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isRole(user, 'beheerder', 'redacteur', 'auteur')) return true
  return { _status: { equals: 'published' } }
}
