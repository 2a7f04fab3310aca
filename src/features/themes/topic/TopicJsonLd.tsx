import type { TopicPageData } from '@/features/themes/queries/topics'
import { siteUrl } from '@/shared/site'
import { themePath, topicPath } from '@/shared/paths'

/** schema.org BreadcrumbList, so search engines show the path (Mindmap › Thema › Onderwerp) under the result. */
export function TopicJsonLd({ page }: { page: TopicPageData }) {
  const items = [
    { name: 'Mindmap', path: '/' },
    { name: page.theme.title, path: themePath(page.theme.slug) },
    ...page.ancestors.map((a) => ({ name: a.title, path: topicPath(page.theme.slug, a.slug) })),
    { name: page.topic.title, path: topicPath(page.theme.slug, page.topic.slug) },
  ]
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: `${siteUrl}${item.path}` })),
  }
  // JSON in a script element: '<' is escaped so no title can close the element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
}
