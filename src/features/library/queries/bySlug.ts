import type { DataFromCollectionSlug } from 'payload'

import { payloadClient } from '@/data/payload'
import { pageReader } from '@/data/preview'
import { isSlug } from '@/shared/paths'

/**
 * The published document of a collection under a slug, as a visitor may read it (drafts stay hidden, except in an
 * editor's preview); undefined for
 * an unknown slug, or one that cannot be a slug at all (no query is made for it).
 */
export const publishedBySlug = async <C extends 'materials' | 'practices' | 'partners'>(
  collection: C,
  slug: string,
  depth: number,
): Promise<DataFromCollectionSlug<C> | undefined> => {
  if (!isSlug(slug)) return undefined
  const payload = await payloadClient()
  // In an editor's preview (draft mode) the latest draft, read as that editor.
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth, ...(await pageReader()) })
  return docs[0]
}
