'use client'
/**
 * Step 2, right after the file: the results of the list on this file (or of a saved analysis): key figures, the funnel per grade, the
 * cut-off table, the pupils with a signal and why, the list's quality against an outcome, and signal rates per group.
 */
import { useId, type RefObject } from 'react'

import type { LookupResult } from '@/features/detection/engine/session'
import type { ResultData } from '@/features/detection/browser/saved-work'
import { Cutoffs } from './Cutoffs'
import styles from './detection.module.css'
import { FlaggedList } from './FlaggedList'
import { FunnelChart, FunnelTable, WorkshopText } from './Funnel'
import { GroupRates, Quality } from './Quality'
import { formatNumber, formatPct, pupils } from '@/features/detection/texts'

export function Results({
  data,
  stale,
  saved,
  headingRef,
  onUseThreshold,
  onLookup,
}: {
  data: ResultData
  /** Results not (yet) for the list on screen: being recalculated, or the list as edited cannot be applied. */
  stale: 'updating' | 'invalid' | null
  saved: { savedAt: string; fileName: string | null } | null
  headingRef: RefObject<HTMLHeadingElement | null>
  onUseThreshold: ((threshold: number) => void) | null
  onLookup: ((schoolId: string) => Promise<LookupResult | null>) | null
}) {
  const id = useId()
  const { report, rules, listed } = data
  const total = report.funnel.total
  const gate = rules.gate
  const legalCount = Object.values(report.legalSignals).reduce((a, b) => a + b, 0)
  const hasGradeThresholds = Boolean(
    report.cutoffs &&
      [rules.gate, ...rules.factors].some((c) => c && c.id === report.cutoffs!.condition.id && c.byGrade && Object.keys(c.byGrade).length > 0),
  )
  return (
    <section className={styles.step} aria-labelledby={`${id}-h`} id="stap-resultaten" aria-busy={stale === 'updating'}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        <span className={styles.stepNumber} aria-hidden="true">
          2
        </span>
        Resultaten
      </h2>
      {saved ? (
        <p className={styles.banner}>
          Bewaarde resultaten van {new Date(saved.savedAt).toLocaleString('nl-BE')}
          {saved.fileName ? ` (bestand "${saved.fileName}")` : ''}. Laad het bestand opnieuw om verder te rekenen: met de bewaarde sleutel
          krijgen de leerlingen dezelfde pseudoniemen.
        </p>
      ) : null}
      {stale === 'updating' ? <p className={styles.staleNote}>Wordt bijgewerkt…</p> : null}
      {stale === 'invalid' ? (
        <p className={styles.staleNote}>
          Niet bijgewerkt: dit zijn de resultaten van de vorige, geldige lijst. Verbeter de detectielijst bij{' '}
          <a href="#stap-detectielijst">stap 4</a>.
        </p>
      ) : null}
      <div className={stale ? styles.stale : undefined}>
        <p className={styles.summary}>
          {formatNumber(total.flagged)} van de {pupils(total.pupils)} krijgen een signaal ({formatPct(total.percentFlagged)}).
        </p>
        <p className={styles.hint}>
          Met de detectielijst &ldquo;{rules.name}&rdquo;. De lijst en de koppeling van de kolommen bekijkt of wijzigt u bij{' '}
          <a href="#stap-kolommen">stap 3</a> en <a href="#stap-detectielijst">stap 4</a>, onder de resultaten; de resultaten volgen
          meteen.
        </p>
        <p>
          Een signaal vraagt om te kijken en een gesprek aan te gaan: in het team, met het CLB, met de leerling en de ouders. Het is geen
          oordeel en geen voorspelling over één leerling; de mensen die de leerling kennen, beslissen wat er nodig is.
        </p>
        <ul className={styles.kpis}>
          <li className={styles.kpi}>
            <strong>{formatNumber(total.pupils)}</strong> leerlingen
          </li>
          {gate ? (
            <li className={styles.kpi}>
              <strong>{formatNumber(total.overCodeThreshold)}</strong>
              {gate.label.toLowerCase()} ({formatPct(total.percentOverThreshold)})
            </li>
          ) : null}
          <li className={`${styles.kpi} ${styles.kpiFlagged}`}>
            <strong>{formatNumber(total.flagged)}</strong>
            met een signaal{gate ? ` (${formatPct(total.percentFlaggedOfOver)} van wie ${gate.label.toLowerCase()})` : ''}
          </li>
          {rules.tiers.length > 1
            ? rules.tiers.map((t) => (
                <li className={styles.kpi} key={t.id}>
                  <strong>{formatNumber(report.byTier[t.id] ?? 0)}</strong>
                  {t.label}
                </li>
              ))
            : null}
          {(rules.legalSignals ?? []).length > 0 ? (
            <li className={styles.kpi}>
              <strong>{formatNumber(legalCount)}</strong>
              met een wettelijk signaal
              <small className={styles.kpiNote}>{(rules.legalSignals ?? []).map((s) => s.label).join('; ')}</small>
            </li>
          ) : null}
        </ul>

        <h3 id={`${id}-funnel`}>De trechter per leerjaar</h3>
        <FunnelTable report={report} rules={rules} headingId={`${id}-funnel`} />
        <details>
          <summary>In de woorden van de workshop</summary>
          <WorkshopText report={report} rules={rules} />
        </details>
        <FunnelChart report={report} rules={rules} />

        {report.cutoffs ? (
          <>
            <h3 id={`${id}-cutoffs`}>Afkappunten</h3>
            <Cutoffs cutoffs={report.cutoffs} headingId={`${id}-cutoffs`} hasGradeThresholds={hasGradeThresholds} onUse={onUseThreshold} />
          </>
        ) : null}

        <h3 id={`${id}-list`}>Leerlingen met een signaal</h3>
        <FlaggedList listed={listed} rules={rules} hasOutcome={data.hasOutcome} headingId={`${id}-list`} onLookup={onLookup} />

        <h3 id={`${id}-quality`}>Hoe goed werkt deze lijst?</h3>
        {report.confusion ? (
          <Quality matrix={report.confusion} headingId={`${id}-quality`} />
        ) : (
          <p>
            Voeg een kolom <code>uitkomst</code> (ja/nee) toe, bv. met leerlingen van enkele jaren geleden van wie u weet of ze
            ongekwalificeerd uitstroomden. Dan toont deze stap hoeveel van hen de lijst had gesignaleerd, hoeveel ze miste en hoeveel
            signalen onterecht waren.
          </p>
        )}

        <h3>Signalen per groep</h3>
        <p>Krijgt een groep veel vaker een signaal dan gemiddeld, ga dan na waarom: ligt het aan de leerlingen of aan de lijst?</p>
        <GroupRates groups={report.groups} protectedFields={new Set(data.protectedFields)} />
      </div>
    </section>
  )
}
