import type { CollectionConfig } from 'payload'

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

/** Drafts and a version history on every editorial collection. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}
