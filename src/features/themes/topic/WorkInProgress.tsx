import styles from './TopicSections.module.css'
import { contributePath } from '@/shared/paths'

/** The "work in progress" notice (seed 001) on topics an editor marked as in ontwikkeling. */
export function WorkInProgress({ topicSlug }: { topicSlug: string }) {
  return (
    <div className={styles.notice} role="note" aria-label="In ontwikkeling">
      <p>
        <strong lang="en">Work in progress.</strong> Dit onderwerp is nog in ontwikkeling: de inhoud wordt aangevuld. Kent u een goede
        praktijk of een materiaal? <a href={contributePath(topicSlug)}>Deel het met ons</a>.
      </p>
    </div>
  )
}
