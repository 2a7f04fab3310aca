import { formatDate, isoDate } from '@/shared/format'
import { lowerFirst } from './format'
import styles from './TopicSections.module.css'
import { WorkInProgress } from './WorkInProgress'
import { contributePath } from '@/shared/paths'

/**
 * The end of a topic page, in the order of the topic's fixed shape: the date an editor last checked it, the
 * "work in progress" notice on unfinished topics (the heading's badge says so at the top too), and the invitation
 * to contribute with the topic filled in.
 */
export function TopicFooter({
  topicSlug,
  topicTitle,
  lastReviewed,
  inProgress,
}: {
  topicSlug: string
  topicTitle: string
  lastReviewed: string | null
  inProgress?: boolean
}) {
  const date = formatDate(lastReviewed)
  return (
    <footer className={styles.footer}>
      <p className={styles.reviewed}>
        {date ? (
          <>
            Laatst nagekeken op <time dateTime={isoDate(lastReviewed)}>{date}</time>.
          </>
        ) : (
          'Nog niet nagekeken door de redactie.'
        )}
      </p>
      {inProgress ? <WorkInProgress topicSlug={topicSlug} /> : null}
      <div className={styles.invite}>
        <h2>Iets toe te voegen?</h2>
        <p>
          Kent u een materiaal of een goede praktijk over {lowerFirst(topicTitle)}, of ziet u iets
          dat beter kan? De redactie leest elke bijdrage.
        </p>
        <p>
          <a className={styles.button} href={contributePath(topicSlug)}>
            Deel uw materiaal, praktijk of feedback
          </a>
        </p>
      </div>
    </footer>
  )
}
