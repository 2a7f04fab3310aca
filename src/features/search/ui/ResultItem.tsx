import type { ReactNode } from 'react'

import type { Segment, ThemeInfo } from '@/features/search/engine'
import { Highlighted } from './Highlighted'
import { themeVars } from '@/shared/design/themeVars'
import styles from './ResultItem.module.css'

/** The theme records for a list of theme slugs, in that order. */
export const themesOf = (slugs: readonly string[], themes: readonly ThemeInfo[]): ThemeInfo[] =>
  slugs.map((slug) => themes.find((t) => t.slug === slug)).filter((t): t is ThemeInfo => !!t)

/**
 * One result of a list or of the site search: a heading that links, a line of facts, the summary or the passage
 * that matched (with the query's words marked), the themes as coloured labels, and actions.
 */
export function ResultItem({
  level,
  href,
  title,
  accent,
  meta = [],
  excerpt,
  fallback,
  note,
  themes = [],
  children,
}: {
  level: 2 | 3 | 4
  href: string
  title: Segment[]
  /** The theme whose colour the item takes (its first). */
  accent?: ThemeInfo | null
  meta?: (string | null | undefined | false)[]
  excerpt?: Segment[] | null
  /** Shown when there is no excerpt. */
  fallback?: string
  /** Said under the excerpt, e.g. that it comes from inside the file. */
  note?: string | null
  themes?: ThemeInfo[]
  children?: ReactNode
}) {
  const Heading = `h${level}` as const
  const facts = meta.filter(Boolean)
  return (
    <li className={styles.item} {...(accent ? themeVars(accent.colour) : {})}>
      <Heading>
        <a href={href}>
          <Highlighted segments={title} />
        </a>
      </Heading>
      {facts.length ? <p className={styles.meta}>{facts.join(' · ')}</p> : null}
      {excerpt ? (
        <p>
          <Highlighted segments={excerpt} />
        </p>
      ) : fallback ? (
        <p>{fallback}</p>
      ) : null}
      {excerpt && note ? <p className={styles.hint}>{note}</p> : null}
      {children}
      {themes.length ? (
        <ul className={styles.themes} aria-label="Thema's">
          {themes.map((theme) => (
            <li key={theme.slug} className={styles.chip} {...themeVars(theme.colour)}>
              {theme.title}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}

/** The actions row of an item (view, download, website). */
export function ItemActions({ children }: { children: ReactNode }) {
  return <p className={styles.actions}>{children}</p>
}

/** Text for screen readers only (the site's global .visually-hidden class). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>
}
