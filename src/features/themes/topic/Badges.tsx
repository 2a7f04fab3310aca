import styles from './Badges.module.css'

/** Small labels beside a topic's title: on the orange-to-green transition, and/or still in progress. */
export function TopicBadges({ gradient, inProgress }: { gradient?: boolean; inProgress?: boolean }) {
  if (!gradient && !inProgress) return null
  return (
    <span className={styles.badges}>
      {gradient ? <span className={styles.gradient}>Van risico naar bescherming</span> : null}
      {inProgress ? <span className={styles.progress}>In ontwikkeling</span> : null}
    </span>
  )
}
