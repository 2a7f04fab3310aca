/**
 * Scores every pupil against a detection list: which factors fired and why (value and threshold), the weighted
 * score, the tier (aandacht, alarm), and legal signals apart from the score.
 *
 * The rule set is validated here too (not only on the page), so a rule that names origin, nationality or home
 * language can never score, whichever front door it came through. Rules are compiled once into small closures;
 * scoring is then one pass over the pupils.
 */
import { countInWindow, lastAbsenceDay } from './absences'
import { codesOfAbsenceField } from './codes'
import { checkRulesAgainstDataset } from './rules/check'
import { fieldLabel } from './rules/describe'
import { OPERATORS, asNumber, asYesNo, type Operator } from './rules/operators'
import type { Condition, Expression, OperatorName, RuleSet, Threshold } from './rules/types'
import { validateRuleSet } from './rules/validate'
import type { Dataset, FieldValue, Level, Problem, Pupil } from './types'
import { isoToDay } from './values'

/** Why a pupil was flagged: one condition that held, with the pupil's value and the threshold it met. */
export interface Reason {
  id: string
  label: string
  kind: 'gate' | 'risk' | 'protective' | 'legal'
  field: string
  value: FieldValue
  op: OperatorName
  threshold: Threshold
  weight?: number
}

export interface PupilResult {
  /** Pseudonym. */
  id: string
  row: number
  school: string
  klas: string
  leerjaar: string
  /** Passed the gate (true when the rule set has none). */
  passedGate: boolean
  /** In a tier. A flag asks people to look; it is never a verdict. */
  flagged: boolean
  /** Highest tier reached (the last in the rule set's order), or null. */
  tier: string | null
  /** Risk weights minus protective weights of the factors that fired. */
  score: number
  riskCount: number
  protectiveCount: number
  /** The gate (when passed) and every factor that fired. (Empty lists are shared and frozen: copy before editing.) */
  reasons: readonly Reason[]
  legalSignals: readonly Reason[]
  /** Gate or factors that could not be evaluated because the cell was empty. */
  unknown: readonly string[]
  outcome: boolean | null
}

export interface ScoreSummary {
  pupils: number
  /** Pupils passing the gate (the workshop's "more than 10 codes"); all pupils when there is no gate. */
  overCodeThreshold: number
  flagged: number
  byTier: Record<string, number>
  legalSignals: Record<string, number>
}

export interface ScoreResult {
  ok: boolean
  rules: { id: string; version: string; name: string } | null
  pupils: PupilResult[]
  summary: ScoreSummary
  problems: Problem[]
}

interface CompiledCondition {
  id: string
  label: string
  kind: Reason['kind']
  weight: number
  op: OperatorName
  field: string
  fn: Operator
  value: (p: Pupil) => FieldValue
  threshold: (grade: string) => Threshold
  /** Condition for legal signals: only at this level. */
  level?: Level
}

interface Context {
  fired: Int8Array
  riskCount: number
  protectiveCount: number
  score: number
}

export interface CompiledRules {
  rules: RuleSet
  gate: CompiledCondition | null
  factors: CompiledCondition[]
  legal: CompiledCondition[]
  /** Highest tier reached for these factor results (gate not included), or -1. */
  tierOf: (ctx: Context) => number
  tierIds: string[]
}

function valueGetter(condition: Condition, dataset: Dataset): (p: Pupil) => FieldValue {
  const fields = Array.isArray(condition.field) ? condition.field : [condition.field]
  const window = condition.window
  if (window) {
    if (!dataset.hasDatedAbsences) return () => null
    const last = lastAbsenceDay(dataset) ?? 0
    const to = window.to ? isoToDay(window.to)! : last
    const from = window.lastDays ? to - window.lastDays + 1 : window.from ? isoToDay(window.from)! : -Infinity
    const codes = fields.flatMap((f) => codesOfAbsenceField(f) ?? [])
    return (p) => countInWindow(p.absences, codes, from, to)
  }
  const slots = fields.map((f) => dataset.fields.indexOf(f))
  if (slots.length === 1) {
    const slot = slots[0]!
    if (slot < 0) return () => null
    return (p) => p.values[slot] ?? null
  }
  return (p) => {
    let sum = 0
    let known = false
    for (const slot of slots) {
      const n = slot < 0 ? null : asNumber(p.values[slot] ?? null)
      if (n !== null) {
        sum += n
        known = true
      }
    }
    return known ? sum : null
  }
}

