import type { Access } from 'payload'

import { publishedMediaIds } from './publishedMediaIds'
import { isRole } from './roles'

/**
 * The team reads every file; everyone else only the files published documents use — in lists, by id and on the
 * file route (`/api/media/file/…`), which checks this same rule. A draft material's file or draft practice's
 * attachment stays private.
 */
export const publishedMediaOrStaff: Access = async ({ req }) => {
  if (isRole(req.user, 'beheerder', 'redacteur', 'auteur')) return true
  const ids = await publishedMediaIds(req)
  // `exists: false` on the id matches nothing: nothing published uses a file, no public file.
  return ids.length ? { id: { in: ids } } : { id: { exists: false } }
}
