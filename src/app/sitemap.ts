import type { MetadataRoute } from 'next'

import { getMindmap } from '@/features/themes/queries/mindmap'
import { payloadClient } from '@/data/payload'
import { siteUrl } from '@/shared/site'

// Read at request time: SITE_URL set at start-up (not at build) is used, and new documents appear at once.
export const dynamic = 'force-dynamic'

/** The site's fixed pages, the lists first. */
const fixedPages = ['/materialen', '/goede-praktijken', '/partners', '/instrumenten', '/vroegdetectie', '/bijdragen', '/privacy', '/toegankelijkheid']

/** Published documents with a page of their own under `prefix`, read as an anonymous visitor. */
const detailPages = async (collection: 'materials' | 'practices' | 'partners' | 'instruments', prefix: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  return docs.map((doc) => ({ url: `${siteUrl}${prefix}/${doc.slug}`, lastModified: doc.updatedAt, changeFrequency: 'monthly' as const, priority: 0.5 }))
}

/** sitemap.xml: the mindmap, every published theme and topic, the lists and every published material, practice, partner and instrument. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [themes, materials, practices, partners, instruments] = await Promise.all([
    getMindmap(),
    detailPages('materials', '/materialen'),
    detailPages('practices', '/goede-praktijken'),
    detailPages('partners', '/partners'),
    detailPages('instruments', '/instrumenten'),
  ])
  return [
    { url: `${siteUrl}/`, changeFrequency: 'weekly', priority: 1 },
    ...themes.flatMap((theme) => [
      { url: `${siteUrl}/themas/${theme.slug}`, lastModified: theme.updatedAt, changeFrequency: 'monthly' as const, priority: 0.8 },
      ...theme.topics.map((topic) => ({
        url: `${siteUrl}/themas/${theme.slug}/${topic.slug}`,
        lastModified: topic.updatedAt,
        changeFrequency: 'monthly' as const,
        priority: 0.6,
      })),
    ]),
    ...fixedPages.map((path) => ({ url: `${siteUrl}${path}`, changeFrequency: 'weekly' as const, priority: 0.7 })),
    ...materials,
    ...practices,
    ...partners,
    ...instruments,
  ]
}
