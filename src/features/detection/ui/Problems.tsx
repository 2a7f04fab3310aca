'use client'
/**
 * Problems found while reading a file or applying a list, in Dutch, grouped by how bad they are. Rows that could not
 * be read are listed one by one (row, column, message): they are left out of the figures, never silently.
 */
import type { Problem } from '@/features/detection/engine/types'
import styles from './detection.module.css'
import { downloadText } from '@/shared/download'
import { datedFileName, problemsCsv } from '@/features/detection/browser/exports'
import { formatNumber } from '@/features/detection/texts'

const MAX_ROWS_SHOWN = 200

export function Problems({ problems, rejectedRows, context }: { problems: Problem[]; rejectedRows?: number; context: string }) {
  const fatal = problems.filter((p) => p.level === 'fatal')
  const rows = problems.filter((p) => p.level === 'error')
  const warnings = problems.filter((p) => p.level === 'warning')
  const info = problems.filter((p) => p.level === 'info')
  if (problems.length === 0) return null
  return (
    <div className={styles.problems}>
      {fatal.length > 0 ? (
        <div className={`${styles.problem} ${styles.problemFatal}`} role="alert">
          <p className={styles.problemTitle}>{context} lukte niet</p>
          <ul>
            {fatal.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className={`${styles.problem} ${styles.problemWarning}`}>
          <p className={styles.problemTitle}>
            {rejectedRows !== undefined
              ? `${formatNumber(rejectedRows)} ${rejectedRows === 1 ? 'rij kon' : 'rijen konden'} niet gelezen worden en ${rejectedRows === 1 ? 'telt' : 'tellen'} niet mee`
              : 'Rijen die niet gelezen konden worden'}
          </p>
          <p>Verbeter ze in het eigen bestand en laad het opnieuw. Elke melding noemt de rij (zoals in Excel) en de kolom.</p>
          <details open={rows.length <= 10}>
            <summary>Toon de meldingen ({formatNumber(rows.length)})</summary>
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Rijen die niet gelezen konden worden">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Rij</th>
                    <th scope="col">Kolom</th>
                    <th scope="col">Melding</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, MAX_ROWS_SHOWN).map((p, i) => (
                    <tr key={i}>
                      <td className={styles.num}>{p.row ?? '–'}</td>
                      <td>{p.column ?? '–'}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {rows.length > MAX_ROWS_SHOWN ? (
              <p>
                De eerste {MAX_ROWS_SHOWN} van {formatNumber(rows.length)} meldingen staan hierboven; de download bevat ze alle.
              </p>
            ) : null}
          </details>
          <div className={styles.actions}>
            <button
              type="button"
              className={styles.buttonSecondary}
              onClick={() => downloadText(datedFileName('vroegdetectie-meldingen', 'csv'), problemsCsv(rows), 'text/csv')}
            >
              Alle meldingen downloaden (CSV)
            </button>
          </div>
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div className={`${styles.problem} ${styles.problemWarning}`}>
          <p className={styles.problemTitle}>Let op</p>
          <ul>
            {warnings.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {info.length > 0 ? (
        <div className={`${styles.problem} ${styles.problemInfo}`}>
          <p className={styles.problemTitle}>Ter info</p>
          <ul>
            {info.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
