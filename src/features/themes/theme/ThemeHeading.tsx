import type { ThemeSummary } from '@/features/themes/queries/themes'
import { angleAdjective, angleOf } from '@/features/themes/topic/angle'
import styles from '@/features/themes/topic/TopicHeading.module.css'

/** The top of a theme page, in its band: "Thema" (and its angle, for risk and protection), title, summary. */
export function ThemeHeading({ theme }: { theme: ThemeSummary }) {
  const angle = angleOf(theme.slug)
  return (
    <>
      <p className={styles.kicker}>
        Thema
        {angle ? <span className={styles.angle}>{angleAdjective(angle)} invalshoek</span> : null}
      </p>
      <h1>{theme.title}</h1>
      <p className="lead">{theme.summary}</p>
    </>
  )
}
