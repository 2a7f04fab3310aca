/**
 * RawTable + mapping + key → pupils (`Dataset`).
 *
 * Each data row becomes a pupil or is listed as rejected with a Dutch message naming its row and column; nothing is
 * dropped silently. Pupil ids are replaced by keyed-hash pseudonyms here; the raw id is never stored.
 */
import {
  ABSENCE_CODES,
  ABSENCE_PERCENT_FIELD,
  LATE_FIELD,
  LEGACY_CODES,
  TOTAL_ABSENCE_FIELD,
  absenceField,
} from './codes'
import { suggestMapping, type ColumnMapping } from './mapping'
import { isProtectedAttribute } from './personal-data'
import { createPseudonymiser, type PseudonymKey } from './pseudonymise'
import { REQUIRED_COLUMNS, TEMPLATE_COLUMNS, templateColumn, type ColumnType } from './template'
import type { Dataset, FieldValue, ImportResult, Level, Problem, Pupil, RawTable } from './types'
import { normaliseHeader, quoteCell, readNumber, readYesNo } from './values'

export interface ImportOptions {
  /** Key for the pupil-id pseudonyms (see pseudonymise.ts). */
  key: PseudonymKey
  /** Which column holds which template field. Default: `suggestMapping(table.headers).mapping`. */
  mapping?: ColumnMapping
  /** At most this many row messages are listed one by one (all rejected rows are still counted). Default 1000. */
  maxRowMessages?: number
}

interface ColumnPlan {
  field: string
  header: string
  index: number
  type: ColumnType
  absence: boolean
}

/** Derived fields computed for every pupil when absence columns are present. */
export const DERIVED_FIELDS = [TOTAL_ABSENCE_FIELD, ABSENCE_PERCENT_FIELD, LATE_FIELD] as const

const LEVELS: Record<string, Level> = {
  lager: 'lager',
  lager_onderwijs: 'lager',
  bao: 'lager',
  basis: 'lager',
  basisonderwijs: 'lager',
  lo: 'lager',
  primair: 'lager',
  secundair: 'secundair',
  secundair_onderwijs: 'secundair',
  so: 'secundair',
  sec: 'secundair',
}

/** Grade key of a `leerjaar` cell: its first number ("5de leerjaar" → "5"), else the text itself. */
export function gradeKey(text: string): string {
  const m = /\d+/.exec(text)
  return m ? String(Number(m[0])) : text.trim()
}

function emptyDataset(table: RawTable | null): Dataset {
  return {
    pupils: [],
    fields: [],
    extraColumns: [],
    hasOutcome: false,
    hasDatedAbsences: false,
    source: table?.source ?? null,
    droppedColumns: table?.droppedColumns ?? [],
  }
}

function failed(table: RawTable, problems: Problem[]): ImportResult {
  return { ok: false, dataset: emptyDataset(table), problems, rowsRead: table.rows.length, rejectedRows: [...table.rowNumbers] }
}

