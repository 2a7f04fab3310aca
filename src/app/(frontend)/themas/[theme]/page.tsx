import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ThemeFrame } from '../../../../components/theme/ThemeFrame'
import { getTheme, getTopicsOfTheme } from '../../../../queries/topics'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ theme: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = await getTheme((await params).theme)
  if (!theme) return { title: 'Niet gevonden' }
  return { title: theme.title, description: theme.summary, alternates: { canonical: `/themas/${theme.slug}` } }
}

export default async function ThemePage({ params }: Props) {
  const theme = await getTheme((await params).theme)
  if (!theme) notFound()
  const topics = await getTopicsOfTheme(theme.id)
  const top = topics.filter((topic) => !topic.parent)
  const childrenOf = (id: unknown) => topics.filter((topic) => topic.parent === id)
  return (
    <ThemeFrame colour={theme.colour} themeSlug={theme.slug!} crumbs={[{ label: theme.title }]}>
      <h1>{theme.title}</h1>
      <p className="lead">{theme.summary}</p>
      <ul className="topic-cards">
        {top.map((topic) => (
          <li key={topic.id} className={topic.gradient ? 'topic-card topic-card--gradient' : 'topic-card'}>
            <h2>
              <a href={`/themas/${theme.slug}/${topic.slug}`}>{topic.title}</a>
            </h2>
            <p>{topic.summary}</p>
            {topic.contentStatus === 'in-ontwikkeling' ? <p className="badge">In ontwikkeling</p> : null}
            {childrenOf(topic.id).length > 0 ? (
              <ul>
                {childrenOf(topic.id).map((child) => (
                  <li key={child.id}>
                    <a href={`/themas/${theme.slug}/${child.slug}`}>{child.title}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </ThemeFrame>
  )
}
