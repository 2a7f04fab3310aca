import type { MetadataRoute } from 'next'

import { getMindmap } from '../queries/mindmap'
import { siteUrl } from '../site'

// Read at request time: SITE_URL set at start-up (not at build) is used, and new topics appear at once.
export const dynamic = 'force-dynamic'

/** sitemap.xml: the home page (the mindmap), every published theme and every published topic. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const themes = await getMindmap()
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
  ]
}
