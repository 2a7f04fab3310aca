/**
 * Figures for export (CSV, print) with small counts suppressed, so that no exported figure points at a few pupils.
 *
 * Primary suppression: every count under the minimum (5 by default, 0 included unless `keepZero`) becomes "<5".
 * Complementary suppression: a hidden count must not be recoverable by subtraction. Where figures add up to a total
 * that is shown (grades to the whole school, tiers to all signals, groups to all pupils), a split with one hidden part
 * (or hidden parts that add up to less than the minimum) gets its next smallest part hidden too. In the cut-off
 * table, two shown rows next to each other never differ by 1 to 4 pupils (that difference would count the pupils at
 * one threshold). The four cells of the confusion matrix are all hidden when one is. A count hidden only for that
 * reason shows "x" (it is not small itself); a percentage shows "<5" or "x" when its part or its whole does.
 * `suppressFigures` is the one model; the CSV and the print view only lay it out.
 */
import { formatPercent, gradeLabel } from './format'
import type { CutoffTable, FunnelRow, Report } from './report'

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

/**
 * Which parts of a split to hide: those under the minimum (or `forced`), then, while the total is shown and the
 * hidden parts could be worked out from it (one hidden part, or hidden parts adding up to less than the minimum), the
 * smallest part still shown. When no part is left to hide, the total is hidden instead.
 */
export function suppressSplit(
  parts: readonly number[],
  total: number,
  options: SuppressionOptions = {},
  forced: readonly boolean[] = [],
): { parts: boolean[]; total: boolean } {
  const min = options.min ?? MIN_EXPORTED_COUNT
  const hidden = parts.map((n, i) => forced[i] === true || !isExportable(n, options))
  let totalHidden = !isExportable(total, options)
  const count = () => hidden.filter(Boolean).length
  const hiddenSum = () => parts.reduce((sum, n, i) => (hidden[i] ? sum + n : sum), 0)
  while (!totalHidden && count() > 0 && (count() === 1 || hiddenSum() < min)) {
    let next = -1
    parts.forEach((n, i) => {
      if (!hidden[i] && (next < 0 || n < parts[next]!)) next = i
    })
    if (next < 0) totalHidden = true
    else hidden[next] = true
  }
  return { parts: hidden, total: totalHidden }
}

/** Shown counts of one cut-off column: none next to the previous shown one (from the current threshold out) by 1..min−1. */
function suppressChain(values: readonly number[], anchor: number, options: SuppressionOptions): boolean[] {
  const min = options.min ?? MIN_EXPORTED_COUNT
  const hidden = values.map((n) => !isExportable(n, options))
  const walk = (from: number, step: number) => {
    let last: number | null = anchor >= 0 && !hidden[anchor] ? values[anchor]! : null
    for (let i = from; i >= 0 && i < values.length; i += step) {
      if (hidden[i]) continue
      const diff = last === null ? 0 : Math.abs(values[i]! - last)
      if (diff > 0 && diff < min) hidden[i] = true
      else last = values[i]!
    }
  }
  if (anchor < 0) walk(0, 1)
  else {
    walk(anchor - 1, -1)
    walk(anchor + 1, 1)
  }
  return hidden
}

/** An exported count: the number, or "<5". */
export type FigureCell = number | string

export interface SuppressedFunnelRow {
  pupils: FigureCell
  overCodeThreshold: FigureCell
  flagged: FigureCell
  percentOverThreshold: string
  percentFlagged: string
  percentFlaggedOfOver: string
}

export interface SuppressedFigures {
  funnel: { total: SuppressedFunnelRow; byGrade: { grade: string; row: SuppressedFunnelRow }[] }
  byTier: Record<string, FigureCell>
  legalSignals: Record<string, FigureCell>
  cutoffs: {
    condition: CutoffTable['condition']
    current: number
    rows: { threshold: number; overThreshold: FigureCell; flagged: FigureCell }[]
  } | null
  confusion: {
    truePositives: FigureCell
    falsePositives: FigureCell
    falseNegatives: FigureCell
    trueNegatives: FigureCell
    sensitivity: string
    specificity: string
    precision: string
  } | null
  groups: { field: string; rows: { group: string; pupils: FigureCell; flagged: FigureCell; rate: string }[] }[]
}

/** What a count hidden by complementary suppression shows: it is not small itself, so "<5" would be untrue. */
export const HIDDEN_MARK = 'x'

