import type { ThemeInfo } from '@/features/search/engine'
import { ThemeLinks } from '@/shared/layout/ThemeLinks'
import styles from './Search.module.css'

/** An empty result that helps on: say so, offer other spellings, the way out of the filters, and the six themes. */
export function NoResults({
  message,
  suggestions,
  hrefForQuery,
  clearFiltersHref,
  themes,
  headingLevel = 2,
}: {
  message: string
  suggestions: string[]
  hrefForQuery: (q: string) => string
  clearFiltersHref?: string
  themes: ThemeInfo[]
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className={styles.noResults}>
      <p className={styles.noResultsMessage}>{message}</p>
      {suggestions.length ? (
        <p>
          Bedoelde u{' '}
          {suggestions.map((suggestion, i) => (
            <span key={suggestion}>
              {i > 0 ? (i === suggestions.length - 1 ? ' of ' : ', ') : null}
              <a href={hrefForQuery(suggestion)}>{suggestion}</a>
            </span>
          ))}
          ?
        </p>
      ) : null}
      <ul className={styles.tips}>
        <li>Controleer de spelling, of probeer een ander of algemener woord.</li>
        <li>Gebruik minder woorden: elk woord moet voorkomen.</li>
        {clearFiltersHref ? (
          <li>
            <a href={clearFiltersHref}>Wis de filters</a> en zoek in alles.
          </li>
        ) : null}
      </ul>
      {themes.length ? (
        <>
          <Heading className={styles.themesHeading}>Of begin bij een thema</Heading>
          <ThemeLinks themes={themes} className={styles.themeLinks} />
        </>
      ) : null}
    </div>
  )
}