function compileCondition(
  c: Condition & { id: string; label: string },
  kind: Reason['kind'],
  weight: number,
  dataset: Dataset,
  level?: Level,
): CompiledCondition {
  const byGrade = c.byGrade ?? {}
  const base = c.value
  return {
    id: c.id,
    label: c.label,
    kind,
    weight,
    op: c.op,
    field: fieldLabel(c.field),
    fn: OPERATORS[c.op].fn,
    value: valueGetter(c, dataset),
    threshold: Object.keys(byGrade).length === 0 ? () => base : (grade) => (Object.hasOwn(byGrade, grade) ? byGrade[grade]! : base),
    ...(level ? { level } : {}),
  }
}

function compileExpression(e: Expression, index: Map<string, number>): (ctx: Context) => boolean {
  if ('factor' in e) {
    const i = index.get(e.factor)!
    return (ctx) => ctx.fired[i] === 1
  }
  if ('all' in e) {
    const parts = e.all.map((x) => compileExpression(x, index))
    return (ctx) => parts.every((p) => p(ctx))
  }
  if ('any' in e) {
    const parts = e.any.map((x) => compileExpression(x, index))
    return (ctx) => parts.some((p) => p(ctx))
  }
  if ('not' in e) {
    const inner = compileExpression(e.not, index)
    return (ctx) => !inner(ctx)
  }
  if ('atLeast' in e) {
    const k = e.atLeast
    if (e.of === 'risk') return (ctx) => ctx.riskCount >= k
    if (e.of === 'protective') return (ctx) => ctx.protectiveCount >= k
    const ids = e.of.map((id) => index.get(id)!)
    return (ctx) => {
      let n = 0
      for (const i of ids) if (ctx.fired[i] === 1) n++
      return n >= k
    }
  }
  const { op, value } = e.score
  const fn = OPERATORS[op].fn
  return (ctx) => fn(ctx.score, value) === true
}

/** Compiles a rule set for a dataset. The rules must have passed `validateRuleSet` (scorePupils makes sure). */
export function compileRules(rules: RuleSet, dataset: Dataset): CompiledRules {
  const factors = rules.factors.map((f) => compileCondition(f, f.kind, f.weight ?? 1, dataset))
  const index = new Map(rules.factors.map((f, i) => [f.id, i]))
  const tiers = rules.tiers.map((t) => compileExpression(t.when, index))
  return {
    rules,
    gate: rules.gate ? compileCondition(rules.gate, 'gate', 0, dataset) : null,
    factors,
    legal: (rules.legalSignals ?? []).map((s) => compileCondition(s, 'legal', 0, dataset, s.level)),
    tierIds: rules.tiers.map((t) => t.id),
    tierOf: (ctx) => {
      for (let t = tiers.length - 1; t >= 0; t--) if (tiers[t]!(ctx)) return t
      return -1
    },
  }
}

function reasonOf(c: CompiledCondition, value: FieldValue, threshold: Threshold): Reason {
  // One literal with every key (weight undefined for the gate and legal signals): one object shape for all reasons.
  return {
    id: c.id,
    label: c.label,
    kind: c.kind,
    field: c.field,
    value,
    op: c.op,
    threshold,
    weight: c.kind === 'risk' || c.kind === 'protective' ? c.weight : undefined,
  }
}

