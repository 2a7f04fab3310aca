'use client'
/**
 * The cut-off table: how many pupils pass the main condition (the first step, or the list's main factor) and how many
 * get a signal at each threshold, all else unchanged, with a button to take a threshold over. Plus a small chart.
 */
import { useId } from 'react'

import { gradeLabel } from '@/features/detection/engine/format'
import type { CutoffTable } from '@/features/detection/engine/report'
import { OPERATORS, formatThreshold } from '@/features/detection/engine/rules/operators'
import styles from './detection.module.css'
import { chartColours } from './theme'
import { formatNumber } from '@/features/detection/texts'

export function Cutoffs({
  cutoffs,
  headingId,
  hasGradeThresholds,
  onUse,
}: {
  cutoffs: CutoffTable
  headingId: string
  hasGradeThresholds: boolean
  onUse: ((threshold: number) => void) | null
}) {
  const op = OPERATORS[cutoffs.condition.op].label
  const grades = Object.keys(cutoffs.rows[0]?.byGrade ?? {})
  return (
    <>
      <p>
        Wat verandert er als de drempel van <strong>{cutoffs.condition.label.toLowerCase()}</strong> ({cutoffs.condition.field}) anders
        ligt? De huidige drempel is {op} {formatThreshold(cutoffs.current)}.
        {hasGradeThresholds ? ' Let op: de tabel gebruikt één drempel voor alle leerjaren; de drempels per leerjaar gelden hier niet.' : ''}
      </p>
      <CutoffChart cutoffs={cutoffs} />
      {/* On a phone each threshold is one row of four narrow columns, with the figures per grade on labelled lines below
          it (detection.module.css), so the page never needs a sideways scroll; the roles keep it a table for screen
          readers whatever display the CSS gives its parts (some browsers drop a table's semantics otherwise). */}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className={`${styles.table} ${styles.compact} ${styles.cutoffTable}`} role="table" data-use={onUse ? '' : undefined}>
          <caption>Afkappunten: aantal leerlingen per drempel</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Drempel
              </th>
              <th scope="col" role="columnheader" className={styles.num}>
                Voldoen aan de drempel
              </th>
              <th scope="col" role="columnheader" className={styles.num}>
                Met een signaal
              </th>
              {onUse ? (
                <th scope="col" role="columnheader">
                  Drempel kiezen
                </th>
              ) : null}
              {grades.length > 1
                ? grades.map((g) => (
                    <th scope="col" role="columnheader" className={styles.num} data-grade="" key={g}>
                      {gradeLabel(g)}: voldoen / signaal
                    </th>
                  ))
                : null}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {cutoffs.rows.map((row) => {
              const current = row.threshold === cutoffs.current
              return (
                <tr key={row.threshold} role="row" data-current={current || undefined}>
                  <th scope="row" role="rowheader">
                    {op} {formatThreshold(row.threshold)}
                    {current ? ' (huidige)' : ''}
                  </th>
                  <td role="cell" className={styles.num}>
                    {formatNumber(row.overThreshold)}
                  </td>
                  <td role="cell" className={styles.num}>
                    {formatNumber(row.flagged)}
                  </td>
                  {onUse ? (
                    <td role="cell">
                      {current ? (
                        <span className={styles.hint}>in gebruik</span>
                      ) : (
                        <button
                          type="button"
                          className={styles.linkButton}
                          onClick={() => onUse(row.threshold)}
                          aria-label={`Gebruik ${op} ${formatThreshold(row.threshold)}`}
                        >
                          Gebruik
                        </button>
                      )}
                    </td>
                  ) : null}
                  {grades.length > 1
                    ? grades.map((g) => (
                        <td role="cell" className={styles.num} data-grade="" data-label={`${gradeLabel(g)}: voldoen / signaal`} key={g}>
                          {formatNumber(row.byGrade[g]!.overThreshold)} / {formatNumber(row.byGrade[g]!.flagged)}
                        </td>
                      ))
                    : null}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}

const W = 640
const H = 200
const PAD_L = 44
const PAD_B = 28
const PAD_T = 14

function CutoffChart({ cutoffs }: { cutoffs: CutoffTable }) {
  const id = useId()
  const rows = cutoffs.rows
  if (rows.length < 2) return null
  const max = Math.max(1, ...rows.map((r) => Math.max(r.overThreshold, r.flagged)))
  const slot = (W - PAD_L) / rows.length
  const bar = Math.max(2, Math.min(14, slot / 2 - 1))
  const y = (n: number) => PAD_T + (H - PAD_T - PAD_B) * (1 - n / max)
  const every = Math.ceil(rows.length / 12)
  const op = OPERATORS[cutoffs.condition.op].label
  const current = rows.find((r) => r.threshold === cutoffs.current)
  const first = rows[0]!
  const last = rows[rows.length - 1]!
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>Staafdiagram: leerlingen per drempel</title>
        <desc id={`${id}-d`}>
          {`Bij ${op} ${formatThreshold(first.threshold)}: ${formatNumber(first.overThreshold)} voldoen aan de drempel, ${formatNumber(first.flagged)} met een signaal. `}
          {current ? `Bij de huidige drempel ${op} ${formatThreshold(current.threshold)}: ${formatNumber(current.overThreshold)} en ${formatNumber(current.flagged)}. ` : ''}
          {`Bij ${op} ${formatThreshold(last.threshold)}: ${formatNumber(last.overThreshold)} en ${formatNumber(last.flagged)}.`}
        </desc>
        <line x1={PAD_L} x2={W} y1={y(0)} y2={y(0)} stroke="currentColor" strokeWidth={1} />
        <text x={PAD_L - 6} y={y(max) + 4} fontSize={12} textAnchor="end" fill="currentColor">
          {formatNumber(max)}
        </text>
        <text x={PAD_L - 6} y={y(0)} fontSize={12} textAnchor="end" fill="currentColor">
          0
        </text>
        {rows.map((row, i) => {
          const x = PAD_L + i * slot + slot / 2
          const isCurrent = row.threshold === cutoffs.current
          return (
            <g key={row.threshold}>
              {isCurrent ? <rect x={x - slot / 2} y={PAD_T - 4} width={slot} height={H - PAD_T - PAD_B + 4} fill="none" stroke="currentColor" strokeDasharray="3 3" /> : null}
              <rect x={x - bar - 0.5} y={y(row.overThreshold)} width={bar} height={Math.max(0, y(0) - y(row.overThreshold))} fill={chartColours.over} />
              <rect x={x + 0.5} y={y(row.flagged)} width={bar} height={Math.max(0, y(0) - y(row.flagged))} fill={chartColours.flagged} />
              {i % every === 0 || isCurrent ? (
                <text x={x} y={H - PAD_B + 16} fontSize={12} textAnchor="middle" fill="currentColor" fontWeight={isCurrent ? 700 : 400}>
                  {formatThreshold(row.threshold)}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <span className={styles.swatch} style={{ background: chartColours.over }} />
          Voldoen aan de drempel
        </li>
        <li>
          <span className={styles.swatch} style={{ background: chartColours.flagged }} />
          Met een signaal
        </li>
        <li>Gestreept kader: de huidige drempel</li>
      </ul>
      <figcaption>Horizontaal de drempel ({op} …), verticaal het aantal leerlingen. De cijfers staan in de tabel hieronder.</figcaption>
    </figure>
  )
}
