import type { ReactNode } from 'react'

import styles from './Detail.module.css'
import { neutralVariables } from './tokens'

/** The frame of a detail page reached from a list: breadcrumb back to the list, then the content. */
export function DetailPage({
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

export const detailStyles = styles
