import type { CollectionConfig } from 'payload'

import { isEditor } from '@/data/access/isEditor'
import { isStaff } from '@/data/access/isStaff'
import { publishedOrStaff } from '@/data/access/publishedOrStaff'
import { staffWithoutPublishing } from '@/data/access/staffWithoutPublishing'
import { markDraftSaves, refreshAfterChange, refreshAfterDelete } from '@/data/cache/freshPages'
import { auteursSaveDraftsOnly } from './auteursSaveDraftsOnly'

/**
 * What an editorial collection states itself: everything of a Payload collection except its access rules and
 * versions, which are the same for all of them and come from the factory.
 */
export type EditorialCollectionConfig = Omit<CollectionConfig, 'access' | 'versions'>

/** The public reads what is published; auteurs write drafts; redacteurs and beheerders publish and delete. */
export const editorialAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: staffWithoutPublishing,
  update: staffWithoutPublishing,
  delete: isEditor,
}

/** Drafts and a version history of at most 50 versions per document. */
export const editorialVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: true,
  maxPerDoc: 50,
}

/**
 * The admin's preview link: `/voorbeeld` checks the editor's session, turns on Next.js's draft mode and sends them
 * to the document's public page (src/app/(frontend)/voorbeeld/route.ts). Relative, so it works on any host name.
 */
export const previewUrl = (collection: string, id: unknown) => `/voorbeeld?${new URLSearchParams({ collectie: collection, id: String(id) })}`

/** The admin group the editorial collections share unless a collection names another. */
export const editorialGroup = 'Inhoud'

/**
 * Import-map paths (relative to src, the import map's baseDir) of the publish and unpublish buttons that
 * auteurs do not see. After changing them, run `PAYLOAD_SECRET=t npx payload generate:importmap`.
 */
export const publicationButtons = {
  PublishButton: '/data/editorial/PublicationButtons#EditorialPublishButton',
  UnpublishButton: '/data/editorial/PublicationButtons#EditorialUnpublishButton',
} as const

/**
 * An editorial collection: content the team writes as drafts and publishes (themes, topics, materials,
 * practices, partners, instruments). Give it what is its own — slug, labels, admin (title field, columns,
 * search fields), defaultSort, fields, hooks — and it adds what every editorial collection shares:
 *
 * - access: `editorialAccess` (published for the public, drafts for the team, publishing and deleting for
 *   redacteurs and beheerders); a collection cannot pass its own, so the role matrix stays one matrix;
 * - versions: `editorialVersions` (drafts and a version history);
 * - the workflow: the `auteursSaveDraftsOnly` beforeOperation hook, after the collection's own, because the
 *   access rules cannot tell a draft save from an unpublish; and the publish/unpublish buttons hidden for auteurs;
 * - fresh public pages: `markDraftSaves`, `refreshAfterChange` and `refreshAfterDelete` (data/cache/freshPages) after
 *   the collection's own hooks, so publishing, unpublishing or deleting expires the cached public pages (a draft
 *   save does not);
 * - preview: the admin's preview button opens the real public page with the latest draft (`/voorbeeld`);
 * - the admin group 'Inhoud' (`admin.group` overrides it).
 *
 * For example (then list it in payload.config.ts and add a migration for its tables, drafts and versions included):
 *
 *   export const Instruments = editorialCollection({
 *     slug: 'instruments',
 *     labels: { singular: 'Instrument', plural: 'Instrumenten' },
 *     admin: { useAsTitle: 'title', defaultColumns: ['title', '_status'] },
 *     fields: [{ name: 'title', label: 'Titel', type: 'text', required: true }],
 *   })
 *
 * `src/data/access/access.integration.test.ts` checks the role matrix per collection: add the new slug there.
 */
export const editorialCollection = ({ admin, hooks, ...collection }: EditorialCollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    group: editorialGroup,
    preview: (doc) => previewUrl(collection.slug, doc.id),
    ...admin,
    components: {
      ...admin?.components,
      edit: { ...admin?.components?.edit, ...publicationButtons },
    },
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: {
    ...hooks,
    beforeOperation: [...(hooks?.beforeOperation ?? []), auteursSaveDraftsOnly, markDraftSaves],
    afterChange: [...(hooks?.afterChange ?? []), refreshAfterChange],
    afterDelete: [...(hooks?.afterDelete ?? []), refreshAfterDelete],
  },
})
