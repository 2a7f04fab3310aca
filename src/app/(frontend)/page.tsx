import type { Metadata } from 'next'

import { Mindmap } from '../../components/mindmap/Mindmap'
import type { MapTheme } from '../../components/mindmap/layout'
import { colourOf } from '../../design/tokens'
import type { Topic } from '../../payload-types'
import { getMindmap } from '../../queries/mindmap'

// Content changes in the admin must show at once; the page reads the database on each request.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { alternates: { canonical: '/' } }

type Props = { searchParams: Promise<{ thema?: string | string[]; weergave?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function TopicList({ themeSlug, topics, parent }: { themeSlug: string; topics: Topic[]; parent: Topic['id'] | null }) {
  const level = topics.filter((topic) => (topic.parent ?? null) === parent)
  if (level.length === 0) return null
  return (
    <ul>
      {level.map((topic) => (
        <li key={topic.id}>
          <a href={`/themas/${themeSlug}/${topic.slug}`}>{topic.title}</a>
          {topic.contentStatus === 'in-ontwikkeling' ? <span className="badge"> (in ontwikkeling)</span> : null}
          <TopicList themeSlug={themeSlug} topics={topics} parent={topic.id} />
        </li>
      ))}
    </ul>
  )
}

export default async function HomePage({ searchParams }: Props) {
  const params = await searchParams
  const mindmap = await getMindmap()
  const unfolded = mindmap.some(({ theme }) => theme.slug === first(params.thema)) ? first(params.thema)! : null
  // 'kaart' or 'lijst' when the visitor chose; otherwise the screen width decides (CSS): list on narrow screens.
  const view = first(params.weergave) === 'kaart' ? 'kaart' : first(params.weergave) === 'lijst' ? 'lijst' : 'auto'
  const withView = (weergave: string) => `/?${new URLSearchParams({ ...(unfolded ? { thema: unfolded } : {}), weergave })}`
  const mapThemes: MapTheme[] = mindmap.map(({ theme, topics }) => ({
    id: theme.id,
    slug: theme.slug!,
    title: theme.title,
    colour: theme.colour,
    topics: topics.map((topic) => ({
      id: topic.id,
      slug: topic.slug!,
      title: topic.title,
      gradient: Boolean(topic.gradient),
      parent: typeof topic.parent === 'object' && topic.parent ? topic.parent.id : (topic.parent ?? null),
    })),
  }))

  return (
    <div className="home" data-view={view}>
      <h1>Toolbox Schooluitval</h1>
      <p className="lead">
        Zes invalshoeken om vroegtijdig schoolverlaten te begrijpen, vroeg te herkennen en samen aan te pakken. Kies een
        thema om het open te vouwen; kies een onderwerp om het te lezen.
      </p>
      <p className="view-toggle">
        <a href={withView('kaart')} aria-current={view === 'kaart' ? 'true' : undefined}>
          Kaartweergave
        </a>
        <a href={withView('lijst')} aria-current={view === 'lijst' ? 'true' : undefined}>
          Lijstweergave
        </a>
      </p>
      <section className="map-view" aria-label="Mindmap">
        <Mindmap themes={mapThemes} unfolded={unfolded} />
      </section>
      <section className="list-view" aria-label="Lijstweergave">
        <ul className="theme-list">
          {mindmap.map(({ theme, topics }) => {
            const colour = colourOf(theme.colour)
            return (
              <li key={theme.id} className="theme" style={{ background: colour.tint, color: colour.onTint, borderColor: colour.strong }}>
                <h2>
                  <a href={`/themas/${theme.slug}`}>{theme.title}</a>
                </h2>
                <p>{theme.summary}</p>
                <TopicList themeSlug={theme.slug!} topics={topics} parent={null} />
              </li>
            )
          })}
        </ul>
      </section>
    </div>
  )
}
