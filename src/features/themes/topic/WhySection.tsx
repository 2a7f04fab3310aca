import { RichText } from '@payloadcms/richtext-lexical/react'

import type { TopicPageData } from '@/features/themes/queries/topics'
import { lowerFirst } from './format'
import styles from './TopicSections.module.css'

/**
 * "Waarom …?": the why-text, the research insights each with its source, the toolbox's own tools and lists that
 * serve the topic, and websites to read further.
 */
export function WhySection({ topic }: { topic: TopicPageData['topic'] }) {
  // Editors point a topic to the toolbox's own tools and lists with a path ("/vroegdetectie"): those come first.
  const ownPages = topic.links.filter((link) => link.url.startsWith('/'))
  const websites = topic.links.filter((link) => !link.url.startsWith('/'))
  return (
    <section aria-labelledby="waarom" className={styles.section}>
      <h2 id="waarom">Waarom {lowerFirst(topic.title)}?</h2>
      {topic.why ? (
        <div className={styles.prose}>
          <RichText data={topic.why} />
        </div>
      ) : (
        <p className={styles.empty}>De achtergrond bij dit onderwerp wordt nog uitgeschreven.</p>
      )}
      <h3>Wat zegt onderzoek?</h3>
      {topic.insights.length > 0 ? (
        <ul className={styles.insights}>
          {topic.insights.map((insight) => (
            <li key={insight.id}>
              <p>{insight.text}</p>
              <p className={styles.source}>
                Bron: <cite>{insight.url ? <a href={insight.url}>{insight.source}</a> : insight.source}</cite>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>Nog geen onderzoeksinzichten opgenomen.</p>
      )}
      {ownPages.length > 0 ? (
        <>
          <h3>Verder in de toolbox</h3>
          <ul className={styles.links}>
            {ownPages.map((link) => (
              <li key={link.id}>
                <a href={link.url}>{link.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Relevante websites</h3>
      {websites.length > 0 ? (
        <ul className={styles.links}>
          {websites.map((link) => (
            <li key={link.id}>
              <a href={link.url}>
                {link.label}
                <span className="visually-hidden"> (andere website)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>Nog geen websites opgenomen.</p>
      )}
    </section>
  )
}