/** Evaluates the factors of one pupil into ctx; returns the reasons of those that fired and the unknown ones. */
function evaluateFactors(compiled: CompiledRules, pupil: Pupil, ctx: Context, reasons: Reason[] | null, unknown: string[] | null): void {
  // `reasons` and `unknown` are filled only when given (scoring); the cut-off table passes null.
  ctx.riskCount = 0
  ctx.protectiveCount = 0
  ctx.score = 0
  const factors = compiled.factors
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!
    const value = f.value(pupil)
    const threshold = f.threshold(pupil.leerjaar)
    const result = value === null ? null : f.fn(value, threshold)
    if (result === true) {
      ctx.fired[i] = 1
      if (f.kind === 'risk') {
        ctx.riskCount++
        ctx.score += f.weight
      } else {
        ctx.protectiveCount++
        ctx.score -= f.weight
      }
      reasons?.push(reasonOf(f, value, threshold))
    } else {
      ctx.fired[i] = result === null ? -1 : 0
      if (result === null) unknown?.push(f.id)
    }
  }
}

const NONE: readonly Reason[] = Object.freeze([])
const NO_IDS: readonly string[] = Object.freeze([])

const emptySummary = (): ScoreSummary => ({ pupils: 0, overCodeThreshold: 0, flagged: 0, byTier: {}, legalSignals: {} })

/** Scores every pupil. Validates the rules first; invalid rules give `ok: false` and the reasons, never a throw. */
export function scorePupils(dataset: Dataset, rules: RuleSet): ScoreResult {
  const validation = validateRuleSet(rules)
  if (!validation.ok) return { ok: false, rules: null, pupils: [], summary: emptySummary(), problems: validation.problems }
  const problems = checkRulesAgainstDataset(validation.rules, dataset)
  const info = { id: rules.id, version: rules.version, name: rules.name }
  if (problems.some((p) => p.level === 'fatal')) return { ok: false, rules: info, pupils: [], summary: emptySummary(), problems }

  const compiled = compileRules(validation.rules, dataset)
  const ctx: Context = { fired: new Int8Array(compiled.factors.length), riskCount: 0, protectiveCount: 0, score: 0 }
  const summary = emptySummary()
  for (const id of compiled.tierIds) summary.byTier[id] = 0
  for (const s of compiled.legal) summary.legalSignals[s.id] = 0
  const defaultLevel = validation.rules.level ?? null
  const outcomeSlot = dataset.hasOutcome ? dataset.fields.indexOf('uitkomst') : -1
  const gate = compiled.gate

  const results: PupilResult[] = new Array(dataset.pupils.length)
  // Scratch lists reused per pupil; copied into the result only when not empty (most pupils have none).
  const reasons: Reason[] = []
  const unknown: string[] = []
  for (let p = 0; p < dataset.pupils.length; p++) {
    const pupil = dataset.pupils[p]!
    reasons.length = 0
    unknown.length = 0
    let passedGate = true
    if (gate) {
      const value = gate.value(pupil)
      const threshold = gate.threshold(pupil.leerjaar)
      const result = value === null ? null : gate.fn(value, threshold)
      passedGate = result === true
      if (passedGate) reasons.push(reasonOf(gate, value, threshold))
      else if (result === null) unknown.push(gate.id)
    }
    evaluateFactors(compiled, pupil, ctx, reasons, unknown)
    const tierIndex = passedGate ? compiled.tierOf(ctx) : -1
    const tier = tierIndex >= 0 ? compiled.tierIds[tierIndex]! : null

    let legalSignals: Reason[] | null = null
    const level = pupil.niveau ?? defaultLevel
    for (const s of compiled.legal) {
      if (s.level && s.level !== level) continue
      const value = s.value(pupil)
      const threshold = s.threshold(pupil.leerjaar)
      if (value !== null && s.fn(value, threshold) === true) {
        ;(legalSignals ??= []).push(reasonOf(s, value, threshold))
        summary.legalSignals[s.id]!++
      }
    }

    summary.pupils++
    if (passedGate) summary.overCodeThreshold++
    if (tier !== null) {
      summary.flagged++
      summary.byTier[tier]!++
    }
    results[p] = {
      id: pupil.id,
      row: pupil.row,
      school: pupil.school,
      klas: pupil.klas,
      leerjaar: pupil.leerjaar,
      passedGate,
      flagged: tier !== null,
      tier,
      score: ctx.score,
      riskCount: ctx.riskCount,
      protectiveCount: ctx.protectiveCount,
      reasons: reasons.length > 0 ? reasons.slice() : NONE,
      legalSignals: legalSignals ?? NONE,
      unknown: unknown.length > 0 ? unknown.slice() : NO_IDS,
      outcome: outcomeSlot >= 0 ? asYesNo(pupil.values[outcomeSlot] ?? null) : null,
    }
  }
  return { ok: true, rules: info, pupils: results, summary, problems }
}

