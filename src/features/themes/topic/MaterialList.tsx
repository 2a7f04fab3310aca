import type { MaterialItem } from '@/features/themes/queries/topics'
import { fileFormat, formatDate, isoDate, linkName, opensInBrowser } from '@/shared/format'
import { fileLine, groupBySource } from './format'
import styles from './TopicSections.module.css'
import { contributePath } from '@/shared/paths'

function Material({ material }: { material: MaterialItem }) {
  const { file } = material
  const date = formatDate(material.publishedDate)
  return (
    <article className={styles.card}>
      <h4>
        <a href={`/materialen/${material.slug}`}>{material.title}</a>
      </h4>
      <p>{material.description}</p>
      <p className={styles.meta}>
        {[
          file ? fileLine(file) : null,
          material.publisher,
          date ? (
            <time key="date" dateTime={isoDate(material.publishedDate)}>
              {date}
            </time>
          ) : null,
        ]
          .filter(Boolean)
          .flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))}
      </p>
      <p className={styles.actions}>
        {file && opensInBrowser(file.mimeType) ? (
          <a href={file.url} type={file.mimeType ?? undefined} aria-label={linkName('Bekijken', material.title, `${fileFormat(file.mimeType)}, opent in de browser`)}>
            Bekijken
          </a>
        ) : null}
        {file ? (
          // Payload has no ?download=1; the download attribute saves the file (same origin) under its own name.
          <a href={file.url} download={file.filename} data-print="no-url" aria-label={linkName('Downloaden', material.title, fileLine(file))}>
            Downloaden
          </a>
        ) : null}
        {material.externalUrl ? (
          <a href={material.externalUrl} aria-label={linkName('Naar de website', material.title, 'andere website')}>
            Naar de website
          </a>
        ) : null}
      </p>
    </article>
  )
}

/** Materialen, grouped by who made them in the vocabulary's order (seed 001); empty says so and invites. */
export function MaterialList({ materials, topicSlug }: { materials: MaterialItem[]; topicSlug: string }) {
  const groups = groupBySource(materials)
  return (
    <section aria-labelledby="materialen" className={styles.section}>
      <h2 id="materialen">Materialen</h2>
      {groups.length === 0 ? (
        <p className={styles.empty}>
          Nog geen materialen — <a href={contributePath(topicSlug)}>deel er een</a>.
        </p>
      ) : (
        groups.map((group) => (
          <section key={group.value} aria-labelledby={`bron-${group.value}`} className={styles.group}>
            <h3 id={`bron-${group.value}`}>{group.label}</h3>
            <ul className={styles.cards}>
              {group.items.map((material) => (
                <li key={material.id}>
                  <Material material={material} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <p className={styles.more}>
        <a href="/materialen">Alle materialen in de bibliotheek</a>
      </p>
    </section>
  )
}
