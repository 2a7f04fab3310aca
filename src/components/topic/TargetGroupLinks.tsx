import type { TopicLink } from '../../queries/topics'
import { themeVars } from '../theme/themeVars'
import { topicHref } from './links'
import styles from './TopicSections.module.css'

/** Links to the target groups this topic matters most for, each in its own theme's colour. */
export function TargetGroupLinks({ groups }: { groups: TopicLink[] }) {
  if (groups.length === 0) return null
  return (
    <section aria-labelledby="doelgroepen" className={styles.section}>
      <h2 id="doelgroepen">Voor welke doelgroepen?</h2>
      <ul className={styles.chips}>
        {groups.map((group) => (
          <li key={group.slug} {...themeVars(group.theme.colour)}>
            <a href={topicHref(group.theme.slug, group.slug)}>{group.title}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
