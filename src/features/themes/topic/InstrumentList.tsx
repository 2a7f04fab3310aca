import type { InstrumentItem } from '@/features/themes/queries/topics'
import styles from './TopicSections.module.css'

/** "Samen invullen": the PLG instruments that serve this topic, filled in online; nothing when there are none. */
export function InstrumentList({ instruments }: { instruments: InstrumentItem[] }) {
  if (instruments.length === 0) return null
  return (
    <section aria-labelledby="instrumenten" className={styles.section}>
      <h2 id="instrumenten">Samen invullen</h2>
      <p>Instrumenten om met uw team online in te vullen, te bewaren en te exporteren.</p>
      <ul className={styles.cards}>
        {instruments.map((instrument) => (
          <li key={instrument.slug}>
            <article className={styles.card}>
              <h3>
                <a href={instrument.href}>{instrument.title}</a>
              </h3>
              <p className={styles.meta}>{instrument.madeBy}</p>
              <p>{instrument.summary}</p>
            </article>
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        <a href="/instrumenten">Alle instrumenten</a>
      </p>
    </section>
  )
}
