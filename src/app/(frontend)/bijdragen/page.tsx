import type { Metadata } from 'next'

import { ContributionForm, type TopicGroup } from '@/features/contributions/ui/ContributionForm'
import { generalProblems, type ContributionState, type GeneralProblem } from '@/features/contributions/ui/state'
import { fieldAdvice, type ContributionField } from '@/features/contributions/validate'
import { pageMetadata } from '@/shared/layout/metadata'
import { getMindmap } from '@/features/themes/queries/mindmap'
import styles from '@/app/(frontend)/statement.module.css'

// Per request: the topics are the published ones of this moment, and ?onderwerp= fills one in.
export const dynamic = 'force-dynamic'

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
  const themes = await getMindmap().catch(() => [])
  const topics: TopicGroup[] = themes.map((theme) => ({ theme: theme.title, topics: theme.topics.map(({ slug, title }) => ({ slug, title })) }))
  const known = typeof onderwerp === 'string' && topics.some((group) => group.topics.some((topic) => topic.slug === onderwerp))
  const topicSlug = known ? (onderwerp as string) : null
  const topicTitle = topics.flatMap((group) => group.topics).find((topic) => topic.slug === topicSlug)?.title
  // Back from /bijdragen/verzenden without JavaScript: the outcome is in the address (unknown values are ignored;
  // own keys only, so `__proto__` or `constructor` is unknown too, not a built-in of every object).
  const fields = (typeof fout === 'string' ? fout.split(',') : []).filter((f): f is ContributionField => Object.hasOwn(fieldAdvice, f))
  const problem = typeof probleem === 'string' && Object.hasOwn(generalProblems, probleem) ? (probleem as GeneralProblem) : undefined
  const initial: ContributionState =
    verzonden === '1'
      ? { status: 'verzonden', title: '' }
      : fields.length > 0 || problem
        ? { status: 'fout', errors: Object.fromEntries(fields.map((f) => [f, fieldAdvice[f]])), problem, values: {} }
        : { status: 'leeg' }

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
        e-mailadres ziet alleen de redactie (zie <a href="/privacy">privacy</a>). Een bestand delen? Vermeld waar het online staat,
        of vraag in de beschrijving hoe u het kunt bezorgen.
      </p>
      <ContributionForm topics={topics} topicSlug={topicSlug} initial={initial} />
    </article>
  )
}
