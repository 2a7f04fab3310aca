import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { CSSProperties } from 'react'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { ThemeFrame } from '../../../../../components/theme/ThemeFrame'
import { sourceTypes } from '../../../../../content/vocabulary'
import { colourOf } from '../../../../../design/tokens'
import type { Theme, Topic } from '../../../../../payload-types'
import { getTopicPage, type TopicPage } from '../../../../../queries/topics'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ theme: string; topic: string }> }

const formatDate = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(new Date(iso)) : null

const fileFormat = (mimeType: string | null | undefined) =>
  mimeType === 'application/pdf' ? 'PDF' : mimeType?.includes('wordprocessingml') ? 'Word' : mimeType?.split('/')[1]?.toUpperCase() ?? 'Bestand'

/** The angle a visitor looks from (seed 001): risk factors are the curative side, protective factors the preventive. */
const angleOf = (theme: Theme | undefined) =>
  theme?.slug === 'risicofactoren' ? 'curatieve' : theme?.slug === 'beschermende-factoren' ? 'preventieve' : null

const asTopics = (list: unknown): Topic[] => (Array.isArray(list) ? list.filter((t): t is Topic => typeof t === 'object' && t !== null) : [])

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { theme, topic } = await params
  const page = await getTopicPage(theme, topic)
  if (!page) return { title: 'Niet gevonden' }
  const url = `/themas/${page.theme.slug}/${page.topic.slug}`
  return {
    title: `${page.topic.title} – ${page.theme.title}`,
    description: page.topic.summary,
    alternates: { canonical: url },
    openGraph: { title: page.topic.title, description: page.topic.summary, url, type: 'article', locale: 'nl_BE' },
  }
}

