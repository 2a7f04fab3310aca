/**
 * Checks a detection list before it is used, with Dutch messages. Refuses any rule that scores on origin,
 * nationality or home language.
 */
import { codesOfAbsenceField } from '@/features/detection/engine/codes'
import { isProtectedAttribute } from '@/features/detection/engine/personal-data'
import type { Problem } from '@/features/detection/engine/types'
import { isoToDay } from '@/features/detection/engine/values'
import { OPERATORS, isOperatorName } from './operators'
import { RULE_FORMAT, RULE_FORMAT_VERSION, type Condition, type Expression, type RuleSet } from './types'

export type RuleValidation = { ok: true; rules: RuleSet; problems: Problem[] } | { ok: false; rules: null; problems: Problem[] }

const MAX_DEPTH = 16

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== ''
}

/** Reads a detection list from JSON text. */
export function parseRuleSet(json: string): RuleValidation {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    return fail([`De detectielijst is geen geldige JSON (${e instanceof Error ? e.message : 'onleesbaar'}).`])
  }
  return validateRuleSet(data)
}

function fail(messages: string[]): RuleValidation {
  return { ok: false, rules: null, problems: messages.map((message) => ({ level: 'fatal', code: 'invalid-rules', message })) }
}

export function validateRuleSet(input: unknown): RuleValidation {
  const errors: string[] = []
  if (!isRecord(input)) return fail(['De detectielijst moet een JSON-object zijn.'])
  if (input.format !== RULE_FORMAT) errors.push(`Dit is geen detectielijst: "format" moet "${RULE_FORMAT}" zijn.`)
  if (input.formatVersion !== RULE_FORMAT_VERSION) errors.push(`"formatVersion" moet ${RULE_FORMAT_VERSION} zijn.`)
  for (const key of ['id', 'version', 'name', 'source'] as const) {
    if (!nonEmptyString(input[key])) errors.push(`Het veld "${key}" ontbreekt of is leeg.`)
  }
  if (input.level !== undefined && input.level !== 'lager' && input.level !== 'secundair') {
    errors.push('"level" moet "lager" of "secundair" zijn.')
  }

  const factorIds = new Set<string>()
  const numericFactors = new Set<string>()
  if (!Array.isArray(input.factors)) errors.push('"factors" moet een lijst zijn.')
  else {
    input.factors.forEach((f, i) => {
      const where = `Factor ${i + 1}${isRecord(f) && nonEmptyString(f.id) ? ` ("${f.id}")` : ''}`
      if (!isRecord(f)) return errors.push(`${where} is geen object.`)
      if (!nonEmptyString(f.id)) errors.push(`${where}: "id" ontbreekt.`)
      else if (factorIds.has(f.id)) errors.push(`${where}: de id "${f.id}" komt twee keer voor.`)
      else factorIds.add(f.id)
      if (!nonEmptyString(f.label)) errors.push(`${where}: "label" ontbreekt.`)
      if (f.kind !== 'risk' && f.kind !== 'protective') errors.push(`${where}: "kind" moet "risk" of "protective" zijn.`)
      if (f.weight !== undefined && !(typeof f.weight === 'number' && Number.isFinite(f.weight) && f.weight >= 0)) {
        errors.push(`${where}: "weight" moet een getal van 0 of meer zijn.`)
      }
      checkCondition(f, where, errors)
      if (nonEmptyString(f.id) && isOperatorName(f.op) && OPERATORS[f.op].takes === 'number') numericFactors.add(f.id)
    })
  }

  if (input.gate !== undefined) {
    const g = input.gate
    if (!isRecord(g)) errors.push('"gate" moet een object zijn.')
    else {
      if (!nonEmptyString(g.id) || !nonEmptyString(g.label)) errors.push('De poort ("gate") heeft een "id" en een "label" nodig.')
      checkCondition(g, 'De poort ("gate")', errors)
    }
  }

  if (!Array.isArray(input.tiers) || input.tiers.length === 0) errors.push('"tiers" moet minstens één niveau bevatten (bv. "aandacht").')
  else {
    const tierIds = new Set<string>()
    input.tiers.forEach((t, i) => {
      const where = `Niveau ${i + 1}${isRecord(t) && nonEmptyString(t.id) ? ` ("${t.id}")` : ''}`
      if (!isRecord(t)) return errors.push(`${where} is geen object.`)
      if (!nonEmptyString(t.id)) errors.push(`${where}: "id" ontbreekt.`)
      else if (tierIds.has(t.id)) errors.push(`${where}: de id "${t.id}" komt twee keer voor.`)
      else tierIds.add(t.id)
      if (!nonEmptyString(t.label)) errors.push(`${where}: "label" ontbreekt.`)
      checkExpression(t.when, `${where}, "when"`, factorIds, errors, 0)
    })
  }

  if (input.legalSignals !== undefined) {
    if (!Array.isArray(input.legalSignals)) errors.push('"legalSignals" moet een lijst zijn.')
    else {
      input.legalSignals.forEach((s, i) => {
        const where = `Wettelijk signaal ${i + 1}`
        if (!isRecord(s)) return errors.push(`${where} is geen object.`)
        if (!nonEmptyString(s.id) || !nonEmptyString(s.label) || !nonEmptyString(s.source)) {
          errors.push(`${where}: "id", "label" en "source" zijn verplicht.`)
        }
        if (s.level !== undefined && s.level !== 'lager' && s.level !== 'secundair') errors.push(`${where}: "level" moet "lager" of "secundair" zijn.`)
        checkCondition(s, where, errors)
      })
    }
  }

  if (input.mainFactor !== undefined && !(typeof input.mainFactor === 'string' && numericFactors.has(input.mainFactor))) {
    errors.push('"mainFactor" moet de id zijn van een factor met een getal als drempel.')
  }
  if (input.notes !== undefined && !(Array.isArray(input.notes) && input.notes.every((n) => typeof n === 'string'))) {
    errors.push('"notes" moet een lijst van teksten zijn.')
  }

  if (input.phrases !== undefined) {
    const ph = input.phrases
    if (!isRecord(ph) || Object.values(ph).some((v) => typeof v !== 'string')) errors.push('"phrases" moet een object met teksten zijn.')
  }

  if (errors.length > 0) return fail(errors)
  return { ok: true, rules: structuredClone(input) as unknown as RuleSet, problems: [] }
}

