/**
 * Public pages are served from Next.js's cache (rendered on first request, kept until something changes). These
 * Payload hooks make them fresh when an editor publishes, unpublishes or deletes anything a page shows.
 *
 * Every public page is expired at once (`revalidatePath('/', 'layout')`), plus the data cached under
 * `publicContentTag` (the sitemap). Not per page: a topic page shows its theme, the materials, practices and
 * instruments linked to it, its counterparts' titles, categories, files and the theme links of the 404 page, and a
 * title changed anywhere shows on many pages. A dependency map per page would be easy to get wrong (a stale page
 * is a bug nobody sees), while publishing is rare — a few times a day — and a page rendered anew costs some tens of
 * milliseconds, once, for the first visitor after the change. Expiry is immediate (no stale page served after it),
 * and with the Redis cache handler (`cache-handler.mjs`) it reaches every instance.
 *
 * Next.js can only revalidate inside a request (the REST API, the admin's server functions). Payload also runs
 * outside one — the seed at start-up, `npm run seed`, tests on the local API — where there is no page cache to
 * expire; there the hooks do nothing. They never throw: the save has already been made.
 */
import { revalidatePath, revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, Payload } from 'payload'

/** Tag of the data cached with `unstable_cache` that public pages read (expired with every page). */
export const publicContentTag = 'public-content'

/** The error Next.js throws when revalidation is asked for outside a request: nothing is cached there. */
const outsideRequest = (error: unknown) => error instanceof Error && /static generation store missing/.test(error.message)

/** Expires every public page and the public data cache; a no-op outside a Next.js request. */
export const refreshPublicPages = (payload?: Pick<Payload, 'logger'>): 'expired' | 'outside-request' | 'failed' => {
  try {
    revalidatePath('/', 'layout')
    revalidateTag(publicContentTag, { expire: 0 })
    return 'expired'
  } catch (error) {
    if (outsideRequest(error)) return 'outside-request'
    payload?.logger.error({ err: error }, 'Public pages could not be expired after a change')
    return 'failed'
  }
}

type Versioned = { _status?: 'draft' | 'published' | null } | null | undefined

/** Where `markDraftSaves` notes, for one request, that a document's save is a draft save. */
const draftSaveKey = (collection: string, id: unknown) => `freshPages:draftSave:${collection}:${String(id)}`

/**
 * Notes a draft save before it happens: only the operation's arguments tell one (`draft` without publishing, as
 * Payload decides it), and the afterChange hook cannot — a draft saved over a published document and an unpublish
 * both end with `_status: 'draft'`, and `previousDoc` is the latest version, which may itself be a draft.
 */
export const markDraftSaves: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const id = (args as { id?: unknown }).id
  const data = (args as { data?: { _status?: unknown } }).data
  if ((operation === 'update' || operation === 'restoreVersion') && id !== undefined) {
    req.context[draftSaveKey(collection.slug, id)] = Boolean((args as { draft?: unknown }).draft) && data?._status !== 'published'
  }
  return args
}

/**
 * Whether a save changes what the public sees. A draft save writes a version only: the published document stays as
 * it was. A new document created as a draft is not public either. Everything else counts — publishing, editing what
 * is published, unpublishing, restoring a version as the live one, and every save of a collection without drafts
 * (categories, media), whose documents have no status.
 */
export const changesPublicContent = ({ draftSave, operation, doc }: { draftSave: boolean; operation: 'create' | 'update'; doc: Versioned }): boolean =>
  !draftSave && !(operation === 'create' && doc?._status === 'draft')

export const refreshAfterChange: CollectionAfterChangeHook = ({ collection, doc, operation, req }) => {
  const draftSave = req.context[draftSaveKey(collection.slug, (doc as { id?: unknown }).id)] === true
  if (changesPublicContent({ draftSave, operation, doc: doc as Versioned })) refreshPublicPages(req.payload)
  return doc
}

export const refreshAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  refreshPublicPages(req.payload)
  return doc
}

/** The hooks for a collection without drafts whose documents public pages show (every save counts). */
export const freshPagesHooks = { afterChange: [refreshAfterChange], afterDelete: [refreshAfterDelete] }
