'use client'
/**
 * What paper gets. By default the figures only, with every count under 5 shown as "<5" (the same suppression as the
 * figures CSV), so a printout can be shared without pointing at a few pupils. The signal list is printed only when
 * the user asks for it, marked as confidential.
 */
import { gradeLabel } from '../../detection/format'
import { suppressCount, suppressPercent } from '../../detection/export'
import type { Report } from '../../detection/report'
import { OPERATORS, formatThreshold } from '../../detection/rules/operators'
import type { RuleSet } from '../../detection/rules/types'
import type { ListedPupil } from '../../detection/session'
import styles from './detection.module.css'
import { reasonText, tierLabel } from './texts'

const c = (n: number) => String(suppressCount(n))
const p = (value: number | null, part: number, whole: number) => suppressPercent(value, part, whole)
/** "46 (7,7%)", or just "<5" when the count itself is suppressed. */
const cp = (n: number, value: number | null, whole: number) => (typeof suppressCount(n) === 'string' ? c(n) : `${c(n)} (${p(value, n, whole)})`)
const ratioPct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10)

export function PrintFigures({ report, rules, date }: { report: Report; rules: RuleSet; date: string }) {
  const gate = rules.gate
  const rows = [...Object.entries(report.funnel.byGrade).map(([g, r]) => [gradeLabel(g), r] as const), ['Totaal', report.funnel.total] as const]
  const m = report.confusion
  return (
    <div className={`${styles.printOnly} ${styles.printFigures}`}>
      <h2>Vroegdetectie: cijfers</h2>
      <p>
        Detectielijst: {rules.name} (versie {rules.version}). Afgedrukt op {date}. Aantallen onder 5 staan als &lt;5, zodat geen cijfer naar
        een handvol leerlingen wijst. Een signaal is een reden om te kijken en te praten, geen oordeel.
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
              {gate ? (
                <td>{cp(r.overCodeThreshold, r.percentOverThreshold, r.pupils)}</td>
              ) : null}
              <td>{cp(r.flagged, r.percentFlagged, r.pupils)}</td>
              {gate ? <td>{p(r.percentFlaggedOfOver, r.flagged, r.overCodeThreshold)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Signalen per niveau en wettelijke signalen</h3>
      <ul>
        {rules.tiers.map((t) => (
          <li key={t.id}>
            {t.label}: {c(report.byTier[t.id] ?? 0)}
          </li>
        ))}
        {(rules.legalSignals ?? []).map((s) => (
          <li key={s.id}>
            {s.label}: {c(report.legalSignals[s.id] ?? 0)}
          </li>
        ))}
      </ul>
      {report.cutoffs ? (
        <>
          <h3>Afkappunten: {report.cutoffs.condition.label}</h3>
          <table>
            <thead>
              <tr>
                <th>Drempel</th>
                <th>Voldoen aan de drempel</th>
                <th>Met een signaal</th>
              </tr>
            </thead>
            <tbody>
              {report.cutoffs.rows.map((row) => (
                <tr key={row.threshold}>
                  <th>
                    {OPERATORS[report.cutoffs!.condition.op].label} {formatThreshold(row.threshold)}
                    {row.threshold === report.cutoffs!.current ? ' (huidige)' : ''}
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
            <li>Terecht een signaal: {c(m.truePositives)}; onterecht: {c(m.falsePositives)}</li>
            <li>Gemist: {c(m.falseNegatives)}; terecht geen signaal: {c(m.trueNegatives)}</li>
            <li>Sensitiviteit: {p(ratioPct(m.sensitivity), m.truePositives, m.truePositives + m.falseNegatives)}</li>
            <li>Specificiteit: {p(ratioPct(m.specificity), m.trueNegatives, m.trueNegatives + m.falsePositives)}</li>
            <li>Precisie: {p(ratioPct(m.precision), m.truePositives, m.truePositives + m.falsePositives)}</li>
          </ul>
        </>
      ) : null}
      {report.groups
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
                    <td>{cp(r.flagged, r.rate, r.pupils)}</td>
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
