import type { Metadata } from 'next'
import { unstable_cache } from 'next/cache'

import { ContributionForm, type TopicGroup } from '@/features/contributions/ui/ContributionForm'
import { stateFromAddress } from '@/features/contributions/ui/state'
import { pageMetadata } from '@/shared/layout/metadata'
import { getMindmap } from '@/features/themes/queries/mindmap'
import { publicContentTag } from '@/data/cache/freshPages'
import styles from '@/app/(frontend)/statement.module.css'

// Per request: ?onderwerp= fills a topic in and the form's outcome comes back in the address. The same for every
// visitor otherwise: no cookies are read.
export const dynamic = 'force-dynamic'

/**
 * The topics to choose from, grouped by theme: read once and kept under the tag every publish expires
 * (data/cache/freshPages), as the sitemap does, instead of two queries on every visit. A failure is not kept.
 */
const topicGroups = unstable_cache(
  async (): Promise<TopicGroup[]> =>
    (await getMindmap()).map((theme) => ({ theme: theme.title, topics: theme.topics.map(({ slug, title }) => ({ slug, title })) })),
  ['contribution-topics'],
  { tags: [publicContentTag], revalidate: 3600 },
)

export const metadata: Metadata = pageMetadata({
  title: 'Bijdragen',
  description: 'Stuur een goede praktijk, een materiaal of feedback in. De redactie van de Toolbox Schooluitval leest elke bijdrage.',
  path: '/bijdragen',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** /bijdragen: anyone in the field sends in a practice, a material or feedback; editors review it in /admin. */
export default async function ContributePage({ searchParams }: Props) {
  const { onderwerp, verzonden, fout, probleem } = await searchParams
  // The form must show even when the database is away: then without the list of topics.
  const topics = await topicGroups().catch((): TopicGroup[] => [])
  const known = typeof onderwerp === 'string' && topics.some((group) => group.topics.some((topic) => topic.slug === onderwerp))
  const topicSlug = known ? (onderwerp as string) : null
  const topicTitle = topics.flatMap((group) => group.topics).find((topic) => topic.slug === topicSlug)?.title
  // Back from /bijdragen/verzenden without JavaScript: the outcome is in the address (unknown values are ignored).
  const initial = stateFromAddress({ verzonden, fout, probleem })

  return (
    <article className={styles.statement}>
      <h1>Bijdragen</h1>
      <p className="lead">
        {topicTitle ? (
          <>
            Kent u een goede praktijk of een materiaal over <strong>{topicTitle}</strong>, of ziet u iets dat beter kan? Vertel het ons.
          </>
        ) : (
          <>De toolbox groeit met wat scholen, CLB&apos;s en partners doen. Stuur een goede praktijk, een materiaal of feedback in.</>
        )}
      </p>
      <p>
        De redactie leest elke bijdrage, vraagt zo nodig meer uitleg en verwerkt ze tot een pagina op de website. Uw naam en
        e-mailadres ziet alleen de redactie (zie <a href="/privacy">privacy</a>). Een document delen? Voeg het bij als bestand (PDF,
        Word, PowerPoint, Excel of OpenDocument, hoogstens 20 MB), of vermeld waar het online staat. U krijgt een bevestiging per e-mail.
      </p>
      <ContributionForm topics={topics} topicSlug={topicSlug} initial={initial} />
    </article>
  )
}
