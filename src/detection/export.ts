/**
 * Figures for export (CSV, print) with small counts suppressed, so that no exported figure points at a few pupils.
 *
 * This is primary suppression: every count under the minimum (5 by default, 0 included unless `keepZero`) becomes
 * "<5", and so does every percentage computed from such a count. It does not do complementary suppression (a
 * suppressed cell recomputed from a total minus the other cells); the page should not export totals next to a
 * single suppressed cell of a two-way split.
 */
import { formatPercent, gradeLabel } from './format'
import type { Report } from './report'

export const MIN_EXPORTED_COUNT = 5

export interface SuppressionOptions {
  /** Counts below this are suppressed. Default 5. */
  min?: number
  /** Show 0 as 0 (it discloses no pupil when the base is large). Default false: 0 is under 5 too. */
  keepZero?: boolean
}

/** A count, or "<5" when it is too small to export. */
export function suppressCount(n: number, options: SuppressionOptions = {}): number | string {
  const min = options.min ?? MIN_EXPORTED_COUNT
  if (n === 0 && options.keepZero) return 0
  return n < min ? `<${min}` : n
}

/** True when a count may be exported as it is. */
export function isExportable(n: number, options: SuppressionOptions = {}): boolean {
  return typeof suppressCount(n, options) === 'number'
}

/** A percentage, or "<5" when its part or whole is suppressed. */
export function suppressPercent(value: number | null, part: number, whole: number, options: SuppressionOptions = {}): string {
  if (!isExportable(part, options) || !isExportable(whole, options)) return `<${options.min ?? MIN_EXPORTED_COUNT}`
  return formatPercent(value)
}

export interface FiguresCsvOptions extends SuppressionOptions {
  delimiter?: ',' | ';'
}

function csvCell(value: string | number, delimiter: string): string {
  const text = String(value)
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The report's figures as CSV (sectie; groep; maat; aantal; percentage), suppressed. No pupil-level data: this is the
 * export that may leave the school.
 */
export function figuresCsv(report: Report, options: FiguresCsvOptions = {}): string {
  const d = options.delimiter ?? ';'
  const rows: (string | number)[][] = [['sectie', 'groep', 'maat', 'aantal', 'percentage']]
  const count = (n: number) => suppressCount(n, options)
  const pct = (v: number | null, part: number, whole: number) => suppressPercent(v, part, whole, options)

  const funnelRows: [string, (typeof report.funnel)['total']][] = [
    ['totaal', report.funnel.total],
    ...Object.entries(report.funnel.byGrade).map(([g, row]) => [gradeLabel(g), row] as [string, typeof row]),
  ]
  for (const [group, row] of funnelRows) {
    rows.push(['trechter', group, 'leerlingen', count(row.pupils), ''])
    rows.push(['trechter', group, 'boven de drempel', count(row.overCodeThreshold), pct(row.percentOverThreshold, row.overCodeThreshold, row.pupils)])
    rows.push(['trechter', group, 'gesignaleerd', count(row.flagged), pct(row.percentFlagged, row.flagged, row.pupils)])
    rows.push(['trechter', group, 'gesignaleerd van wie boven de drempel', count(row.flagged), pct(row.percentFlaggedOfOver, row.flagged, row.overCodeThreshold)])
  }
  for (const [tier, n] of Object.entries(report.byTier)) rows.push(['niveau', tier, 'leerlingen', count(n), ''])
  for (const [signal, n] of Object.entries(report.legalSignals)) rows.push(['wettelijk signaal', signal, 'leerlingen', count(n), ''])
  if (report.cutoffs) {
    for (const row of report.cutoffs.rows) {
      const label = `${report.cutoffs.condition.field} ${report.cutoffs.condition.op} ${row.threshold}`
      rows.push(['afkappunt', label, 'boven de drempel', count(row.overThreshold), ''])
      rows.push(['afkappunt', label, 'gesignaleerd', count(row.flagged), ''])
    }
  }
  const m = report.confusion
  if (m) {
    rows.push(['toetsing', '', 'terecht gesignaleerd', count(m.truePositives), ''])
    rows.push(['toetsing', '', 'onterecht gesignaleerd', count(m.falsePositives), ''])
    rows.push(['toetsing', '', 'gemist', count(m.falseNegatives), ''])
    rows.push(['toetsing', '', 'terecht niet gesignaleerd', count(m.trueNegatives), ''])
    const r = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10)
    rows.push(['toetsing', '', 'sensitiviteit', '', pct(r(m.sensitivity), m.truePositives, m.truePositives + m.falseNegatives)])
    rows.push(['toetsing', '', 'specificiteit', '', pct(r(m.specificity), m.trueNegatives, m.trueNegatives + m.falsePositives)])
    rows.push(['toetsing', '', 'precisie', '', pct(r(m.precision), m.truePositives, m.truePositives + m.falsePositives)])
  }
  for (const g of report.groups) {
    for (const row of g.rows) {
      rows.push([`per ${g.field}`, row.group, 'leerlingen', count(row.pupils), ''])
      rows.push([`per ${g.field}`, row.group, 'gesignaleerd', count(row.flagged), pct(row.rate, row.flagged, row.pupils)])
    }
  }
  return `${rows.map((r) => r.map((c) => csvCell(c, d)).join(d)).join('\r\n')}\r\n`
}
