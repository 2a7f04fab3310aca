import type { MetadataRoute } from 'next'

import { getMindmap } from '../queries/mindmap'
import { siteUrl } from '../site'

export const dynamic = 'force-dynamic'

/** sitemap.xml: the home page, every theme and every published topic. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const mindmap = await getMindmap()
  return [
    { url: `${siteUrl}/`, changeFrequency: 'weekly', priority: 1 },
    ...mindmap.flatMap(({ theme, topics }) => [
      { url: `${siteUrl}/themas/${theme.slug}`, lastModified: theme.updatedAt, priority: 0.8 },
      ...topics.map((topic) => ({ url: `${siteUrl}/themas/${theme.slug}/${topic.slug}`, lastModified: topic.updatedAt, priority: 0.6 })),
    ]),
  ]
}
