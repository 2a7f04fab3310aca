'use client'
/**
 * The workshop's funnel per grade: pupils → over the first step (e.g. more than 10 codes) → with a signal, as a
 * table, in the workshop's own words, and as a bar chart (an SVG drawn here; the table is its text alternative).
 */
import { useId } from 'react'

import { formatFunnel, gradeLabel } from '@/features/detection/engine/format'
import type { FunnelRow, Report } from '@/features/detection/engine/report'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import styles from './detection.module.css'
import { chartColours } from './theme'
import { formatNumber, formatPct } from '@/features/detection/texts'

export function FunnelTable({ report, rules, headingId }: { report: Report; rules: RuleSet; headingId: string }) {
  const gate = rules.gate
  const rows: [string, FunnelRow][] = Object.entries(report.funnel.byGrade).map(([g, row]) => [gradeLabel(g), row])
  const total = report.funnel.total
  const gateLower = gate ? gate.label.charAt(0).toLowerCase() + gate.label.slice(1) : ''
  // data-label: on a phone each grade becomes a card with labelled figures (detection.module.css), so the table
  // never needs a sideways scroll there; on a wider screen the headers wrap instead. The explicit roles keep it a table
  // for screen readers while the CSS displays its parts as blocks (some browsers drop a table's semantics otherwise).
  const cells = (row: FunnelRow) => (
    <>
      <td role="cell" className={styles.num} data-label="Leerlingen">
        {formatNumber(row.pupils)}
      </td>
      {gate ? (
        <>
          <td role="cell" className={styles.num} data-label={gate.label}>
            {formatNumber(row.overCodeThreshold)}
          </td>
          <td role="cell" className={styles.num} data-label="% van de leerlingen">
            {formatPct(row.percentOverThreshold)}
          </td>
        </>
      ) : null}
      <td role="cell" className={styles.num} data-label="Met een signaal">
        {formatNumber(row.flagged)}
      </td>
      <td role="cell" className={styles.num} data-label="% van de leerlingen">
        {formatPct(row.percentFlagged)}
      </td>
      {gate ? (
        <td role="cell" className={styles.num} data-label={`% van wie ${gateLower}`}>
          {formatPct(row.percentFlaggedOfOver)}
        </td>
      ) : null}
    </>
  )
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby={headingId}>
      <table className={`${styles.table} ${styles.funnelTable}`} role="table">
        <caption>Leerlingen, {gate ? `${gate.label.toLowerCase()}, ` : ''}en met een signaal, per leerjaar</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Leerjaar
            </th>
            <th scope="col" role="columnheader" className={styles.num}>
              Leerlingen
            </th>
            {gate ? (
              <>
                <th scope="col" role="columnheader" className={styles.num}>
                  {gate.label}
                </th>
                <th scope="col" role="columnheader" className={styles.num}>
                  % van de leerlingen
                </th>
              </>
            ) : null}
            <th scope="col" role="columnheader" className={styles.num}>
              Met een signaal
            </th>
            <th scope="col" role="columnheader" className={styles.num}>
              % van de leerlingen
            </th>
            {gate ? (
              <th scope="col" role="columnheader" className={styles.num}>
                % van wie {gateLower}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map(([label, row]) => (
            <tr key={label} role="row">
              <th scope="row" role="rowheader">
                {label}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot role="rowgroup">
          <tr role="row">
            <th scope="row" role="rowheader">
              Totaal
            </th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** The funnel in the workshop's own wording (seed 003), indented per grade. */
export function WorkshopText({ report, rules }: { report: Report; rules: RuleSet }) {
  const grades = new Set(Object.keys(report.funnel.byGrade).map((g) => gradeLabel(g)))
  return (
    <div className={styles.workshop}>
      <ul>
        {formatFunnel(report, rules).map((line, i) => (
          <li key={i} data-sub={[...grades].some((g) => line.includes(`: ${g}`)) || undefined}>
            {line}
          </li>
        ))}
      </ul>
    </div>
  )
}

const BAR = 18
const GAP = 4
const GROUP_GAP = 18
const LABEL_W = 118
const VALUE_W = 64
const WIDTH = 640

/** Horizontal bars per grade: pupils, over the first step, with a signal. */
export function FunnelChart({ report, rules }: { report: Report; rules: RuleSet }) {
  const id = useId()
  const gate = rules.gate
  const series = [
    { key: 'pupils' as const, label: 'Leerlingen', colour: chartColours.pupils, value: (r: FunnelRow) => r.pupils },
    ...(gate ? [{ key: 'over' as const, label: gate.label, colour: chartColours.over, value: (r: FunnelRow) => r.overCodeThreshold }] : []),
    { key: 'flagged' as const, label: 'Met een signaal', colour: chartColours.flagged, value: (r: FunnelRow) => r.flagged },
  ]
  const grades = Object.entries(report.funnel.byGrade)
  const max = Math.max(1, ...grades.map(([, r]) => r.pupils))
  const groupHeight = series.length * (BAR + GAP) - GAP
  const height = grades.length * (groupHeight + GROUP_GAP) + 8
  const scale = (WIDTH - LABEL_W - VALUE_W) / max
  const description = grades
    .map(([g, r]) => `${gradeLabel(g)}: ${series.map((s) => `${s.label.toLowerCase()} ${formatNumber(s.value(r))}`).join(', ')}`)
    .join('. ')
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>Staafdiagram: de trechter per leerjaar</title>
        <desc id={`${id}-d`}>{description}.</desc>
        {grades.map(([g, row], gi) => {
          const top = 4 + gi * (groupHeight + GROUP_GAP)
          return (
            <g key={g}>
              <text x={0} y={top + groupHeight / 2 + 5} fontSize={14} fontWeight={700} fill="currentColor">
                {gradeLabel(g)}
              </text>
              {series.map((s, si) => {
                const y = top + si * (BAR + GAP)
                const w = Math.max(1, s.value(row) * scale)
                return (
                  <g key={s.key}>
                    <rect x={LABEL_W} y={y} width={w} height={BAR} fill={s.colour} rx={2} />
                    <text x={LABEL_W + w + 6} y={y + BAR - 4} fontSize={13} fill="currentColor">
                      {formatNumber(s.value(row))}
                    </text>
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span className={styles.swatch} style={{ background: s.colour }} />
            {s.label}
          </li>
        ))}
      </ul>
      <figcaption>Dezelfde cijfers staan in de tabel hierboven.</figcaption>
    </figure>
  )
}