export function importTable(table: RawTable, options: ImportOptions): ImportResult {
  const problems: Problem[] = []
  let pseudonym: (id: string) => string
  try {
    pseudonym = createPseudonymiser(options.key)
  } catch {
    return failed(table, [{ level: 'fatal', code: 'no-key', message: 'Er is geen sleutel om leerlingnummers te pseudonimiseren.' }])
  }
  const mapping = options.mapping ?? suggestMapping(table.headers).mapping

  // Resolve the mapping to column indexes.
  const headerIndex = new Map<string, number>()
  table.headers.forEach((h, i) => headerIndex.set(h, i))
  const normalisedIndex = new Map<string, number>()
  table.headers.forEach((h, i) => {
    const k = normaliseHeader(h)
    if (!normalisedIndex.has(k)) normalisedIndex.set(k, i)
  })
  const plans: ColumnPlan[] = []
  const usedColumns = new Set<number>()
  for (const [field, header] of Object.entries(mapping.fields)) {
    if (header === undefined) continue
    const column = templateColumn(field)
    if (!column) {
      problems.push({ level: 'warning', code: 'unknown-field', message: `Het veld "${field}" bestaat niet in het sjabloon; de koppeling ervan werd genegeerd.` })
      continue
    }
    const index = headerIndex.get(header) ?? normalisedIndex.get(normaliseHeader(header))
    if (index === undefined) {
      const personal = table.droppedColumns.includes(header)
      problems.push({
        level: column.required ? 'fatal' : 'warning',
        code: personal ? 'mapped-personal-column' : 'mapped-column-missing',
        column: header,
        message: personal
          ? `Kolom "${header}" bevat persoonsgegevens en wordt nooit ingelezen; ze kan niet als "${field}" dienen.`
          : `Kolom "${header}" (gekoppeld aan "${field}") staat niet in het bestand.`,
      })
      continue
    }
    if (usedColumns.has(index)) {
      problems.push({
        level: 'warning',
        code: 'column-mapped-twice',
        column: header,
        message: `Kolom "${header}" is aan meer dan één veld gekoppeld; "${field}" werd genegeerd.`,
      })
      continue
    }
    usedColumns.add(index)
    plans.push({ field, header: table.headers[index]!, index, type: column.type, absence: column.group.endsWith('absence') })
  }

  const mappedFields = new Set(plans.map((p) => p.field))
  const missing = REQUIRED_COLUMNS.filter((f) => !mappedFields.has(f))
  if (missing.length > 0) {
    let message = `${missing.length > 1 ? 'Verplichte kolommen ontbreken' : 'Verplichte kolom ontbreekt'}: ${missing.map((m) => `"${m}"`).join(', ')}. `
    message += `Gevonden kolommen: ${table.headers.length > 0 ? table.headers.join(', ') : '(geen)'}.`
    if (table.headers.length <= 1 && table.source.format === 'csv') {
      message += ' Het bestand lijkt maar één kolom te hebben: gebruik een komma of puntkomma als scheidingsteken.'
    }
    if (table.droppedColumns.length > 0) {
      message += ` Kolommen met namen of rijksregisternummers (${table.droppedColumns.join(', ')}) worden nooit ingelezen; gebruik een intern leerlingnummer als leerling_id.`
    }
    problems.push({ level: 'fatal', code: 'missing-required-columns', message })
  }
  if (problems.some((p) => p.level === 'fatal')) return failed(table, problems)

  // Extra columns: everything not mapped, kept as text under its own header.
  const templateNames = new Set<string>([...TEMPLATE_COLUMNS.map((c) => c.name), ...DERIVED_FIELDS])
  const extras: { key: string; index: number }[] = []
  table.headers.forEach((h, i) => {
    if (usedColumns.has(i)) return
    const key = templateNames.has(h) ? `${h} (extra)` : h
    extras.push({ key, index: i })
    if (isProtectedAttribute(h)) {
      problems.push({
        level: 'info',
        code: 'protected-attribute-kept',
        column: h,
        message: `Kolom "${h}" telt nooit mee in een score; ze dient enkel om na te gaan of een regel sommige groepen vaker signaleert.`,
      })
    }
  })

  const byField = new Map(plans.map((p) => [p.field, p]))
  const idPlan = byField.get('leerling_id')!
  const gradePlan = byField.get('leerjaar')!
  const schoolPlan = byField.get('school')
  const klasPlan = byField.get('klas')
  const levelPlan = byField.get('onderwijsniveau')
  const valuePlans = plans.filter((p) => p.type === 'count' || p.type === 'number' || p.type === 'yesno')
  const hasAbsence = plans.some((p) => p.absence && p.field !== 'halve_dagen')
  const sources = absenceSources(plans)
  const absenceTotals = ABSENCE_CODES.filter((code) => sources[code]!.length > 0).map((code) => ({ field: absenceField(code), sources: sources[code]! }))
  const hasHalfDays = byField.has('halve_dagen')
  const lateField = byField.has(absenceField('L')) ? absenceField('L') : null

  // Values are stored per pupil as an array aligned with `fields`: much faster to build and read than objects
  // (100,000 pupils × 30 fields), and lighter to post from a worker.
  const fields: string[] = valuePlans.map((p) => p.field)
  if (hasAbsence) {
    for (const t of absenceTotals) if (!fields.includes(t.field)) fields.push(t.field)
    fields.push(TOTAL_ABSENCE_FIELD)
    if (hasHalfDays) fields.push(ABSENCE_PERCENT_FIELD)
    if (lateField) fields.push(LATE_FIELD)
  }
  const templateFieldCount = fields.length
  for (const extra of extras) fields.push(extra.key)
  const at = new Map(fields.map((f, i) => [f, i]))
  const planSlots = valuePlans.map((p) => at.get(p.field)!)
  const absenceSlots = absenceTotals.map((t) => ({ slot: at.get(t.field)!, sources: t.sources.map((f) => at.get(f)!) }))
  const totalSlot = at.get(TOTAL_ABSENCE_FIELD) ?? -1
  const percentSlot = at.get(ABSENCE_PERCENT_FIELD) ?? -1
  const halfDaysSlot = at.get('halve_dagen') ?? -1
  const lateSlot = at.get(LATE_FIELD) ?? -1
  const lateSource = lateField ? at.get(lateField)! : -1

  const gradeKeys = new Map<string, string>()
  const cacheGrade = (text: string) => {
    const key = gradeKey(text)
    gradeKeys.set(text, key)
    return key
  }

  const pupils: Pupil[] = []
  const rejectedRows: number[] = []
  const seenIds = new Map<string, number>()
  const maxMessages = options.maxRowMessages ?? 1000
  let rowMessages = 0
  let unlisted = 0
  const rowProblem = (row: number, column: string | undefined, code: string, message: string) => {
    if (rowMessages < maxMessages) {
      problems.push({ level: 'error', code, row, ...(column !== undefined ? { column } : {}), message })
      rowMessages++
    } else unlisted++
  }

  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r]!
    const row = table.rowNumbers[r]!
    const fieldCount = table.fieldCounts[r] ?? table.headerWidth
    if (fieldCount !== table.headerWidth) {
      rowProblem(
        row,
        undefined,
        'field-count',
        `Rij ${row} heeft ${fieldCount} velden, de kopregel ${table.headerWidth}. Controleer het scheidingsteken en de aanhalingstekens in die rij. Deze rij is niet meegeteld.`,
      )
      rejectedRows.push(row)
      continue
    }
    let errors: [string | undefined, string, string][] | null = null
    const rawId = (cells[idPlan.index] ?? '').trim()
    const grade = (cells[gradePlan.index] ?? '').trim()
    if (rawId === '') (errors ??= []).push([idPlan.header, 'empty-id', `Rij ${row}, kolom "${idPlan.header}": het leerlingnummer is leeg.`])
    if (grade === '') (errors ??= []).push([gradePlan.header, 'empty-grade', `Rij ${row}, kolom "${gradePlan.header}": het leerjaar is leeg.`])
    let niveau: Level | null = null
    if (levelPlan) {
      const text = (cells[levelPlan.index] ?? '').trim()
      if (text !== '') {
        const level = LEVELS[text] ?? LEVELS[normaliseHeader(text)]
        if (level) niveau = level
        else (errors ??= []).push([levelPlan.header, 'bad-level', `Rij ${row}, kolom "${levelPlan.header}": ${quoteCell(text)} is geen onderwijsniveau (verwacht "lager" of "secundair").`])
      }
    }

    const values: FieldValue[] = new Array(fields.length)
    for (let c = 0; c < valuePlans.length; c++) {
      const plan = valuePlans[c]!
      const text = cells[plan.index] ?? ''
      if (plan.type === 'yesno') {
        const v = readYesNo(text)
        if (v === undefined) (errors ??= []).push([plan.header, 'not-yes-no', `Rij ${row}, kolom "${plan.header}": ${quoteCell(text)} is geen ja of nee.`])
        values[planSlots[c]!] = v ?? null
      } else {
        const v = readNumber(text)
        if (v === undefined) (errors ??= []).push([plan.header, 'not-a-number', `Rij ${row}, kolom "${plan.header}": ${quoteCell(text)} is geen getal.`])
        else if (v !== null && plan.type === 'count' && v < 0) (errors ??= []).push([plan.header, 'negative-count', `Rij ${row}, kolom "${plan.header}": een aantal kan niet negatief zijn (${v}).`])
        // An empty absence cell means no absence of that code; other empty cells stay unknown.
        values[planSlots[c]!] = v ?? (plan.absence && plan.field !== 'halve_dagen' ? 0 : null)
      }
    }

    let id = ''
    if (rawId !== '') {
      id = pseudonym(rawId)
      const first = seenIds.get(id)
      if (first !== undefined) {
        (errors ??= []).push([idPlan.header, 'duplicate-id', `Rij ${row}, kolom "${idPlan.header}": dit leerlingnummer staat ook al op rij ${first}. Enkel rij ${first} is meegeteld.`])
      }
    }

    if (errors !== null) {
      for (const [column, code, message] of errors as [string | undefined, string, string][]) rowProblem(row, column, code, `${message} Deze rij is niet meegeteld.`)
      rejectedRows.push(row)
      continue
    }
    seenIds.set(id, row)

    if (hasAbsence) {
      let total = 0
      for (let t = 0; t < absenceSlots.length; t++) {
        const target = absenceSlots[t]!
        let sum = 0
        for (let f = 0; f < target.sources.length; f++) sum += (values[target.sources[f]!] as number | null) ?? 0
        values[target.slot] = sum
        total += sum
      }
      values[totalSlot] = total
      if (percentSlot >= 0) {
        const days = values[halfDaysSlot] as number | null
        values[percentSlot] = days ? (100 * total) / days : null
      }
      if (lateSlot >= 0) values[lateSlot] = values[lateSource] ?? 0
    }
    for (let e = 0; e < extras.length; e++) values[templateFieldCount + e] = cells[extras[e]!.index] ?? ''

    pupils.push({
      id,
      row,
      school: schoolPlan ? (cells[schoolPlan.index] ?? '').trim() : '',
      klas: klasPlan ? (cells[klasPlan.index] ?? '').trim() : '',
      leerjaar: gradeKeys.get(grade) ?? cacheGrade(grade),
      niveau,
      values,
    })
  }
  if (unlisted > 0) {
    problems.push({ level: 'error', code: 'more-row-problems', message: `Nog ${unlisted} meldingen over rijen werden niet afzonderlijk getoond.` })
  }

  if (table.rows.length === 0) {
    problems.push({ level: 'fatal', code: 'no-data-rows', message: 'Het bestand bevat een kopregel maar geen leerlingen.' })
  } else if (pupils.length === 0) {
    problems.push({ level: 'fatal', code: 'no-readable-rows', message: 'Geen enkele rij kon gelezen worden; zie de meldingen per rij.' })
  }
  for (const code of ['W', 'G']) {
    if (byField.has(absenceField(code))) {
      problems.push({
        level: 'info',
        code: 'obsolete-code',
        column: byField.get(absenceField(code))!.header,
        message: `Oude code ${code} (${LEGACY_CODES[code]!.meaning}) telt niet als afwezigheid.`,
      })
    }
  }

  const dataset: Dataset = {
    pupils,
    fields,
    extraColumns: extras.map((e) => e.key),
    hasOutcome: mappedFields.has('uitkomst'),
    hasDatedAbsences: false,
    source: table.source,
    droppedColumns: table.droppedColumns,
  }
  return {
    ok: pupils.length > 0,
    dataset,
    problems,
    rowsRead: table.rows.length,
    rejectedRows,
  }
}

/** For each current code, the mapped columns that count towards it: its own column and legacy codes mapped to it. */
function absenceSources(plans: readonly ColumnPlan[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const code of ABSENCE_CODES) out[code] = []
  for (const plan of plans) {
    const m = /^afwezig_([A-Z])$/.exec(plan.field)
    if (!m) continue
    const letter = m[1]!
    if ((ABSENCE_CODES as readonly string[]).includes(letter)) out[letter]!.push(plan.field)
    else {
      const target = LEGACY_CODES[letter]?.target
      if (target && target !== 'late' && target !== 'obsolete') out[target]!.push(plan.field)
    }
  }
  return out
}
