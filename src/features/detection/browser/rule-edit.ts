/**
 * Editing a detection list on the page: small pure functions that return a changed copy of the rule set. The
 * engine's validator (`validateRuleSet`) stays the judge of what is valid; these only keep edits sensible (an
 * operator that fits the column, a threshold of the right type) and the list's name and version honest.
 */
import { ABSENCE_PERCENT_FIELD, TOTAL_ABSENCE_FIELD } from '@/features/detection/engine/codes'
import { isProtectedAttribute } from '@/features/detection/engine/personal-data'
import { OPERATORS, formatThreshold } from '@/features/detection/engine/rules/operators'
import type { Condition, Expression, Factor, Gate, OperatorName, RuleSet, Threshold } from '@/features/detection/engine/rules/types'
import type { FieldKind } from '@/features/detection/engine/session'
import { TEMPLATE_COLUMNS, templateColumn } from '@/features/detection/engine/template'
import { readNumber } from '@/features/detection/engine/values'
import { fieldDescription } from '@/features/detection/texts'

/** Operators the editor offers per kind of column. */
export const OPS_BY_KIND: Record<FieldKind, OperatorName[]> = {
  number: ['gt', 'gte', 'lt', 'lte', 'eq', 'neq', 'between'],
  yesno: ['is'],
  text: ['eq', 'neq', 'in'],
}

/** The kind of a field: from the file when known, else from the template; a sum of fields is a number. */
export function kindOf(field: string | string[], kinds: Record<string, FieldKind>): FieldKind {
  if (Array.isArray(field)) return 'number'
  if (kinds[field]) return kinds[field]
  const type = templateColumn(field)?.type
  return type === 'yesno' ? 'yesno' : type === 'text' || type === 'level' ? 'text' : 'number'
}

/** "12", "12,5", "12.5" → number; anything else → undefined. */
export function parseDutchNumber(text: string): number | undefined {
  const n = readNumber(text)
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}

export function defaultThreshold(op: OperatorName): Threshold {
  switch (OPERATORS[op].takes) {
    case 'number':
      return 1
    case 'range':
      return [0, 10]
    case 'yesno':
      return true
    case 'list':
      return ['']
    default:
      return ''
  }
}

/** A threshold as the text in an input field ("12,5", "ja", "A, B"); a range gives its two ends. */
export function thresholdText(threshold: Threshold): string | [string, string] {
  const num = (n: number) => String(n).replace('.', ',')
  if (typeof threshold === 'number') return num(threshold)
  if (typeof threshold === 'boolean') return threshold ? 'ja' : 'nee'
  if (Array.isArray(threshold)) {
    if (threshold.length === 2 && threshold.every((t) => typeof t === 'number')) return [num(threshold[0] as number), num(threshold[1] as number)]
    return threshold.join(', ')
  }
  return threshold
}

/** Reads what the user typed as a threshold for this operator; undefined when it does not fit. */
export function parseThreshold(op: OperatorName, input: string | [string, string]): Threshold | undefined {
  const takes = OPERATORS[op].takes
  if (takes === 'range') {
    if (!Array.isArray(input)) return undefined
    const lo = parseDutchNumber(input[0])
    const hi = parseDutchNumber(input[1])
    return lo === undefined || hi === undefined || lo > hi ? undefined : [lo, hi]
  }
  const text = Array.isArray(input) ? input[0] : input
  if (takes === 'number') return parseDutchNumber(text)
  if (takes === 'yesno') return text === 'ja' ? true : text === 'nee' ? false : undefined
  if (takes === 'list') {
    const items = text
      .split(/[,;]/)
      .map((t) => t.trim())
      .filter((t) => t !== '')
    return items.length > 0 ? items : undefined
  }
  const t = text.trim()
  if (t === '') return undefined
  return parseDutchNumber(t) ?? t
}

/** A label that says what a condition does, for when the old one no longer fits: "Aantal schoolwissels: minstens 2". */
export function conditionLabel(condition: Condition): string {
  const field = Array.isArray(condition.field) ? condition.field.join(' + ') : fieldDescription(condition.field).replace(/ \(ja\/nee\)$/, '')
  if (condition.op === 'is') return condition.value === true ? field : `${field}: ${formatThreshold(condition.value)}`
  return `${field}: ${OPERATORS[condition.op].label} ${formatThreshold(condition.value)}`
}

/**
 * The label after the threshold changed from `from` to `to`. Labels often name their threshold ("Meer dan 10
 * afwezigheidscodes"): when that is the only number in the label it is replaced ("Meer dan 15 …"); when the label has
 * other numbers too ("hoogstens 80% (minstens 20% …)") it cannot be rewritten safely and `fallback` is used.
 */
