import type { CollectionConfig } from 'payload'

import { auteursSaveDraftsOnly } from './auteursSaveDraftsOnly'
import { isEditor } from './isEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'
import { staffWithoutPublishing } from './staffWithoutPublishing'

/**
 * The access rules shared by every editorial collection (themes, topics, materials, practices, partners):
 * the public reads what is published; auteurs write drafts; redacteurs and beheerders publish and delete.
 */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: staffWithoutPublishing,
  update: staffWithoutPublishing,
  delete: isEditor,
}

/**
 * The editorial workflow, applied in payload.config.ts to every collection with drafts: auteurs save drafts
 * only, and the admin shows them no publish or unpublish button.
 */
export const withEditorialWorkflow = (collection: CollectionConfig): CollectionConfig => {
  const versions = collection.versions
  if (!(typeof versions === 'object' && versions.drafts)) return collection
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), auteursSaveDraftsOnly] },
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: '/data/editorial/PublicationButtons#EditorialPublishButton',
          UnpublishButton: '/data/editorial/PublicationButtons#EditorialUnpublishButton',
        },
      },
    },
  }
}

/** Drafts and a version history on every editorial collection. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}
