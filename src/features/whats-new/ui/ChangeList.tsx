import { formatDate, isoDate } from '@/shared/format'
import { changeKindLabels, isNew, type Change } from '../changes'
import styles from './ChangeList.module.css'

/** The list at /nieuw: per entry its type, whether it is new or updated, the date in Dutch, the title as a link. */
export function ChangeList({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <p>Er is nog niets gepubliceerd.</p>
  return (
    <ol className={styles.list}>
      {changes.map((change) => (
        <li key={`${change.kind}:${change.path}`} className={styles.item}>
          <p className={styles.meta}>
            <span className={styles.kind}>{changeKindLabels[change.kind]}</span>
            {' · '}
            {isNew(change) ? 'Nieuw' : 'Bijgewerkt'} op <time dateTime={isoDate(change.updatedAt)}>{formatDate(change.updatedAt)}</time>
          </p>
          <h2 className={styles.title}>
            <a href={change.path}>{change.title}</a>
          </h2>
          <p className={styles.summary}>{change.summary}</p>
        </li>
      ))}
    </ol>
  )
}
