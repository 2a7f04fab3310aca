import type { ReactNode } from 'react'

import type { InstrumentDefinition } from '@/features/instruments/model'
import styles from './Instruments.module.css'
import { RouteMap } from './RouteMap'

/**
 * The server-rendered frame of an instrument page: breadcrumb, title, who made it, what it is, the material it
 * replaces and its topics, the route map when the instrument has one, then the workspace (children).
 */
export function InstrumentFrame({ definition, children }: { definition: InstrumentDefinition; children: ReactNode }) {
  const { title, madeBy, summary, material, topics } = definition
  return (
    <div className={styles.page}>
      <nav aria-label="Kruimelpad" className={styles.breadcrumb}>
        <ol>
          <li>
            <a href="/instrumenten">Instrumenten</a>
          </li>
          <li>
            <span aria-current="page">{title}</span>
          </li>
        </ol>
      </nav>
      <header className={styles.header}>
        <h1>{title}</h1>
        <p className="lead">{summary}</p>
        <dl className={styles.facts}>
          <div>
            <dt>Gemaakt door</dt>
            <dd>{madeBy}</dd>
          </div>
          {material ? (
            <div>
              <dt>Online versie van</dt>
              <dd>
                <a href={material.href}>{material.label}</a> (om te downloaden)
              </dd>
            </div>
          ) : null}
          {topics.length > 0 ? (
            <div>
              <dt>Bij de onderwerpen</dt>
              <dd>
                <ul className={styles.inline}>
                  {topics.map((topic) => (
                    <li key={topic.href}>
                      <a href={topic.href}>{topic.label}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
        <p className={styles.private}>
          Wat u invult, blijft in deze browser op dit toestel: het wordt niet naar de toolbox verstuurd. Wilt u het delen of
          bewaren, exporteer het dan als bestand.
        </p>
      </header>
      {definition.routeMap ? <RouteMap definition={definition} /> : null}
      {children}
    </div>
  )
}
