'use client'
/**
 * PDCA follow-up: "Momentopname bewaren" keeps today's scores; per objective a small chart of its scores over time,
 * and one table with every snapshot (the charts' text alternative and what prints best). Actions are ticked off in
 * the Check column of each phase's action table.
 */
import { useState } from 'react'

import { themeColours } from '@/shared/design/tokens'
import type { InstrumentDefinition } from '@/features/instruments/model'
import type { FillIn } from './engine/answers'
import { formatDateTime, objectiveSeries, removeSnapshot, takeSnapshot } from './engine/followUp'
import { newId } from './browser/ids'
import { ConfirmDialog } from './ConfirmDialog'
import { ScoreChart, describeSeries } from './ScoreChart'
import styles from './workspace.module.css'

export function FollowUp({ definition, fillIn, change }: { definition: InstrumentDefinition; fillIn: FillIn; change: (update: (f: FillIn) => FillIn) => void }) {
  const [message, setMessage] = useState('')
  const [toRemove, setToRemove] = useState<string | null>(null)
  const series = objectiveSeries(definition, fillIn)
  const snapshots = [...fillIn.snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt))
  const withScores = series.filter((s) => s.points.length > 0)

  const snap = () => {
    const now = new Date()
    change((f) => takeSnapshot(definition, f, { id: newId(), now }))
    setMessage(`Momentopname van ${formatDateTime(now.toISOString())} bewaard.`)
  }

  return (
    <section id="opvolging" aria-labelledby="opvolging-kop" className={styles.section}>
      <h2 id="opvolging-kop">Opvolging (PDCA)</h2>
      <p>
        Bewaar op vaste momenten (bijvoorbeeld elk trimester) een momentopname van de scores. Zo ziet het team per doelstelling hoe de
        score evolueert. Vink afgewerkte acties af in de kolom Check van de actietabellen.
      </p>
      <div className={styles.buttons} data-print="hide">
        <button type="button" className={styles.button} onClick={snap}>
          Momentopname bewaren
        </button>
      </div>
      <p role="status" className={styles.status}>
        {message}
      </p>

      {snapshots.length === 0 ? (
        <p className={styles.muted}>Nog geen momentopnames.</p>
      ) : (
        <>
          <h3>Scores per doelstelling door de tijd</h3>
          {withScores.length === 0 ? <p className={styles.muted}>De momentopnames bevatten nog geen scores.</p> : null}
          <ul className={styles.charts}>
            {withScores.map((s) => (
              <li key={s.questionId}>
                <figure className={styles.figure} aria-label={s.objective}>
                  <figcaption>
                    <span className={styles.muted}>{s.section}</span>
                    <br />
                    {s.objective}
                  </figcaption>
                  <ScoreChart series={s} colour={themeColours.blauw.strong} />
                  <p className="visually-hidden">{describeSeries(s)}</p>
                </figure>
              </li>
            ))}
          </ul>

          <div className={styles.tableScroll}>
            <table className={styles.snapshotTable}>
              <caption>Scores per momentopname (op 10)</caption>
              <thead>
                <tr>
                  <th scope="col">Doelstelling</th>
                  {snapshots.map((snapshot) => (
                    <th scope="col" key={snapshot.id}>
                      {formatDateTime(snapshot.takenAt)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr key={s.questionId}>
                    <th scope="row">{s.objective}</th>
                    {snapshots.map((snapshot) => {
                      const value = snapshot.scores[s.questionId]
                      return <td key={snapshot.id}>{typeof value === 'number' ? `${value}/10` : '–'}</td>
                    })}
                  </tr>
                ))}
              </tbody>
              <tfoot data-print="hide">
                <tr>
                  <td />
                  {snapshots.map((snapshot) => (
                    <td key={snapshot.id}>
                      <button type="button" className={styles.linkButton} onClick={() => setToRemove(snapshot.id)}>
                        Verwijder<span className="visually-hidden"> de momentopname van {formatDateTime(snapshot.takenAt)}</span>
                      </button>
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
      {toRemove ? (
        <ConfirmDialog
          title="Momentopname verwijderen?"
          onCancel={() => setToRemove(null)}
          actions={[
            {
              label: 'Verwijderen',
              kind: 'danger',
              onChoose: () => {
                change((f) => removeSnapshot(f, toRemove, new Date()))
                setToRemove(null)
                setMessage('Momentopname verwijderd.')
              },
            },
          ]}
        >
          <p>De scores van {formatDateTime(fillIn.snapshots.find((s) => s.id === toRemove)?.takenAt ?? new Date().toISOString())} verdwijnen uit de opvolging.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
