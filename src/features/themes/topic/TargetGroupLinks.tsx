import type { ThemeSlug } from '@/shared/vocabulary'
import type { TopicLink } from '@/features/themes/queries/topics'
import { themeVars } from '@/shared/design/themeVars'
import styles from './TopicSections.module.css'
import { topicPath } from '@/shared/paths'

const targetGroupTheme: ThemeSlug = 'specifieke-doelgroepen'

/**
 * Links to the target groups this topic matters most for, each in its own theme's colour. Topics of the target
 * groups' own theme have no such links; elsewhere an empty list is said plainly.
 */
export function TargetGroupLinks({ groups, themeSlug }: { groups: TopicLink[]; themeSlug: string }) {
  if (groups.length === 0 && themeSlug === targetGroupTheme) return null
  return (
    <section aria-labelledby="doelgroepen" className={styles.section}>
      <h2 id="doelgroepen">Voor welke doelgroepen?</h2>
      {groups.length === 0 ? (
        <p className={styles.empty}>Nog niet gekoppeld aan een doelgroep.</p>
      ) : (
        <ul className={styles.chips}>
          {groups.map((group) => (
            <li key={group.slug} {...themeVars(group.theme.colour)}>
              <a href={topicPath(group.theme.slug, group.slug)}>{group.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
