import type { ThemeSummary } from '@/features/themes/queries/themes'
import type { TopicLink } from '@/features/themes/queries/topics'
import { themeVars } from '@/shared/design/themeVars'
import { angleMeaning, angleOf, counterpartHeading } from './angle'
import { lowerFirst } from './format'
import styles from './CounterpartBlock.module.css'
import { topicPath } from '@/shared/paths'

/**
 * The same subject from the other side (risk ↔ protection), in the other theme's colour, saying from which
 * angle — curative or preventive — the visitor looks here and there. One block per other theme.
 */
export function CounterpartBlock({ theme, topicTitle, counterparts }: { theme: ThemeSummary; topicTitle: string; counterparts: TopicLink[] }) {
  const byTheme = counterparts.reduce<Map<number, { theme: ThemeSummary; topics: TopicLink[] }>>((groups, link) => {
    const group = groups.get(link.theme.id) ?? { theme: link.theme, topics: [] }
    group.topics.push(link)
    return groups.set(link.theme.id, group)
  }, new Map())
  const here = angleOf(theme.slug)
  if (byTheme.size === 0) {
    // Risk and protective topics always have another side; say so when an editor has not linked it yet.
    if (!here) return null
    const otherSide = here === 'curatief' ? 'beschermende factor' : 'risicofactor'
    return (
      <aside className={styles.block} aria-labelledby="tegenhanger" data-counterpart="">
        <h2 id="tegenhanger">Bekijk dit ook als {otherSide}</h2>
        <p className={styles.angle}>Nog geen tegenhanger als {otherSide} gekoppeld.</p>
      </aside>
    )
  }
  return (
    <>
      {[...byTheme.values()].map(({ theme: other, topics }) => {
        const there = angleOf(other.slug)
        const id = `tegenhanger-${other.slug}`
        return (
          <aside key={other.id} className={styles.block} {...themeVars(other.colour)} aria-labelledby={id} data-counterpart={other.slug}>
            <h2 id={id}>{counterpartHeading(other)}</h2>
            <p className={styles.angle}>
              {here ? (
                <>
                  Hier kijkt u <strong>{here}</strong> naar {lowerFirst(topicTitle)}: {angleMeaning(here)}.{' '}
                </>
              ) : null}
              {there ? (
                <>
                  Daar kijkt u <strong>{there}</strong>: {angleMeaning(there)}.
                </>
              ) : (
                <>Hetzelfde onderwerp, vanuit het thema {other.title}.</>
              )}
            </p>
            <ul className={styles.list}>
              {topics.map((topic) => (
                <li key={topic.slug}>
                  <a href={topicPath(other.slug, topic.slug)}>
                    {topic.title}
                    <span aria-hidden="true"> →</span>
                  </a>
                  <span className={styles.summary}>{topic.summary}</span>
                </li>
              ))}
            </ul>
          </aside>
        )
      })}
    </>
  )
}