/** The report's figures as they may leave the school: every count and percentage after both kinds of suppression. */
export function suppressFigures(report: Report, options: SuppressionOptions = {}): SuppressedFigures {
  const small = `<${options.min ?? MIN_EXPORTED_COUNT}`
  const cell = (n: number, hidden: boolean): FigureCell => (!isExportable(n, options) ? small : hidden ? HIDDEN_MARK : n)
  /** A percentage from counts and whether each is hidden: "<5" when one is small, "x" when one is hidden otherwise. */
  const pct = (value: number | null, ...counts: [number, boolean][]) =>
    counts.some(([n]) => !isExportable(n, options)) ? small : counts.some(([, hidden]) => hidden) ? HIDDEN_MARK : formatPercent(value)

  const grades = Object.entries(report.funnel.byGrade)
  const total = report.funnel.total
  const column = (pick: (r: FunnelRow) => number) => suppressSplit(grades.map(([, r]) => pick(r)), pick(total), options)
  const pupils = column((r) => r.pupils)
  const over = column((r) => r.overCodeThreshold)
  const flagged = column((r) => r.flagged)
  const funnelRow = (r: FunnelRow, hide: { pupils: boolean; over: boolean; flagged: boolean }): SuppressedFunnelRow => ({
    pupils: cell(r.pupils, hide.pupils),
    overCodeThreshold: cell(r.overCodeThreshold, hide.over),
    flagged: cell(r.flagged, hide.flagged),
    percentOverThreshold: pct(r.percentOverThreshold, [r.overCodeThreshold, hide.over], [r.pupils, hide.pupils]),
    percentFlagged: pct(r.percentFlagged, [r.flagged, hide.flagged], [r.pupils, hide.pupils]),
    percentFlaggedOfOver: pct(r.percentFlaggedOfOver, [r.flagged, hide.flagged], [r.overCodeThreshold, hide.over]),
  })
  const gradeHidden = new Map(grades.map(([g], i) => [g, { pupils: pupils.parts[i]!, flagged: flagged.parts[i]! }]))

  const tierIds = Object.keys(report.byTier)
  const tiers = suppressSplit(tierIds.map((t) => report.byTier[t]!), total.flagged, options)
  const byTier: Record<string, FigureCell> = {}
  tierIds.forEach((t, i) => (byTier[t] = cell(report.byTier[t]!, tiers.parts[i]! || flagged.total)))

  const legalSignals: Record<string, FigureCell> = {}
  for (const [id, n] of Object.entries(report.legalSignals)) legalSignals[id] = cell(n, false)

  let cutoffs: SuppressedFigures['cutoffs'] = null
  if (report.cutoffs) {
    const rows = report.cutoffs.rows
    const anchor = rows.findIndex((r) => r.threshold === report.cutoffs!.current)
    const overHidden = suppressChain(rows.map((r) => r.overThreshold), anchor, options)
    const flaggedHidden = suppressChain(rows.map((r) => r.flagged), anchor, options)
    cutoffs = {
      condition: report.cutoffs.condition,
      current: report.cutoffs.current,
      rows: rows.map((r, i) => ({ threshold: r.threshold, overThreshold: cell(r.overThreshold, overHidden[i]!), flagged: cell(r.flagged, flaggedHidden[i]!) })),
    }
  }

  let confusion: SuppressedFigures['confusion'] = null
  const m = report.confusion
  if (m) {
    // With the margins known (signals, outcomes), one hidden cell of a 2×2 table gives away the other three.
    const hide = [m.truePositives, m.falsePositives, m.falseNegatives, m.trueNegatives].some((n) => !isExportable(n, options))
    const ratio = (v: number | null, part: number, whole: number) => pct(v === null ? null : Math.round(v * 1000) / 10, [part, hide], [whole, hide])
    confusion = {
      truePositives: cell(m.truePositives, hide),
      falsePositives: cell(m.falsePositives, hide),
      falseNegatives: cell(m.falseNegatives, hide),
      trueNegatives: cell(m.trueNegatives, hide),
      sensitivity: ratio(m.sensitivity, m.truePositives, m.truePositives + m.falseNegatives),
      specificity: ratio(m.specificity, m.trueNegatives, m.trueNegatives + m.falsePositives),
      precision: ratio(m.precision, m.truePositives, m.truePositives + m.falsePositives),
    }
  }

  const groups = report.groups.map((g) => {
    // Grades are the funnel's rows again: hide what the funnel hides, so neither gives the other away.
    const forced = (key: 'pupils' | 'flagged') =>
      g.rows.map((r) => g.field === 'leerjaar' && (gradeHidden.get(r.group === '(leeg)' ? '' : r.group)?.[key] ?? false))
    const p = suppressSplit(g.rows.map((r) => r.pupils), total.pupils, options, forced('pupils'))
    const f = suppressSplit(g.rows.map((r) => r.flagged), total.flagged, options, forced('flagged'))
    return {
      field: g.field,
      rows: g.rows.map((r, i) => ({
        group: r.group,
        pupils: cell(r.pupils, p.parts[i]! || pupils.total),
        flagged: cell(r.flagged, f.parts[i]! || flagged.total),
        rate: pct(r.rate, [r.flagged, f.parts[i]!], [r.pupils, p.parts[i]!]),
      })),
    }
  })

  return {
    funnel: {
      total: funnelRow(total, { pupils: pupils.total, over: over.total, flagged: flagged.total }),
      byGrade: grades.map(([grade, r], i) => ({
        grade,
        row: funnelRow(r, { pupils: pupils.parts[i]!, over: over.parts[i]!, flagged: flagged.parts[i]! }),
      })),
    },
    byTier,
    legalSignals,
    cutoffs,
    confusion,
    groups,
  }
}

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading
 * apostrophe: class, school and group names come from the user's file and could hold one (CSV injection).
 */