export function relabel(label: string, from: Threshold, to: Threshold, fallback: string): string {
  if (typeof from !== 'number' || typeof to !== 'number' || from === to) return from === to ? label : fallback
  const numbers = label.match(/\d+(?:[.,]\d+)?/g) ?? []
  if (numbers.length !== 1) return fallback
  const old = formatThreshold(from)
  if (numbers[0] !== old && numbers[0] !== String(from)) return fallback
  return label.replace(/\d+(?:[.,]\d+)?/, formatThreshold(to))
}

type Labelled = Condition & { label?: string }

/** A condition with a new threshold, its label kept truthful. */
export function withThreshold<C extends Labelled>(condition: C, value: Threshold): C {
  const next = { ...condition, value }
  if (typeof condition.label !== 'string') return next
  return { ...next, label: relabel(condition.label, condition.value, value, conditionLabel(next)) }
}

/** A condition moved to another field: keeps the operator and threshold when they fit, else sensible defaults. */
export function withField<C extends Labelled>(condition: C, field: string, kinds: Record<string, FieldKind>): C {
  const ops = OPS_BY_KIND[kindOf(field, kinds)]
  let next: C
  if (ops.includes(condition.op)) next = { ...condition, field }
  else {
    const op = ops[0]!
    const { byGrade: _dropped, ...rest } = condition
    next = { ...rest, field, op, value: defaultThreshold(op) } as C
  }
  return typeof condition.label === 'string' ? { ...next, label: conditionLabel(next) } : next
}

/** A condition with another operator; the threshold is kept when it fits, else reset (per-grade ones too). */
export function withOperator<C extends Labelled>(condition: C, op: OperatorName): C {
  let next: C
  if (OPERATORS[op].takes === OPERATORS[condition.op].takes) next = { ...condition, op }
  else {
    const { byGrade: _dropped, ...rest } = condition
    next = { ...rest, op, value: defaultThreshold(op) } as C
  }
  return typeof condition.label === 'string' ? { ...next, label: conditionLabel(next) } : next
}

/** Sets (or with `undefined`, removes) the threshold of one grade. */
export function withGradeThreshold<C extends Condition>(condition: C, grade: string, threshold: Threshold | undefined): C {
  const byGrade = { ...(condition.byGrade ?? {}) }
  if (threshold === undefined) delete byGrade[grade]
  else byGrade[grade] = threshold
  const { byGrade: _old, ...rest } = condition
  return (Object.keys(byGrade).length > 0 ? { ...rest, byGrade } : rest) as C
}

/** The ids of factors a tier expression names. */
function namedFactors(e: Expression, out: Set<string>): Set<string> {
  if ('factor' in e) out.add(e.factor)
  else if ('all' in e) e.all.forEach((x) => namedFactors(x, out))
  else if ('any' in e) e.any.forEach((x) => namedFactors(x, out))
  else if ('not' in e) namedFactors(e.not, out)
  else if ('atLeast' in e && Array.isArray(e.of)) e.of.forEach((id) => out.add(id))
  return out
}

/** Where a factor is used besides its own row (tiers, mainFactor): removing it would break those. */
export function factorUses(rules: RuleSet, id: string): string[] {
  const uses = rules.tiers.filter((t) => namedFactors(t.when, new Set()).has(id)).map((t) => `niveau "${t.label}"`)
  if (rules.mainFactor === id) uses.push('de afkaptabel (mainFactor)')
  return uses
}