/**
 * For the cut-off table: per pupil, the main condition's value and whether the pupil would be flagged with the main
 * condition met and not met. The main condition is the gate, else `mainFactor`, else the first numeric risk factor.
 */
export interface CutoffBasis {
  condition: { id: string; label: string; field: string; op: OperatorName; threshold: Threshold }
  values: Float64Array
  flaggedIfMet: Uint8Array
  flaggedIfNotMet: Uint8Array
  grades: string[]
}

export function cutoffBasis(dataset: Dataset, rules: RuleSet): CutoffBasis | null {
  if (!validateRuleSet(rules).ok) return null
  const compiled = compileRules(rules, dataset)
  let main: CompiledCondition | null = compiled.gate
  let factorIndex = -1
  if (!main) {
    factorIndex = rules.mainFactor
      ? rules.factors.findIndex((f) => f.id === rules.mainFactor)
      : rules.factors.findIndex((f) => f.kind === 'risk' && OPERATORS[f.op].takes === 'number')
    if (factorIndex < 0) return null
    main = compiled.factors[factorIndex]!
  }
  if (OPERATORS[main.op].takes !== 'number') return null
  const n = dataset.pupils.length
  const values = new Float64Array(n)
  const flaggedIfMet = new Uint8Array(n)
  const flaggedIfNotMet = new Uint8Array(n)
  const grades: string[] = new Array(n)
  const ctx: Context = { fired: new Int8Array(compiled.factors.length), riskCount: 0, protectiveCount: 0, score: 0 }
  const mainFactor = factorIndex >= 0 ? rules.factors[factorIndex]! : null
  for (let p = 0; p < n; p++) {
    const pupil = dataset.pupils[p]!
    grades[p] = pupil.leerjaar
    values[p] = asNumber(main.value(pupil)) ?? Number.NaN
    evaluateFactors(compiled, pupil, ctx, null, null)
    if (!mainFactor) {
      flaggedIfMet[p] = compiled.tierOf(ctx) >= 0 ? 1 : 0
      flaggedIfNotMet[p] = 0
      continue
    }
    // Force the main factor on and off, adjusting the counts and the score it contributed.
    const was = ctx.fired[factorIndex]!
    const weight = (mainFactor.weight ?? 1) * (mainFactor.kind === 'risk' ? 1 : -1)
    const countKey = mainFactor.kind === 'risk' ? 'riskCount' : 'protectiveCount'
    if (was === 1) {
      ctx[countKey]--
      ctx.score -= weight
    }
    ctx.fired[factorIndex] = 0
    flaggedIfNotMet[p] = compiled.tierOf(ctx) >= 0 ? 1 : 0
    ctx.fired[factorIndex] = 1
    ctx[countKey]++
    ctx.score += weight
    flaggedIfMet[p] = compiled.tierOf(ctx) >= 0 ? 1 : 0
  }
  const source = mainFactor ?? rules.gate!
  return {
    condition: { id: source.id, label: source.label, field: main.field, op: main.op, threshold: source.value },
    values,
    flaggedIfMet,
    flaggedIfNotMet,
    grades,
  }
}