function fieldsOf(c: Record<string, unknown>): string[] | null {
  if (typeof c.field === 'string' && c.field.trim() !== '') return [c.field]
  if (Array.isArray(c.field) && c.field.length > 0 && c.field.every(nonEmptyString)) return c.field as string[]
  return null
}

function checkThreshold(op: keyof typeof OPERATORS, value: unknown, where: string, errors: string[]): void {
  const takes = OPERATORS[op].takes
  const ok =
    takes === 'number'
      ? typeof value === 'number' && Number.isFinite(value)
      : takes === 'range'
        ? Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number') && (value[0] as number) <= (value[1] as number)
        : takes === 'list'
          ? Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number')
          : takes === 'yesno'
            ? typeof value === 'boolean'
            : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string'
  if (!ok) {
    const expected = { number: 'een getal', range: 'twee getallen [van, tot]', list: 'een lijst van waarden', yesno: 'true of false', any: 'een getal, tekst of true/false' }[takes]
    errors.push(`${where}: de drempel moet ${expected} zijn voor "${op}".`)
  }
}

function checkCondition(c: Record<string, unknown>, where: string, errors: string[]): void {
  const fields = fieldsOf(c)
  if (!fields) errors.push(`${where}: "field" ontbreekt (een kolomnaam of een lijst van kolomnamen).`)
  else {
    for (const field of fields) {
      if (isProtectedAttribute(field)) {
        errors.push(
          `${where}: "${field}" mag niet meetellen. Herkomst, nationaliteit en thuistaal zijn nooit een invoer voor een detectielijst; meet een taalachterstand (screening) in de plaats.`,
        )
      }
    }
  }
  if (!isOperatorName(c.op)) {
    errors.push(`${where}: onbekende operator ${JSON.stringify(c.op)} (gebruik ${Object.keys(OPERATORS).join(', ')}).`)
    return
  }
  checkThreshold(c.op, c.value, where, errors)
  if (c.byGrade !== undefined) {
    if (!isRecord(c.byGrade)) errors.push(`${where}: "byGrade" moet een object zijn, bv. {"5": 12, "6": 10}.`)
    else for (const [grade, v] of Object.entries(c.byGrade)) checkThreshold(c.op, v, `${where}, leerjaar ${grade}`, errors)
  }
  if (c.window !== undefined) {
    const w = c.window
    if (!isRecord(w)) errors.push(`${where}: "window" moet een object zijn.`)
    else {
      for (const key of ['from', 'to'] as const) {
        if (w[key] !== undefined && (typeof w[key] !== 'string' || isoToDay(w[key] as string) === undefined)) {
          errors.push(`${where}: "window.${key}" moet een datum zijn (JJJJ-MM-DD).`)
        }
      }
      if (w.lastDays !== undefined && !(Number.isInteger(w.lastDays) && (w.lastDays as number) > 0)) {
        errors.push(`${where}: "window.lastDays" moet een positief geheel getal zijn.`)
      }
      if (fields && fields.some((f) => codesOfAbsenceField(f) === null)) {
        errors.push(`${where}: een tijdvenster kan enkel bij afwezigheden (afwezig_A … afwezig_B, afwezig_totaal).`)
      }
    }
  }
}