function Materials({ page }: { page: TopicPage }) {
  const groups = sourceTypes
    .map((type) => ({ type, items: page.materials.filter((m) => m.sourceType === type.value) }))
    .filter((group) => group.items.length > 0)
  if (groups.length === 0) return <p className="empty">Nog geen materialen — <a href={`/bijdragen?onderwerp=${page.topic.slug}`}>deel er een</a>.</p>
  return groups.map(({ type, items }) => (
    <section key={type.value} aria-labelledby={`bron-${type.value}`}>
      <h3 id={`bron-${type.value}`}>{type.label}</h3>
      <ul className="materials">
        {items.map((material) => {
          const file = typeof material.file === 'object' ? material.file : null
          return (
            <li key={material.id}>
              <strong>{material.title}</strong>
              <p>{material.description}</p>
              <p className="meta">
                {file ? `${fileFormat(file.mimeType)} · ` : ''}
                {material.publisher} · {formatDate(material.publishedDate)}
              </p>
              <p className="actions">
                {file?.url ? (
                  <>
                    <a href={file.url}>Bekijken<span className="visually-hidden">: {material.title}</span></a>{' '}
                    <a href={file.url} download={file.filename ?? undefined}>
                      Downloaden<span className="visually-hidden">: {material.title}</span>
                    </a>
                  </>
                ) : null}
                {material.externalUrl ? <a href={material.externalUrl}>Naar de website</a> : null}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  ))
}

export default async function TopicPageView({ params }: Props) {
  const { theme: themeSlug, topic: topicSlug } = await params
  const page = await getTopicPage(themeSlug, topicSlug)
  if (!page) notFound()
  const { topic, theme, themes, practices, children } = page
  const themeById = new Map(themes.map((t) => [t.id, t]))
  const parent = typeof topic.parent === 'object' && topic.parent ? topic.parent : null
  const angle = angleOf(theme)

  return (
    <ThemeFrame
      colour={theme.colour}
      themeSlug={theme.slug!}
      crumbs={[
        { label: theme.title, href: `/themas/${theme.slug}` },
        ...(parent ? [{ label: parent.title, href: `/themas/${theme.slug}/${parent.slug}` }] : []),
        { label: topic.title },
      ]}
    >
      <article className={topic.gradient ? 'topic topic--gradient' : 'topic'}>
        <h1>{topic.title}</h1>
        <p className="lead">{topic.summary}</p>
        {topic.contentStatus === 'in-ontwikkeling' ? (
          <p className="notice" role="note">
            <strong>Work in progress.</strong> Dit onderwerp is nog in ontwikkeling. Kent u een goede praktijk of materiaal?{' '}
            <a href={`/bijdragen?onderwerp=${topic.slug}`}>Deel het met ons</a>.
          </p>
        ) : null}
        {angle ? <p className="angle">U bekijkt dit onderwerp vanuit de {angle} invalshoek.</p> : null}

        <section aria-labelledby="waarom">
          <h2 id="waarom">Waarom {topic.title.toLowerCase()}?</h2>
          {topic.why ? <RichText data={topic.why} /> : <p className="empty">De achtergrond wordt nog uitgeschreven.</p>}
          {topic.insights?.length ? (
            <>
              <h3>Inzichten uit onderzoek</h3>
              <ul className="insights">
                {topic.insights.map((insight) => (
                  <li key={insight.id}>
                    {insight.text}{' '}
                    <span className="source">
                      Bron: {insight.url ? <a href={insight.url}>{insight.source}</a> : insight.source}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {topic.links?.length ? (
            <>
              <h3>Relevante websites</h3>
              <ul>
                {topic.links.map((link) => (
                  <li key={link.id}>
                    <a href={link.url}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        {children.length ? (
          <section aria-labelledby="verdieping">
            <h2 id="verdieping">Verdieping</h2>
            <ul>
              {children.map((child) => (
                <li key={child.id}>
                  <a href={`/themas/${theme.slug}/${child.slug}`}>{child.title}</a> — {child.summary}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="materialen">
          <h2 id="materialen">Materialen</h2>
          <Materials page={page} />
        </section>

        <section aria-labelledby="praktijken">
          <h2 id="praktijken">Goede praktijken</h2>
          {practices.length ? (
            <ul>
              {practices.map((practice) => (
                <li key={practice.id}>
                  <strong>{practice.title}</strong> — {practice.summary} <span className="meta">({practice.organiser})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">
              Nog geen goede praktijken — <a href={`/bijdragen?onderwerp=${topic.slug}`}>deel er een</a>.
            </p>
          )}
        </section>

        {asTopics(topic.counterparts).map((other) => {
          const otherTheme = themeById.get(typeof other.theme === 'object' ? other.theme.id : other.theme)
          const colour = colourOf(otherTheme?.colour)
          const label =
            otherTheme?.slug === 'beschermende-factoren'
              ? 'Bekijk dit ook als beschermende factor'
              : otherTheme?.slug === 'risicofactoren'
                ? 'Bekijk dit ook als risicofactor'
                : `Bekijk dit ook vanuit ${otherTheme?.title ?? 'een ander thema'}`
          const otherAngle = angleOf(otherTheme)
          return (
            <aside
              key={other.id}
              className="counterpart"
              style={{ background: colour.strong, color: colour.onStrong } as CSSProperties}
              aria-label={label}
            >
              <p>
                <a href={`/themas/${otherTheme?.slug}/${other.slug}`} style={{ color: colour.onStrong }}>
                  {label}: {other.title}
                </a>
              </p>
              {otherAngle ? <p>Daar kijkt u vanuit de {otherAngle} invalshoek.</p> : null}
            </aside>
          )
        })}

        {asTopics(topic.targetGroups).length ? (
          <section aria-labelledby="doelgroepen">
            <h2 id="doelgroepen">Specifieke doelgroepen</h2>
            <ul>
              {asTopics(topic.targetGroups).map((group) => (
                <li key={group.id}>
                  <a href={`/themas/specifieke-doelgroepen/${group.slug}`}>{group.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <footer className="topic-footer">
          {topic.lastReviewed ? <p>Laatst nagekeken op {formatDate(topic.lastReviewed)}.</p> : null}
          <p>
            Iets toe te voegen? <a href={`/bijdragen?onderwerp=${topic.slug}`}>Deel uw materiaal, praktijk of feedback</a>.
          </p>
        </footer>
      </article>
    </ThemeFrame>
  )
}
