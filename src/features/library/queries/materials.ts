import { cache } from 'react'

import { carePhases, educationLevels, regions, sourceTypes } from '@/shared/vocabulary'
import type { Category, Material, Media, Theme, Topic } from '@/payload-types'
import { formats, type MaterialRecord } from '@/features/search/engine'
import { payloadClient } from '@/data/payload'
import { byTitle, getSearchIndex, queryListing, type ListingRequest, type ListingSpec } from '@/features/search/queries'
import { instrumentPath, isSlug } from '@/shared/paths'

/** The materials library (/materialen): filters, orders and page size. */
export const materialsListing: ListingSpec<MaterialRecord> = {
  type: 'material',
  pageSize: 20,
  groupByTheme: true,
  groups: [
    { key: 'thema', label: 'Thema', options: (t) => t.themes.map((theme) => ({ value: theme.slug, label: theme.title })) },
    { key: 'categorie', label: 'Categorie', options: (t) => t.categories.map((c) => ({ value: c.slug, label: c.title })) },
    { key: 'bron', label: 'Gemaakt door', options: () => sourceTypes },
    { key: 'doelgroep', label: 'Doelgroep', options: (t) => t.targetGroups.map((g) => ({ value: g.slug, label: g.title })) },
    { key: 'fase', label: 'Fase in het zorgcontinuüm', options: () => carePhases },
    { key: 'niveau', label: 'Onderwijsniveau', options: () => educationLevels },
    { key: 'regio', label: 'Regio', options: () => regions },
    { key: 'formaat', label: 'Formaat', options: () => formats },
  ],
  sorts: [
    { value: 'datum', label: 'Nieuwste eerst', compare: (a, b) => b.publishedDate.localeCompare(a.publishedDate) },
    { value: 'datum-oud', label: 'Oudste eerst', compare: (a, b) => a.publishedDate.localeCompare(b.publishedDate) },
    { value: 'titel', label: 'Titel (A–Z)', compare: byTitle },
  ],
}

export const listMaterials = async (request: ListingRequest) => queryListing(await getSearchIndex(), materialsListing, request)

export interface MaterialPage {
  material: Material
  file: Media | null
  topics: (Topic & { theme: Theme })[]
  categories: Category[]
  targetGroups: Topic[]
  /** The start of the file's text, as a preview for formats a browser cannot show. */
  preview: string | null
  /** The instrument that is the online version of this material, to fill in on the site. */
  online: { title: string; href: string } | null
}

const objects = <T>(list: unknown): T[] => (Array.isArray(list) ? list.filter((x): x is T => typeof x === 'object' && x !== null) : [])

/** One published material with what its page shows; undefined for an unknown slug or a draft.
 * Cached per request (React cache): the page and its metadata share one query.
 */
export const getMaterial = cache(async (slug: string): Promise<MaterialPage | undefined> => {
  if (!isSlug(slug)) return undefined
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'materials',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  const material = docs[0]
  if (!material) return undefined
  const file = typeof material.file === 'object' ? material.file : null
  let preview: string | null = null
  if (file && file.mimeType !== 'application/pdf') {
    const withText = await payload.findByID({ collection: 'media', id: file.id, depth: 0, showHiddenFields: true, overrideAccess: false })
    preview = withText.extractedText ? withText.extractedText.slice(0, 4000) : null
  }
  const { docs: online } = await payload.find({
    collection: 'instruments',
    where: { material: { equals: material.id } },
    limit: 1,
    depth: 0,
    select: { title: true, slug: true },
    overrideAccess: false,
  })
  return {
    online: online[0]?.slug ? { title: online[0].title, href: instrumentPath(online[0].slug) } : null,
    material,
    file,
    topics: objects<Topic>(material.topics).filter((t): t is Topic & { theme: Theme } => typeof t.theme === 'object'),
    categories: objects<Category>(material.categories),
    targetGroups: objects<Topic>(material.targetGroups),
    preview,
  }
})
