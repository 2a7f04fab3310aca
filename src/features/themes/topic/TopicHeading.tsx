import type { TopicPageData } from '@/features/themes/queries/topics'
import { angleAdjective, angleOf } from './angle'
import { TopicBadges } from './Badges'
import styles from './TopicHeading.module.css'
import { topicPath } from '@/shared/paths'

/** The top of a topic page, in the theme's band: theme and angle, title, the one-line summary, deeper topics. */
export function TopicHeading({ page }: { page: TopicPageData }) {
  const { theme, topic, children } = page
  const angle = angleOf(theme.slug)
  return (
    <>
      <p className={styles.kicker}>
        {theme.title}
        {angle ? <span className={styles.angle}>{angleAdjective(angle)} invalshoek</span> : null}
      </p>
      <h1 className={topic.gradient ? styles.gradient : undefined}>{topic.title}</h1>
      <p className="lead">{topic.summary}</p>
      {topic.gradient || topic.inProgress ? (
        <div className={styles.badges}>
          <TopicBadges gradient={topic.gradient} inProgress={topic.inProgress} />
        </div>
      ) : null}
      {children.length > 0 ? (
        <nav aria-label="Dieper in dit onderwerp" data-print="keep" className={styles.deeper}>
          <span>Dieper in dit onderwerp:</span>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <a href={topicPath(theme.slug, child.slug)}>{child.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  )
}
