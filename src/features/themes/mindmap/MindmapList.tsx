import { themeVars } from '@/shared/design/themeVars'
import { TopicBadges } from '@/features/themes/topic/Badges'
import styles from './MindmapList.module.css'
import { effectiveParents, type MapTheme } from './model'
import { themePath, topicPath } from '@/shared/paths'
import type { HomeState } from './state'

/**
 * The same tree as nested lists: the accessible, mobile-friendly way in. Each theme folds open like on the
 * map (<details>, no JavaScript needed); the theme in the URL (`?thema=`) starts open.
 */
export function MindmapList({ themes, state }: { themes: (MapTheme & { summary: string })[]; state: HomeState }) {
  return (
    <ul className={styles.themes} aria-label="Thema's">
      {themes.map((theme) => {
        const parents = effectiveParents(theme.topics)
        const level = (parent: number | null) => {
          const topics = theme.topics.filter((topic) => parents.get(topic.id) === parent)
          return topics.length === 0 ? null : (
            <ul className={parent === null ? styles.topics : styles.nested}>
              {topics.map((topic) => (
                <li key={topic.id}>
                  <a href={topicPath(theme.slug, topic.slug)}>{topic.title}</a>{' '}
                  <TopicBadges gradient={topic.gradient} inProgress={topic.inProgress} />
                  {level(topic.id)}
                </li>
              ))}
            </ul>
          )
        }
        const count = theme.topics.length
        return (
          <li key={theme.id} className={styles.theme} {...themeVars(theme.colour)}>
            <details open={state.unfolded === theme.slug} data-theme={theme.slug}>
              <summary>
                <span className={styles.title}>{theme.title}</span>
                <span className={styles.count}>{count === 1 ? '1 onderwerp' : `${count} onderwerpen`}</span>
              </summary>
              <div className={styles.body}>
                <p className={styles.summary}>{theme.summary}</p>
                {level(null)}
                <p className={styles.more}>
                  <a href={themePath(theme.slug)}>
                    Over het thema {theme.title.charAt(0).toLowerCase() + theme.title.slice(1)}
                  </a>
                </p>
              </div>
            </details>
          </li>
        )
      })}
    </ul>
  )
}
