import type { Access } from 'payload'

import { publishedMediaIds } from './publishedMediaIds'
import { isRole } from './roles'

/**
 * Changing a file (its bytes or its description) that a published document uses changes live content without
 * anyone publishing: only redacteurs and beheerders may. Auteurs may change the files nothing published uses yet.
 */
export const editorOrUnpublishedMedia: Access = async ({ req }) => {
  if (isRole(req.user, 'beheerder', 'redacteur')) return true
  if (!isRole(req.user, 'auteur')) return false
  const ids = await publishedMediaIds(req)
  return ids.length ? { id: { not_in: ids } } : true
}
