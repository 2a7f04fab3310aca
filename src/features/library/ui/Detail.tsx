import type { ReactNode } from 'react'

import { topicPath } from '@/shared/paths'
import type { Theme, Topic } from '@/payload-types'
import { themeVars } from '@/shared/design/themeVars'
import styles from './Detail.module.css'
import { neutralVariables } from '@/shared/design/neutralVariables'

/** The frame of a detail page reached from a list: breadcrumb back to the list, then the content. */
export function DetailFrame({
  list,
  title,
  children,
}: {
  list: { label: string; href: string }
  title: string
  children: ReactNode
}) {
  return (
    <div className={styles.detail} style={neutralVariables}>
      <nav aria-label="Kruimelpad" className={styles.breadcrumb}>
        <ol>
          <li>
            <a href={list.href}>{list.label}</a>
          </li>
          <li>
            <span aria-current="page">{title}</span>
          </li>
        </ol>
      </nav>
      {children}
    </div>
  )
}

/** Facts as a description list; empty values are left out. */
export function Facts({ facts }: { facts: [string, ReactNode | null | undefined | false][] }) {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '')
  if (shown.length === 0) return null
  return (
    <dl className={styles.facts}>
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** "Bij deze onderwerpen": the topics a material or practice belongs to, each with its theme in that theme's colour. */
export function RelatedTopics({ topics }: { topics: (Topic & { theme: Theme })[] }) {
  if (topics.length === 0) return null
  return (
    <section aria-labelledby="onderwerpen">
      <h2 id="onderwerpen">Bij deze onderwerpen</h2>
      <ul className={styles.links}>
        {topics.map((topic) => (
          <li key={topic.id}>
            <a href={topicPath(topic.theme.slug ?? '', topic.slug ?? '')}>{topic.title}</a>
            <span className={styles.chip} {...themeVars(topic.theme.colour)}>
              {topic.theme.title}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

export const detailStyles = styles
