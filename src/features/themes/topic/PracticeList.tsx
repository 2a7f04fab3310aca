import type { PracticeItem } from '@/features/themes/queries/topics'
import styles from './TopicSections.module.css'
import { contributePath } from '@/shared/paths'

/** Goede praktijken from the network that editors linked to this topic; empty says so and invites. */
export function PracticeList({ practices, topicSlug }: { practices: PracticeItem[]; topicSlug: string }) {
  return (
    <section aria-labelledby="praktijken" className={styles.section}>
      <h2 id="praktijken">Goede praktijken</h2>
      {practices.length === 0 ? (
        <p className={styles.empty}>
          Nog geen goede praktijken — <a href={contributePath(topicSlug)}>deel er een</a>.
        </p>
      ) : (
        <ul className={styles.cards}>
          {practices.map((practice) => (
            <li key={practice.id}>
              <article className={styles.card}>
                <h3>
                  <a href={`/goede-praktijken/${practice.slug}`}>{practice.title}</a>
                </h3>
                <p>{practice.summary}</p>
                <p className={styles.meta}>{[practice.organiser, practice.locality, practice.year].filter(Boolean).join(' · ')}</p>
                {practice.website ? (
                  <p className={styles.actions}>
                    <a href={practice.website}>
                      Website<span className="visually-hidden"> van {practice.title} (andere website)</span>
                    </a>
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.more}>
        <a href="/goede-praktijken">Alle goede praktijken</a>
      </p>
    </section>
  )
}
