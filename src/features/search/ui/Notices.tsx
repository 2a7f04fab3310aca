import type { ReactNode } from 'react'

import type { Correction } from '@/features/search/engine'
import styles from './Search.module.css'

/**
 * What a visitor should know about a result before reading it: a shortened query, a corrected word, a result with
 * only some of the words, filters or a page that did not exist. The list pages and /zoeken say it the same way.
 */
export function Notices({
  q,
  truncated,
  onlyStopWords,
  corrections,
  partial,
  ignoredFilters = false,
  adjustedPage,
  hrefForQuery,
}: {
  q: string
  truncated: boolean
  /** Said when the query held only words like "de" and "van"; omitted where the page says it elsewhere. */
  onlyStopWords?: string | null
  corrections: Correction[]
  /** Said when no result has every word; null when they do. */
  partial: string | null
  ignoredFilters?: boolean
  /** The page shown instead of one that does not exist; null when it existed. */
  adjustedPage?: number | null
  hrefForQuery: (q: string) => string
}) {
  const notes: ReactNode[] = []
  if (truncated) notes.push('Uw zoekopdracht was erg lang en werd ingekort.')
  if (onlyStopWords) notes.push(onlyStopWords)
  for (const correction of corrections) {
    notes.push(
      <>
        Niets gevonden voor ‘{correction.from}’; u ziet resultaten voor ‘<a href={hrefForQuery(q.replace(correction.from, correction.to))}>{correction.to}</a>’.
      </>,
    )
  }
  if (partial) notes.push(partial)
  if (ignoredFilters) notes.push('Sommige filters in het webadres bestaan niet (meer) en werden genegeerd.')
  if (adjustedPage) notes.push(`Die pagina bestaat niet; u ziet pagina ${adjustedPage}.`)
  if (notes.length === 0) return null
  return (
    <ul className={styles.notices}>
      {notes.map((note, i) => (
        <li key={i}>{note}</li>
      ))}
    </ul>
  )
}
