import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { isRole } from '@/data/access/roles'

/**
 * Auteurs save drafts only. Access rules see the data, not whether a write is a draft save, so unpublishing
 * (a non-draft write of `_status: 'draft'`) would slip through them: this hook refuses any non-draft update
 * by an auteur. Restoring a version is a write too: without `?draft=true` it replaces the live document (a
 * restored draft takes the page offline), so an auteur may only restore a version as a new draft. Duplicating
 * copies the status as well: without `?draft=true` a copy of a published page is published, so that is refused too.
 */
export const auteursSaveDraftsOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const writesLiveDocument =
    operation === 'update' || operation === 'restoreVersion' || (operation === 'create' && args.duplicateFromID != null)
  if (writesLiveDocument && isRole(req.user, 'auteur') && !args.draft && !args.overrideAccess) {
    throw new Forbidden(req.t)
  }
  return args
}
