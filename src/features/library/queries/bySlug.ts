import type { DataFromCollectionSlug } from 'payload'

import { payloadClient } from '@/data/payload'
import { isSlug } from '@/shared/paths'

/**
 * The published document of a collection under a slug, as a visitor may read it (drafts stay hidden); undefined for
 * an unknown slug, or one that cannot be a slug at all (no query is made for it).
 */
export const publishedBySlug = async <C extends 'materials' | 'practices' | 'partners'>(
  collection: C,
  slug: string,
  depth: number,
): Promise<DataFromCollectionSlug<C> | undefined> => {
  if (!isSlug(slug)) return undefined
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth, overrideAccess: false })
  return docs[0]
}
