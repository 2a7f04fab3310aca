import type { PayloadRequest } from 'payload'

type Id = number | string

/**
 * The upload fields whose files the site shows: a published material's file and a published practice's attachments
 * (a list of ids). Rich-text uploads are not rendered, so they do not make a file live.
 */
const liveUploads = [
  { collection: 'materials', field: 'file' },
  { collection: 'practices', field: 'files' },
] as const

const cache = new WeakMap<PayloadRequest, Promise<Id[]>>()

/**
 * The ids of the files that published documents use: these are live, so the public may read them and only
 * redacteurs may change them. Read from the documents' current (published) state, so a file a newer draft points
 * to is not live yet. Cached per request, as a list page populates many files through the same access rule.
 */
export const publishedMediaIds = (req: PayloadRequest): Promise<Id[]> => {
  const cached = cache.get(req)
  if (cached) return cached
  const ids = Promise.all(
    liveUploads.map(async ({ collection, field }) => {
      const { docs } = await req.payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        select: { [field]: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      // One id (`file`) or a list of them (`files`, hasMany).
      return docs.flatMap((doc): unknown[] => [(doc as unknown as Record<string, unknown>)[field]].flat())
    }),
  ).then((lists) => [...new Set(lists.flat().filter((id): id is Id => typeof id === 'number' || typeof id === 'string'))])
  cache.set(req, ids)
  return ids
}
