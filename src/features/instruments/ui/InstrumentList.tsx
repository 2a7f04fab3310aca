import type { InstrumentSummary } from '@/features/instruments/queries'
import styles from './Instruments.module.css'

/** The instruments at /instrumenten: title (a link), who made it, what it is. */
export function InstrumentList({ instruments }: { instruments: InstrumentSummary[] }) {
  if (instruments.length === 0) return <p>Er zijn nog geen instrumenten gepubliceerd.</p>
  return (
    <ul className={styles.cards}>
      {instruments.map((instrument) => (
        <li key={instrument.slug}>
          <article className={styles.card}>
            <h2>
              <a href={instrument.href}>{instrument.title}</a>
            </h2>
            <p className={styles.madeBy}>{instrument.madeBy}</p>
            <p>{instrument.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  )
}
