'use client'
/**
 * How good is the list? Against an outcome column: the confusion matrix, sensitivity, specificity and precision, in
 * plain words. And for every file: the signal rate per group (grade, school, and any protected attribute present),
 * so a list that singles out a group is seen.
 */
import { gradeLabel } from '@/features/detection/engine/format'
import type { ConfusionMatrix, GroupRates as GroupRatesData } from '@/features/detection/engine/report'
import styles from './detection.module.css'
import { isStriking } from './figures'
import { formatNumber, formatPct, formatRatio, pupils } from '@/features/detection/texts'

export function Quality({ matrix, headingId }: { matrix: ConfusionMatrix; headingId: string }) {
  const m = matrix
  const withOutcome = m.truePositives + m.falseNegatives
  const flagged = m.truePositives + m.falsePositives
  return (
    <>
      <p>
        Het bestand heeft een uitkomstkolom: voor {pupils(m.withOutcome)} is bekend of de uitkomst zich voordeed
        {m.withoutOutcome > 0 ? ` (bij ${pupils(m.withoutOutcome)} is ze leeg; zij tellen hier niet mee)` : ''}. Zo ziet u hoe goed
        deze lijst de uitkomst had voorspeld.
      </p>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby={headingId}>
        {/* On a phone each row's header takes its own line above its figures (stackTable); the roles keep it a table. */}
        <table className={`${styles.table} ${styles.matrix} ${styles.stackTable}`} role="table">
          <caption>Signaal tegenover uitkomst</caption>
          <thead role="rowgroup">
            <tr role="row">
              <td role="cell" />
              <th scope="col" role="columnheader" className={styles.num}>
                Uitkomst: ja
              </th>
              <th scope="col" role="columnheader" className={styles.num}>
                Uitkomst: nee
              </th>
              <th scope="col" role="columnheader" className={styles.num}>
                Samen
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            <tr role="row">
              <th scope="row" role="rowheader">
                Met een signaal
              </th>
              <td role="cell" className={styles.num}>
                {formatNumber(m.truePositives)} terecht
              </td>
              <td role="cell" className={styles.num}>
                {formatNumber(m.falsePositives)} onterecht
              </td>
              <td role="cell" className={styles.num}>
                {formatNumber(flagged)}
              </td>
            </tr>
            <tr role="row">
              <th scope="row" role="rowheader">
                Zonder signaal
              </th>
              <td role="cell" className={styles.num}>
                {formatNumber(m.falseNegatives)} gemist
              </td>
              <td role="cell" className={styles.num}>
                {formatNumber(m.trueNegatives)} terecht
              </td>
              <td role="cell" className={styles.num}>
                {formatNumber(m.falseNegatives + m.trueNegatives)}
              </td>
            </tr>
          </tbody>
          <tfoot role="rowgroup">
            <tr role="row">
              <th scope="row" role="rowheader">
                Samen
              </th>
              <td role="cell" className={styles.num}>
                {formatNumber(withOutcome)}
              </td>
              <td role="cell" className={styles.num}>
                {formatNumber(m.falsePositives + m.trueNegatives)}
              </td>
              <td role="cell" className={styles.num}>
                {formatNumber(m.withOutcome)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className={styles.metrics}>
        <li>
          Sensitiviteit <strong>{formatRatio(m.sensitivity)}</strong>
          Van de {pupils(withOutcome)} met de uitkomst {m.truePositives === 1 ? 'kreeg' : 'kregen'} er {formatNumber(m.truePositives)} een signaal.
        </li>
        <li>
          Specificiteit <strong>{formatRatio(m.specificity)}</strong>
          Van de {pupils(m.falsePositives + m.trueNegatives)} zonder de uitkomst {m.trueNegatives === 1 ? 'kreeg' : 'kregen'} er {formatNumber(m.trueNegatives)} geen signaal.
        </li>
        <li>
          Precisie <strong>{formatRatio(m.precision)}</strong>
          Van de {pupils(flagged)} met een signaal {m.truePositives === 1 ? 'had' : 'hadden'} er {formatNumber(m.truePositives)} de uitkomst.
        </li>
        <li>
          Basisvoorkomen <strong>{formatRatio(m.prevalence)}</strong>
          Zo vaak kwam de uitkomst voor. Hoe zeldzamer de uitkomst, hoe lager de precisie van elke lijst.
        </li>
      </ul>
      <p className={styles.hint}>
        Een lijst die meer factoren eist, geeft minder onterechte signalen maar mist meer leerlingen. Een signaal blijft een reden om te
        kijken en te praten, geen voorspelling over één leerling.
      </p>
    </>
  )
}

const GROUP_TITLES: Record<string, string> = { leerjaar: 'Per leerjaar', school: 'Per school', klas: 'Per klas' }

export function GroupRates({ groups, protectedFields }: { groups: GroupRatesData[]; protectedFields: ReadonlySet<string> }) {
  const shown = groups.filter((g) => g.rows.length > 1)
  if (shown.length === 0) return <p>Er is maar één groep per kenmerk; er valt niets te vergelijken.</p>
  return (
    <>
      {shown.map((g) => {
        const max = Math.max(1, ...g.rows.map((r) => r.rate ?? 0))
        const isProtected = protectedFields.has(g.field)
        const striking = g.rows.filter((r) => isStriking(r.rate, g.overall, r.pupils))
        return (
          <div key={g.field}>
            <h4>{GROUP_TITLES[g.field] ?? `Per ${g.field}`}</h4>
            {isProtected ? (
              <p className={styles.hint}>
                "{g.field}" telt nooit mee in een score. De kolom dient enkel om na te gaan of de lijst sommige groepen vaker een signaal
                geeft, bv. via factoren die met die groep samenhangen.
              </p>
            ) : null}
            {striking.length > 0 ? (
              <p className={`${styles.problem} ${styles.problemWarning}`}>
                Opvallend: {striking.map((r) => `"${r.group}"`).join(', ')} {striking.length === 1 ? 'krijgt' : 'krijgen'} minstens anderhalve keer
                zo vaak een signaal als gemiddeld. Ga na waarom, en of de lijst voor deze groep(en) eerlijk werkt.
              </p>
            ) : null}
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={`Signalen ${GROUP_TITLES[g.field]?.toLowerCase() ?? `per ${g.field}`}`}>
              <table className={`${styles.table} ${styles.stackTable}`} role="table">
                <caption>
                  Aandeel met een signaal {GROUP_TITLES[g.field]?.toLowerCase() ?? `per ${g.field}`} (gemiddeld {formatPct(g.overall)})
                </caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">
                      Groep
                    </th>
                    <th scope="col" role="columnheader" className={styles.num}>
                      Leerlingen
                    </th>
                    <th scope="col" role="columnheader" className={styles.num}>
                      Met een signaal
                    </th>
                    <th scope="col" role="columnheader" className={styles.num}>
                      Aandeel
                    </th>
                    <th scope="col" role="columnheader" data-bar="">
                      <span className="visually-hidden">Aandeel als staaf</span>
                    </th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {g.rows.map((r) => (
                    <tr key={r.group} role="row" data-highlight={isStriking(r.rate, g.overall, r.pupils) || undefined}>
                      <th scope="row" role="rowheader">
                        {g.field === 'leerjaar' ? gradeLabel(r.group) : r.group}
                      </th>
                      <td role="cell" className={styles.num}>
                        {formatNumber(r.pupils)}
                      </td>
                      <td role="cell" className={styles.num}>
                        {formatNumber(r.flagged)}
                      </td>
                      <td role="cell" className={styles.num}>
                        {formatPct(r.rate)}
                      </td>
                      <td role="cell" aria-hidden="true" data-bar="">
                        <span className={styles.rateBar} style={{ ['--rate' as string]: Math.round((100 * (r.rate ?? 0)) / max) / 100 }} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )
      })}
    </>
  )
}
