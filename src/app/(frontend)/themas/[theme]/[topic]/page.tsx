import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { pageMetadata } from '@/shared/layout/metadata'
import { themeHomeHref } from '@/features/themes/theme/links'
import { ThemeFrame } from '@/features/themes/theme/ThemeFrame'
import { CounterpartBlock } from '@/features/themes/topic/CounterpartBlock'
import { InstrumentList } from '@/features/themes/topic/InstrumentList'
import { MaterialList } from '@/features/themes/topic/MaterialList'
import { PracticeList } from '@/features/themes/topic/PracticeList'
import { TargetGroupLinks } from '@/features/themes/topic/TargetGroupLinks'
import { TopicFooter } from '@/features/themes/topic/TopicFooter'
import { TopicHeading } from '@/features/themes/topic/TopicHeading'
import { TopicJsonLd } from '@/features/themes/topic/TopicJsonLd'
import { WhySection } from '@/features/themes/topic/WhySection'
import { themePath, topicPath } from '@/shared/paths'
import { getTopicPage } from '@/features/themes/queries/topics'

// Served from Next.js's cache: rendered on the first request, expired when an editor publishes (data/cache/freshPages).
// No page at build time (there is no database then); each is rendered on its first request and then cached.
export const generateStaticParams = () => []
// A safety net for changes made outside the site (npm run seed, a restore): expire after an hour at the latest.
export const revalidate = 3600

type Props = { params: Promise<{ theme: string; topic: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { theme, topic } = await params
  const found = await getTopicPage(theme, topic)
  if (!found || !('page' in found)) return { title: 'Pagina niet gevonden', robots: { index: false } }
  const { page } = found
  return pageMetadata({
    title: `${page.topic.title} – ${page.theme.title}`,
    description: page.topic.summary,
    path: topicPath(page.theme.slug, page.topic.slug),
    type: 'article',
    modifiedTime: page.topic.updatedAt,
  })
}

export default async function TopicPage({ params }: Props) {
  const { theme: themeSlug, topic: topicSlug } = await params
  const found = await getTopicPage(themeSlug, topicSlug)
  if (!found) notFound()
  // A topic an editor moved to another theme keeps working under its old address.
  if ('movedTo' in found) permanentRedirect(found.movedTo)
  const { page } = found
  const { theme, topic } = page
  return (
    <article>
      <ThemeFrame
        colour={theme.colour}
        closeHref={themeHomeHref(theme.slug)}
        crumbs={[
          { label: 'Mindmap', href: '/' },
          { label: theme.title, href: themePath(theme.slug) },
          ...page.ancestors.map((ancestor) => ({ label: ancestor.title, href: topicPath(theme.slug, ancestor.slug) })),
          { label: topic.title },
        ]}
        heading={<TopicHeading page={page} />}
      >
        <WhySection topic={topic} />
        <MaterialList materials={page.materials} topicSlug={topic.slug} />
        <PracticeList practices={page.practices} topicSlug={topic.slug} />
        <InstrumentList instruments={page.instruments} />
        <CounterpartBlock theme={theme} topicTitle={topic.title} counterparts={page.counterparts} />
        <TargetGroupLinks groups={page.targetGroups} themeSlug={theme.slug} />
        <TopicFooter topicSlug={topic.slug} topicTitle={topic.title} lastReviewed={topic.lastReviewed} inProgress={topic.inProgress} />
      </ThemeFrame>
      <TopicJsonLd page={page} />
    </article>
  )
}