export function csvCell(value: string | number, delimiter = ';'): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text
}

export interface FiguresCsvOptions extends SuppressionOptions {
  delimiter?: ',' | ';'
}

/**
 * The report's figures as CSV (sectie; groep; maat; aantal; percentage), suppressed. No pupil-level data: this is the
 * export that may leave the school.
 */
export function figuresCsv(report: Report, options: FiguresCsvOptions = {}): string {
  const d = options.delimiter ?? ';'
  const s = suppressFigures(report, options)
  const rows: (string | number)[][] = [['sectie', 'groep', 'maat', 'aantal', 'percentage']]

  const funnelRows: [string, SuppressedFunnelRow][] = [
    ['totaal', s.funnel.total],
    ...s.funnel.byGrade.map(({ grade, row }) => [gradeLabel(grade), row] as [string, SuppressedFunnelRow]),
  ]
  for (const [group, row] of funnelRows) {
    rows.push(['trechter', group, 'leerlingen', row.pupils, ''])
    rows.push(['trechter', group, 'boven de drempel', row.overCodeThreshold, row.percentOverThreshold])
    rows.push(['trechter', group, 'gesignaleerd', row.flagged, row.percentFlagged])
    rows.push(['trechter', group, 'gesignaleerd van wie boven de drempel', row.flagged, row.percentFlaggedOfOver])
  }
  for (const [tier, n] of Object.entries(s.byTier)) rows.push(['niveau', tier, 'leerlingen', n, ''])
  for (const [signal, n] of Object.entries(s.legalSignals)) rows.push(['wettelijk signaal', signal, 'leerlingen', n, ''])
  if (s.cutoffs) {
    for (const row of s.cutoffs.rows) {
      const label = `${s.cutoffs.condition.field} ${s.cutoffs.condition.op} ${row.threshold}`
      rows.push(['afkappunt', label, 'boven de drempel', row.overThreshold, ''])
      rows.push(['afkappunt', label, 'gesignaleerd', row.flagged, ''])
    }
  }
  const m = s.confusion
  if (m) {
    rows.push(['toetsing', '', 'terecht gesignaleerd', m.truePositives, ''])
    rows.push(['toetsing', '', 'onterecht gesignaleerd', m.falsePositives, ''])
    rows.push(['toetsing', '', 'gemist', m.falseNegatives, ''])
    rows.push(['toetsing', '', 'terecht niet gesignaleerd', m.trueNegatives, ''])
    rows.push(['toetsing', '', 'sensitiviteit', '', m.sensitivity])
    rows.push(['toetsing', '', 'specificiteit', '', m.specificity])
    rows.push(['toetsing', '', 'precisie', '', m.precision])
  }
  for (const g of s.groups) {
    for (const row of g.rows) {
      rows.push([`per ${g.field}`, row.group, 'leerlingen', row.pupils, ''])
      rows.push([`per ${g.field}`, row.group, 'gesignaleerd', row.flagged, row.rate])
    }
  }
  return `${rows.map((r) => r.map((c) => csvCell(c, d)).join(d)).join('\r\n')}\r\n`
}
