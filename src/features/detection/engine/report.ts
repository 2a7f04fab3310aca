/**
 * Figures from scored pupils: the workshop's funnel per grade and in total, the cut-off table, the confusion matrix
 * against an outcome column, and flag rates per group (to catch a biased rule).
 *
 * Percentages are rounded half up to one decimal, as the workshop reported them.
 */
import { isProtectedAttribute } from './personal-data'
import { OPERATORS } from './rules/operators'
import type { OperatorName, RuleSet, Threshold } from './rules/types'
import { cutoffBasis, type ScoreResult } from './score'
import type { Dataset, Problem, Pupil } from './types'

/** Percentage of `part` in `whole`, rounded to one decimal; null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null
  return Math.round((1000 * part) / whole + 1e-9) / 10
}

export interface FunnelRow {
  pupils: number
  /** Pupils passing the gate (the workshop: more than 10 codes). */
  overCodeThreshold: number
  flagged: number
  /** overCodeThreshold as % of pupils. */
  percentOverThreshold: number | null
  /** flagged as % of pupils. */
  percentFlagged: number | null
  /** flagged as % of the pupils over the threshold. */
  percentFlaggedOfOver: number | null
}

export interface Funnel {
  total: FunnelRow
  /** By grade key, in grade order. */
  byGrade: Record<string, FunnelRow>
}

function funnelRow(pupils: number, over: number, flagged: number): FunnelRow {
  return {
    pupils,
    overCodeThreshold: over,
    flagged,
    percentOverThreshold: percent(over, pupils),
    percentFlagged: percent(flagged, pupils),
    percentFlaggedOfOver: percent(flagged, over),
  }
}

/** Sorts grade keys as numbers first ("5" before "10"), then as text. */
export function compareGrades(a: string, b: string): number {
  const na = Number(a)
  const nb = Number(b)
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb
  if (Number.isFinite(na)) return -1
  if (Number.isFinite(nb)) return 1
  return a.localeCompare(b, 'nl')
}

export function funnel(scored: ScoreResult): Funnel {
  const counts = new Map<string, [number, number, number]>()
  let over = 0
  let flagged = 0
  for (const p of scored.pupils) {
    let c = counts.get(p.leerjaar)
    if (!c) counts.set(p.leerjaar, (c = [0, 0, 0]))
    c[0]++
    if (p.passedGate) {
      c[1]++
      over++
    }
    if (p.flagged) {
      c[2]++
      flagged++
    }
  }
  const byGrade: Record<string, FunnelRow> = {}
  for (const grade of [...counts.keys()].sort(compareGrades)) {
    const [n, o, f] = counts.get(grade)!
    byGrade[grade] = funnelRow(n, o, f)
  }
  return { total: funnelRow(scored.pupils.length, over, flagged), byGrade }
}

export interface CutoffRow {
  threshold: number
  /** Pupils meeting the main condition at this threshold. */
  overThreshold: number
  /** Pupils flagged at this threshold (everything else unchanged). */
  flagged: number
  byGrade: Record<string, { overThreshold: number; flagged: number }>
}

export interface CutoffTable {
  condition: { id: string; label: string; field: string; op: OperatorName; threshold: Threshold }
  /** The rule's own threshold (also one of the rows). */
  current: number
  rows: CutoffRow[]
}

/** Thresholds to show: 0 up to about twice the current one (or the 90th percentile), at most ~30 rows. */
function defaultThresholds(values: Float64Array, current: number): number[] {
  const known = values.filter((v) => !Number.isNaN(v)).sort()
  const p90 = known.length > 0 ? known[Math.floor(0.9 * (known.length - 1))]! : current
  const lo = Math.min(0, Math.floor(known[0] ?? 0))
  const hi = Math.max(Math.ceil(current * 2), Math.ceil(p90), lo + 1)
  const step = Math.max(1, Math.ceil((hi - lo) / 30))
  const out = new Set<number>()
  for (let t = lo; t <= hi; t += step) out.add(t)
  out.add(current)
  return [...out].sort((a, b) => a - b)
}

/** How many pupils pass the main condition, and are flagged, at each threshold of that condition. */
export function cutoffTable(dataset: Dataset, rules: RuleSet, thresholds?: number[]): CutoffTable | null {
  const basis = cutoffBasis(dataset, rules)
  if (!basis || typeof basis.condition.threshold !== 'number') return null
  const current = basis.condition.threshold
  const fn = OPERATORS[basis.condition.op].fn
  const list = thresholds ?? defaultThresholds(basis.values, current)
  const grades = [...new Set(basis.grades)].sort(compareGrades)
  const gradeOf = new Map(grades.map((g, i) => [g, i]))
  const n = basis.values.length
  const gradeIndex = new Int32Array(n)
  for (let p = 0; p < n; p++) gradeIndex[p] = gradeOf.get(basis.grades[p]!)!
  const rows = list.map((t) => {
    const overByGrade = new Int32Array(grades.length)
    const flaggedByGrade = new Int32Array(grades.length)
    let over = 0
    let flagged = 0
    for (let p = 0; p < n; p++) {
      const v = basis.values[p]!
      const met = v === v && fn(v, t) === true // v === v: not NaN (unknown)
      if (met) {
        over++
        overByGrade[gradeIndex[p]!]!++
      }
      if (met ? basis.flaggedIfMet[p] === 1 : basis.flaggedIfNotMet[p] === 1) {
        flagged++
        flaggedByGrade[gradeIndex[p]!]!++
      }
    }
    const byGrade: Record<string, { overThreshold: number; flagged: number }> = {}
    grades.forEach((g, i) => {
      byGrade[g] = { overThreshold: overByGrade[i]!, flagged: flaggedByGrade[i]! }
    })
    return { threshold: t, overThreshold: over, flagged, byGrade }
  })
  return { condition: basis.condition, current, rows }
}

