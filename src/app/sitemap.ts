import type { MetadataRoute } from 'next'
import { unstable_cache } from 'next/cache'

import { getMindmap } from '@/features/themes/queries/mindmap'
import { payloadClient } from '@/data/payload'
import { publicContentTag } from '@/data/cache/freshPages'
import { siteUrl } from '@/shared/site'

// Answered per request, so SITE_URL set at start-up (not at build) is used; the documents it lists come from Next.js's
// data cache (`published` below), which an editor's publish expires with the pages.
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
  return docs.map((doc) => ({ path: `${prefix}/${doc.slug}`, lastModified: doc.updatedAt }))
}

/** What the sitemap lists, cached under the tag that every publish expires (data/cache/freshPages). */
const published = unstable_cache(
  async () => {
    const [themes, ...details] = await Promise.all([
      getMindmap(),
      detailPages('materials', '/materialen'),
      detailPages('practices', '/goede-praktijken'),
      detailPages('partners', '/partners'),
      detailPages('instruments', '/instrumenten'),
    ])
    return { themes, details: details.flat() }
  },
  ['sitemap'],
  { tags: [publicContentTag], revalidate: 3600 },
)

/** sitemap.xml: the mindmap, every published theme and topic, the lists and every published material, practice, partner and instrument. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { themes, details } = await published()
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
    ...details.map(({ path, lastModified }) => ({ url: `${siteUrl}${path}`, lastModified, changeFrequency: 'monthly' as const, priority: 0.5 })),
  ]
}
