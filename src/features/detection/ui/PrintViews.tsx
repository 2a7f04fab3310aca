'use client'
/**
 * What paper gets. By default the figures only, from the engine's suppressed model (`suppressFigures`, the same as the
 * figures CSV): counts under 5 show as "<5", and counts hidden so that a small one cannot be worked out from a total
 * show as "x". So a printout can be shared without pointing at a few pupils. The signal list is printed only when
 * the user asks for it, marked as confidential.
 */
import { HIDDEN_MARK, suppressFigures, type FigureCell, type SuppressedFunnelRow } from '@/features/detection/engine/export'
import { gradeLabel } from '@/features/detection/engine/format'
import type { Report } from '@/features/detection/engine/report'
import { OPERATORS, formatThreshold } from '@/features/detection/engine/rules/operators'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import type { ListedPupil } from '@/features/detection/engine/session'
import styles from './detection.module.css'
import { formatNumber, reasonText, tierLabel } from '@/features/detection/texts'

const c = (cell: FigureCell) => (typeof cell === 'number' ? formatNumber(cell) : cell)
/** "46 (7,7%)", or just the count when the percentage is hidden with it. */
const cp = (cell: FigureCell, pct: string) => (typeof cell === 'number' && pct !== HIDDEN_MARK && !pct.startsWith('<') ? `${c(cell)} (${pct})` : c(cell))

export function PrintFigures({ report, rules, date }: { report: Report; rules: RuleSet; date: string }) {
  const gate = rules.gate
  const figures = suppressFigures(report)
  const rows: [string, SuppressedFunnelRow][] = [
    ...figures.funnel.byGrade.map(({ grade, row }) => [gradeLabel(grade), row] as [string, SuppressedFunnelRow]),
    ['Totaal', figures.funnel.total],
  ]
  const m = figures.confusion
  return (
    <div className={`${styles.printOnly} ${styles.printFigures}`}>
      <h2>Vroegdetectie: cijfers</h2>
      <p>
        Detectielijst: {rules.name} (versie {rules.version}). Afgedrukt op {date}. Aantallen onder 5 staan als &lt;5, zodat geen cijfer naar
        een handvol leerlingen wijst; een x is een aantal dat verborgen blijft omdat anders een klein aantal uit een totaal te berekenen
        is. Een signaal is een reden om te kijken en te praten, geen oordeel.
      </p>
      <table>
        <thead>
          <tr>
            <th>Leerjaar</th>
            <th>Leerlingen</th>
            {gate ? <th>{gate.label} (% van de leerlingen)</th> : null}
            <th>Met een signaal (% van de leerlingen)</th>
            {gate ? <th>% van wie {gate.label.toLowerCase()}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, r]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{c(r.pupils)}</td>
              {gate ? <td>{cp(r.overCodeThreshold, r.percentOverThreshold)}</td> : null}
              <td>{cp(r.flagged, r.percentFlagged)}</td>
              {gate ? <td>{r.percentFlaggedOfOver}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Signalen per niveau en wettelijke signalen</h3>
      <ul>
        {rules.tiers.map((t) => (
          <li key={t.id}>
            {t.label}: {c(figures.byTier[t.id] ?? 0)}
          </li>
        ))}
        {(rules.legalSignals ?? []).map((s) => (
          <li key={s.id}>
            {s.label}: {c(figures.legalSignals[s.id] ?? 0)}
          </li>
        ))}
      </ul>
      {figures.cutoffs ? (
        <>
          <h3>Afkappunten: {figures.cutoffs.condition.label}</h3>
          <table>
            <thead>
              <tr>
                <th>Drempel</th>
                <th>Voldoen aan de drempel</th>
                <th>Met een signaal</th>
              </tr>
            </thead>
            <tbody>
              {figures.cutoffs.rows.map((row) => (
                <tr key={row.threshold}>
                  <th>
                    {OPERATORS[figures.cutoffs!.condition.op].label} {formatThreshold(row.threshold)}
                    {row.threshold === figures.cutoffs!.current ? ' (huidige)' : ''}
                  </th>
                  <td>{c(row.overThreshold)}</td>
                  <td>{c(row.flagged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {m ? (
        <>
          <h3>Toetsing aan de uitkomst</h3>
          <ul>
            <li>
              Terecht een signaal: {c(m.truePositives)}; onterecht: {c(m.falsePositives)}
            </li>
            <li>
              Gemist: {c(m.falseNegatives)}; terecht geen signaal: {c(m.trueNegatives)}
            </li>
            <li>Sensitiviteit: {m.sensitivity}</li>
            <li>Specificiteit: {m.specificity}</li>
            <li>Precisie: {m.precision}</li>
          </ul>
        </>
      ) : null}
      {figures.groups
        .filter((g) => g.rows.length > 1)
        .map((g) => (
          <div key={g.field}>
            <h3>Signalen per {g.field}</h3>
            <table>
              <thead>
                <tr>
                  <th>Groep</th>
                  <th>Leerlingen</th>
                  <th>Met een signaal</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.group}>
                    <th>{g.field === 'leerjaar' ? gradeLabel(r.group) : r.group}</th>
                    <td>{c(r.pupils)}</td>
                    <td>{cp(r.flagged, r.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  )
}

export function PrintList({ listed, rules, date }: { listed: readonly ListedPupil[]; rules: RuleSet; date: string }) {
  return (
    <div className={`${styles.printOnly} ${styles.printList}`}>
      <h2>Signaallijst – vertrouwelijk, enkel voor intern gebruik</h2>
      <p>
        Detectielijst: {rules.name} (versie {rules.version}). Afgedrukt op {date}. Leerlingen staan met hun rijnummer in het eigen bestand en
        een pseudoniem. Een signaal is een reden voor een gesprek, geen oordeel; het team beslist wat er nodig is. Vernietig deze lijst na
        gebruik.
      </p>
      <table>
        <thead>
          <tr>
            <th>Rij</th>
            <th>Pseudoniem</th>
            <th>Klas</th>
            <th>Leerjaar</th>
            <th>Signaal</th>
            <th>Waarom</th>
            <th>Wettelijk signaal</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((pupil) => (
            <tr key={pupil.id}>
              <td>{pupil.row}</td>
              <td>{pupil.id}</td>
              <td>{pupil.klas}</td>
              <td>{pupil.leerjaar}</td>
              <td>{pupil.flagged ? tierLabel(rules, pupil.tier) : 'enkel wettelijk'}</td>
              <td>{pupil.reasons.map(reasonText).join('; ')}</td>
              <td>{pupil.legalSignals.map((s) => s.label).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