function uniqueId(rules: RuleSet, stem: string): string {
  const taken = new Set(rules.factors.map((f) => f.id))
  for (let n = 1; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`
}

/** Sensible first thresholds for a new factor on these fields (others start at "at least 1" or "is ja"). */
const NEW_FACTOR_DEFAULTS: Record<string, { op: OperatorName; value: Threshold }> = {
  [ABSENCE_PERCENT_FIELD]: { op: 'gte', value: 10 },
  [TOTAL_ABSENCE_FIELD]: { op: 'gt', value: 10 },
  gemiddelde: { op: 'lt', value: 60 },
}

/** A new risk factor on a field not yet used by the list (nor by its first step), or the first field. */
export function newFactor(rules: RuleSet, fields: readonly string[], kinds: Record<string, FieldKind>): Factor {
  const conditions: Condition[] = [...(rules.gate ? [rules.gate] : []), ...rules.factors]
  const used = new Set(conditions.flatMap((c) => (Array.isArray(c.field) ? c.field : [c.field])))
  const field = fields.find((f) => !used.has(f)) ?? fields[0] ?? TOTAL_ABSENCE_FIELD
  const kind = kindOf(field, kinds)
  const preset = NEW_FACTOR_DEFAULTS[field]
  const op = preset?.op ?? (kind === 'number' ? 'gte' : OPS_BY_KIND[kind][0]!)
  return { id: uniqueId(rules, 'eigen'), label: fieldDescription(field), kind: 'risk', field, op, value: preset?.value ?? defaultThreshold(op) }
}

export function replaceFactor(rules: RuleSet, index: number, factor: Factor): RuleSet {
  return { ...rules, factors: rules.factors.map((f, i) => (i === index ? factor : f)) }
}

export function addFactor(rules: RuleSet, factor: Factor): RuleSet {
  return { ...rules, factors: [...rules.factors, factor] }
}

export function removeFactor(rules: RuleSet, index: number): RuleSet {
  return { ...rules, factors: rules.factors.filter((_, i) => i !== index) }
}

export function replaceGate(rules: RuleSet, gate: Gate | undefined): RuleSet {
  const { gate: _old, ...rest } = rules
  return gate ? { ...rest, gate } : rest
}

/** The k of a tier that reads "at least k risk factors", the simple case the editor changes in place. */
export function atLeastRisk(when: Expression): number | null {
  return 'atLeast' in when && when.of === 'risk' ? when.atLeast : null
}

export function withTierAtLeast(rules: RuleSet, tierIndex: number, k: number): RuleSet {
  return {
    ...rules,
    tiers: rules.tiers.map((t, i) => {
      const old = atLeastRisk(t.when)
      if (i !== tierIndex || old === null) return t
      const label = relabel(t.label, old, k, `${t.label.split(':')[0]!.trim()}: ${k} of meer risicofactoren`)
      return { ...t, label, when: { atLeast: k, of: 'risk' as const } }
    }),
  }
}

/** What decides who is flagged; two lists with the same core flag the same pupils. */
function core(rules: RuleSet): string {
  const { gate, factors, tiers, legalSignals, mainFactor, level } = rules
  return JSON.stringify({ gate, factors, tiers, legalSignals, mainFactor, level })
}

const EDITED = ' (aangepast)'

/**
 * Marks a list as the user's own after an edit: another id and name, a version that says it changed, and the
 * workshop's funnel phrases dropped when the gate changed (they would describe the old cut-off). An edit that puts
 * everything back gives the original list again.
 */
export function markEdited(rules: RuleSet, base: RuleSet): RuleSet {
  if (core(rules) === core(base)) return base
  const gateChanged = JSON.stringify(rules.gate) !== JSON.stringify(base.gate)
  const tiersChanged = JSON.stringify(rules.tiers) !== JSON.stringify(base.tiers)
  const { phrases, description: _old, ...rest } = rules
  const keptPhrases = phrases && !gateChanged && !tiersChanged ? { phrases } : {}
  return {
    ...rest,
    ...keptPhrases,
    // The preset's description may name the old cut-offs; say what the list does now.
    description: `${rules.gate ? `Eerst: ${rules.gate.label.charAt(0).toLowerCase()}${rules.gate.label.slice(1)}. ` : ''}Signaal: ${rules.tiers.map((t) => t.label).join('; ')}.`,
    id: base.id.startsWith('eigen-') ? base.id : `eigen-${base.id}`,
    name: base.name.endsWith(EDITED) ? base.name : `${base.name}${EDITED}`,
    version: /-aangepast$/.test(base.version) ? base.version : `${base.version}-aangepast`,
    source: base.source.startsWith('Aangepast van:') ? base.source : `Aangepast van: ${base.source}`,
  }
}

/** Template fields a factor may use before a file is read: counts, numbers and yes/no (no id, class or outcome). */
const TEMPLATE_SCORING_FIELDS = TEMPLATE_COLUMNS.filter(
  (c) => ['count', 'number', 'yesno'].includes(c.type) && c.group !== 'outcome' && c.group !== 'legacy-absence',
).map((c) => c.name)

/**
 * The columns the editor offers: those of the imported file (or of the template before a file is read), the absence
 * totals first; never the outcome (a list must not predict what it already knows) nor origin, nationality or home
 * language (refused by the engine too).
 */
export function editorFields(fields: readonly string[] | null): string[] {
  const all = fields ?? [TOTAL_ABSENCE_FIELD, ABSENCE_PERCENT_FIELD, ...TEMPLATE_SCORING_FIELDS]
  const allowed = all.filter((f) => f !== 'uitkomst' && !isProtectedAttribute(f))
  const first = [TOTAL_ABSENCE_FIELD, ABSENCE_PERCENT_FIELD].filter((f) => allowed.includes(f))
  return [...first, ...allowed.filter((f) => !first.includes(f))]
}
