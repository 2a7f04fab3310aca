import type { Access } from 'payload'

import { isRole } from './roles'

/**
 * Create and update content. Redacteurs and beheerders may publish; an auteur may write drafts only,
 * so a write that would set `_status: 'published'` is refused for them. (Payload has no separate
 * "publish" permission: publishing is a write with that status.)
 */
export const staffWithoutPublishing: Access = ({ req: { user }, data }) => {
  if (isRole(user, 'beheerder', 'redacteur')) return true
  if (!isRole(user, 'auteur')) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}