function checkExpression(e: unknown, where: string, factors: Set<string>, errors: string[], depth: number): void {
  if (depth > MAX_DEPTH) return void errors.push(`${where}: te diep genest.`)
  if (!isRecord(e)) return void errors.push(`${where}: verwacht een voorwaarde zoals {"atLeast": 2, "of": "risk"}.`)
  const expr = e as Partial<Record<string, unknown>>
  if ('factor' in expr) {
    if (typeof expr.factor !== 'string' || !factors.has(expr.factor)) errors.push(`${where}: onbekende factor ${JSON.stringify(expr.factor)}.`)
  } else if ('all' in expr || 'any' in expr) {
    const list = expr.all ?? expr.any
    if (!Array.isArray(list) || list.length === 0) errors.push(`${where}: "all"/"any" moet een niet-lege lijst zijn.`)
    else list.forEach((x, i) => checkExpression(x, `${where} [${i + 1}]`, factors, errors, depth + 1))
  } else if ('not' in expr) {
    checkExpression(expr.not, `${where} (not)`, factors, errors, depth + 1)
  } else if ('atLeast' in expr) {
    if (!(Number.isInteger(expr.atLeast) && (expr.atLeast as number) >= 0)) errors.push(`${where}: "atLeast" moet een geheel getal van 0 of meer zijn.`)
    const of = expr.of
    if (Array.isArray(of)) {
      for (const id of of) if (typeof id !== 'string' || !factors.has(id)) errors.push(`${where}: onbekende factor ${JSON.stringify(id)}.`)
    } else if (of !== 'risk' && of !== 'protective') errors.push(`${where}: "of" moet "risk", "protective" of een lijst van factor-ids zijn.`)
  } else if ('score' in expr) {
    const s = expr.score
    if (!isRecord(s) || !['gt', 'gte', 'lt', 'lte', 'eq'].includes(s.op as string) || typeof s.value !== 'number') {
      errors.push(`${where}: "score" moet {"op": "gte", "value": 2} zijn (op: gt, gte, lt, lte, eq).`)
    }
  } else {
    errors.push(`${where}: onbekende voorwaarde (gebruik factor, all, any, not, atLeast of score).`)
  }
}

/** Every field a rule set reads, with where it is used. */
export function fieldsUsed(rules: RuleSet): { field: string; use: 'gate' | 'factor' | 'legal'; id: string }[] {
  const out: { field: string; use: 'gate' | 'factor' | 'legal'; id: string }[] = []
  const add = (c: Condition, use: 'gate' | 'factor' | 'legal', id: string) => {
    for (const field of Array.isArray(c.field) ? c.field : [c.field]) out.push({ field, use, id })
  }
  if (rules.gate) add(rules.gate, 'gate', rules.gate.id)
  for (const f of rules.factors) add(f, 'factor', f.id)
  for (const s of rules.legalSignals ?? []) add(s, 'legal', s.id)
  return out
}

export type { Expression }
