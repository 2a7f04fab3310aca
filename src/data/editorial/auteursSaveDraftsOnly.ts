import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { isRole } from '@/data/access/roles'

/**
 * Auteurs save drafts only. Access rules see the data, not whether a write is a draft save, so unpublishing
 * (a non-draft write of `_status: 'draft'`) would slip through them: this hook refuses any non-draft update
 * by an auteur.
 */
export const auteursSaveDraftsOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' && isRole(req.user, 'auteur') && !args.draft && !args.overrideAccess) {
    throw new Forbidden(req.t)
  }
  return args
}