export interface ConfusionMatrix {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  trueNegatives: number
  /** Pupils with a known outcome (the matrix is about them). */
  withOutcome: number
  withoutOutcome: number
  /** Of those with the outcome, the share flagged (TP / (TP + FN)). */
  sensitivity: number | null
  /** Of those without the outcome, the share not flagged (TN / (TN + FP)). */
  specificity: number | null
  /** Of those flagged, the share with the outcome (TP / (TP + FP)). */
  precision: number | null
  /** Share with the outcome (base rate); precision depends on it. */
  prevalence: number | null
  accuracy: number | null
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((10_000 * part) / whole) / 10_000
}

/** The rule (flagged or not) against the outcome column; null when no pupil has a known outcome. */
export function confusionMatrix(scored: ScoreResult): ConfusionMatrix | null {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  let unknown = 0
  for (const p of scored.pupils) {
    if (p.outcome === null) unknown++
    else if (p.flagged) p.outcome ? tp++ : fp++
    else p.outcome ? fn++ : tn++
  }
  const known = tp + fp + fn + tn
  if (known === 0) return null
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    withOutcome: known,
    withoutOutcome: unknown,
    sensitivity: ratio(tp, tp + fn),
    specificity: ratio(tn, tn + fp),
    precision: ratio(tp, tp + fp),
    prevalence: ratio(tp + fn, known),
    accuracy: ratio(tp + tn, known),
  }
}

export interface GroupRate {
  group: string
  pupils: number
  flagged: number
  /** flagged as % of pupils in the group. */
  rate: number | null
}

export interface GroupRates {
  field: string
  /** Overall flag rate, to compare each group with. */
  overall: number | null
  rows: GroupRate[]
}

/**
 * Flag rates per value of a field: school, klas, leerjaar, or any column (also a protected attribute such as home
 * language: checking a rule for bias is the one use such a column has here). Empty cells form the group "(leeg)".
 */
export function flagRatesByGroup(dataset: Dataset, scored: ScoreResult, field: string): GroupRates {
  const groups = new Map<string, [number, number]>()
  let flagged = 0
  const slot = dataset.fields.indexOf(field)
  const read =
    field === 'school' || field === 'klas' || field === 'leerjaar'
      ? (p: Pupil) => p[field]
      : (p: Pupil) => (slot < 0 ? null : (p.values[slot] ?? null))
  const labels = new Map<unknown, string>()
  for (let i = 0; i < scored.pupils.length; i++) {
    const result = scored.pupils[i]!
    const raw = read(dataset.pupils[i]!)
    let key = labels.get(raw)
    if (key === undefined) {
      const text = raw === null ? '' : String(raw).trim()
      key = text === '' ? '(leeg)' : text
      labels.set(raw, key)
    }
    let g = groups.get(key)
    if (!g) groups.set(key, (g = [0, 0]))
    g[0]++
    if (result.flagged) {
      g[1]++
      flagged++
    }
  }
  const keys = [...groups.keys()].sort(field === 'leerjaar' ? compareGrades : (a, b) => a.localeCompare(b, 'nl'))
  return {
    field,
    overall: percent(flagged, scored.pupils.length),
    rows: keys.map((group) => {
      const [n, f] = groups.get(group)!
      return { group, pupils: n, flagged: f, rate: percent(f, n) }
    }),
  }
}

export interface Report {
  rules: { id: string; version: string; name: string } | null
  funnel: Funnel
  byTier: Record<string, number>
  legalSignals: Record<string, number>
  cutoffs: CutoffTable | null
  confusion: ConfusionMatrix | null
  groups: GroupRates[]
  problems: Problem[]
}

export interface ReportOptions {
  /** Fields to report flag rates for. Default: leerjaar, school (when more than one), and protected attributes present. */
  groupBy?: string[]
  /** Thresholds for the cut-off table. Default: chosen from the data. */
  thresholds?: number[]
}

const GROUP_HINTS = ['geslacht', 'gender']

export function buildReport(dataset: Dataset, rules: RuleSet, scored: ScoreResult, options: ReportOptions = {}): Report {
  const groupBy =
    options.groupBy ??
    [
      'leerjaar',
      ...(dataset.pupils.some((p) => p.school !== dataset.pupils[0]!.school) ? ['school'] : []),
      ...dataset.extraColumns.filter((c) => isProtectedAttribute(c) || GROUP_HINTS.includes(c.toLowerCase())),
    ]
  return {
    rules: scored.rules,
    funnel: funnel(scored),
    byTier: scored.summary.byTier,
    legalSignals: scored.summary.legalSignals,
    cutoffs: scored.ok ? cutoffTable(dataset, rules, options.thresholds) : null,
    confusion: dataset.hasOutcome ? confusionMatrix(scored) : null,
    groups: groupBy.map((field) => flagRatesByGroup(dataset, scored, field)),
    problems: scored.problems,
  }
}
