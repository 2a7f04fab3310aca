import type { TopicSummary } from '@/features/themes/queries/themes'
import { TopicBadges } from '@/features/themes/topic/Badges'
import styles from './TopicCards.module.css'
import { topicPath } from '@/shared/paths'

/** A theme's topics as cards (title, summary, badges) with their deeper topics listed inside. */
export function TopicCards({ themeSlug, topics }: { themeSlug: string; topics: TopicSummary[] }) {
  const childrenOf = (id: number | null) => topics.filter((topic) => topic.parentId === id)
  const Nested = ({ parent }: { parent: number }) => {
    const children = childrenOf(parent)
    return children.length > 0 ? (
      <ul className={styles.nested}>
        {children.map((child) => (
          <li key={child.id}>
            <a href={topicPath(themeSlug, child.slug)}>{child.title}</a> <TopicBadges gradient={child.gradient} inProgress={child.inProgress} />
            <Nested parent={child.id} />
          </li>
        ))}
      </ul>
    ) : null
  }
  const top = childrenOf(null)
  if (top.length === 0) return <p className={styles.empty}>In dit thema zijn nog geen onderwerpen gepubliceerd.</p>
  return (
    <ul className={styles.cards}>
      {top.map((topic) => (
        <li key={topic.id} className={topic.gradient ? `${styles.card} ${styles.gradient}` : styles.card}>
          <h3>
            <a href={topicPath(themeSlug, topic.slug)}>{topic.title}</a>
          </h3>
          <p>{topic.summary}</p>
          <TopicBadges gradient={topic.gradient} inProgress={topic.inProgress} />
          <Nested parent={topic.id} />
        </li>
      ))}
    </ul>
  )
}
