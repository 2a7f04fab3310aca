/**
 * Absences as dated records (one row per absence: pupil, date, code, half-days) instead of counts per pupil.
 * They are needed when a rule counts absences in a time window ("B-codes in the last 30 days").
 *
 * Import them with `importAbsenceRecords`, then `attachAbsences` to a pupil dataset: the counts per code are then
 * computed from the records.
 */
import {
  ABSENCE_CODES,
  ABSENCE_PERCENT_FIELD,
  LATE_FIELD,
  TOTAL_ABSENCE_FIELD,
  absenceField,
  mapAbsenceCode,
} from './codes'
import { createPseudonymiser, type PseudonymKey } from './pseudonymise'
import type { Dataset, DatedAbsences, FieldValue, Problem, RawTable } from './types'
import { dayToIso, normaliseHeader, quoteCell, readDay, readNumber } from './values'

export const ABSENCE_RECORD_FIELDS = ['leerling_id', 'datum', 'code', 'halve_dagen'] as const
export type AbsenceRecordField = (typeof ABSENCE_RECORD_FIELDS)[number]

const ALIASES: Record<AbsenceRecordField, string[]> = {
  leerling_id: ['leerling_id', 'leerling id', 'leerlingnummer', 'stamnummer', 'id'],
  datum: ['datum', 'date', 'dag', 'afwezigheidsdatum'],
  code: ['code', 'afwezigheidscode', 'afwezigheid', 'reden'],
  halve_dagen: ['halve_dagen', 'halve dagen', 'aantal', 'aantal halve dagen', 'dagdelen'],
}

export interface AbsenceRecordsResult {
  ok: boolean
  /** Pseudonym → that pupil's dated absences. */
  byPupil: Record<string, DatedAbsences>
  problems: Problem[]
  rowsRead: number
  rejectedRows: number[]
  /** First and last date found (ISO), or null. */
  range: { from: string; to: string } | null
}

export interface AbsenceImportOptions {
  key: PseudonymKey
  /** Record field → header; default: recognised from the headers. */
  mapping?: Partial<Record<AbsenceRecordField, string>>
}

export function importAbsenceRecords(table: RawTable, options: AbsenceImportOptions): AbsenceRecordsResult {
  const problems: Problem[] = []
  const index: Partial<Record<AbsenceRecordField, number>> = {}
  const normalised = table.headers.map(normaliseHeader)
  for (const field of ABSENCE_RECORD_FIELDS) {
    const header = options.mapping?.[field]
    const i = header !== undefined ? table.headers.indexOf(header) : normalised.findIndex((h) => ALIASES[field].map(normaliseHeader).includes(h))
    if (i >= 0) index[field] = i
  }
  const missing = (['leerling_id', 'datum', 'code'] as const).filter((f) => index[f] === undefined)
  if (missing.length > 0) {
    return {
      ok: false,
      byPupil: {},
      problems: [
        {
          level: 'fatal',
          code: 'missing-required-columns',
          message: `${missing.length > 1 ? 'Verplichte kolommen ontbreken' : 'Verplichte kolom ontbreekt'} in de afwezigheden: ${missing.map((m) => `"${m}"`).join(', ')}. Gevonden kolommen: ${table.headers.join(', ')}.`,
        },
      ],
      rowsRead: table.rows.length,
      rejectedRows: [...table.rowNumbers],
      range: null,
    }
  }
  const pseudonym = createPseudonymiser(options.key)
  const byPupil: Record<string, DatedAbsences> = {}
  const rejectedRows: number[] = []
  let min = Infinity
  let max = -Infinity
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r]!
    const row = table.rowNumbers[r]!
    const id = (cells[index.leerling_id!] ?? '').trim()
    const dateText = cells[index.datum!] ?? ''
    const codeText = (cells[index.code!] ?? '').trim()
    const halfText = index.halve_dagen !== undefined ? (cells[index.halve_dagen] ?? '') : ''
    const day = readDay(dateText)
    const target = mapAbsenceCode(codeText)
    const half = halfText.trim() === '' ? 1 : readNumber(halfText)
    let error: [string, string] | null = null
    if (id === '') error = [table.headers[index.leerling_id!]!, 'het leerlingnummer is leeg']
    else if (day === null || day === undefined) error = [table.headers[index.datum!]!, `${quoteCell(dateText)} is geen datum (verwacht bv. 2024-09-02 of 2/9/2024)`]
    else if (target === null) error = [table.headers[index.code!]!, `${quoteCell(codeText)} is geen gekende afwezigheidscode`]
    else if (half === undefined || half === null || half < 0) error = [table.headers[index.halve_dagen!]!, `${quoteCell(halfText)} is geen aantal halve dagen`]
    if (error) {
      problems.push({ level: 'error', code: 'bad-absence-row', row, column: error[0], message: `Rij ${row}, kolom "${error[0]}": ${error[1]}. Deze rij is niet meegeteld.` })
      rejectedRows.push(row)
      continue
    }
    if (target === 'obsolete') continue
    const pid = pseudonym(id)
    const list = (byPupil[pid] ??= { days: [], codes: [], halfDays: [] })
    list.days.push(day as number)
    list.codes.push(target === 'late' ? 'L' : (target as string))
    list.halfDays.push(half as number)
    if ((day as number) < min) min = day as number
    if ((day as number) > max) max = day as number
  }
  return {
    ok: rejectedRows.length < table.rows.length,
    byPupil,
    problems,
    rowsRead: table.rows.length,
    rejectedRows,
    range: min <= max ? { from: dayToIso(min), to: dayToIso(max) } : null,
  }
}

/** Half-days of these codes between two days (inclusive). */
export function countInWindow(absences: DatedAbsences | undefined, codes: readonly string[], from: number, to: number): number {
  if (!absences) return 0
  let sum = 0
  for (let i = 0; i < absences.days.length; i++) {
    const d = absences.days[i]!
    if (d >= from && d <= to && codes.includes(absences.codes[i]!)) sum += absences.halfDays[i]!
  }
  return sum
}

/**
 * A new dataset whose pupils carry their dated absences, with the counts per code computed from them (they replace
 * counts from the pupil file). Pupils without records get zero absences.
 */
export function attachAbsences(dataset: Dataset, records: AbsenceRecordsResult): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = []
  const known = new Set(dataset.pupils.map((p) => p.id))
  const orphans = Object.keys(records.byPupil).filter((id) => !known.has(id)).length
  if (orphans > 0) {
    problems.push({
      level: 'warning',
      code: 'absences-unknown-pupils',
      message: `${orphans} leerling${orphans === 1 ? '' : 'en'} met afwezigheden ${orphans === 1 ? 'staat' : 'staan'} niet in de leerlingenlijst; die afwezigheden tellen niet mee.`,
    })
  }
  if (dataset.fields.includes(TOTAL_ABSENCE_FIELD)) {
    problems.push({
      level: 'info',
      code: 'absence-counts-replaced',
      message: 'De afwezigheden per code worden berekend uit de afwezigheden met datum; de aantallen uit de leerlingenlijst worden niet gebruikt.',
    })
  }
  // New fields go after the existing ones, so existing positions in `values` stay valid.
  const fields = [...dataset.fields]
  const add = (field: string) => {
    if (!fields.includes(field)) fields.push(field)
    return fields.indexOf(field)
  }
  const codeSlots = ABSENCE_CODES.map((code) => [code, add(absenceField(code))] as const)
  const totalSlot = add(TOTAL_ABSENCE_FIELD)
  const lateSlot = add(LATE_FIELD)
  const halfDaysSlot = fields.indexOf('halve_dagen')
  const percentSlot = halfDaysSlot >= 0 ? add(ABSENCE_PERCENT_FIELD) : -1
  const pupils = dataset.pupils.map((pupil) => {
    const absences = records.byPupil[pupil.id] ?? { days: [], codes: [], halfDays: [] }
    const values: FieldValue[] = new Array(fields.length).fill(null)
    for (let i = 0; i < pupil.values.length; i++) values[i] = pupil.values[i] ?? null
    let total = 0
    for (const [code, slot] of codeSlots) {
      const n = countInWindow(absences, [code], -Infinity, Infinity)
      values[slot] = n
      total += n
    }
    values[totalSlot] = total
    values[lateSlot] = countInWindow(absences, ['L'], -Infinity, Infinity)
    if (percentSlot >= 0) {
      const days = values[halfDaysSlot]
      values[percentSlot] = typeof days === 'number' && days > 0 ? (100 * total) / days : null
    }
    return { ...pupil, values, absences }
  })
  return { dataset: { ...dataset, pupils, fields, hasDatedAbsences: true }, problems }
}

/** The last day with a recorded absence in a dataset, or null. */
export function lastAbsenceDay(dataset: Dataset): number | null {
  let max = -Infinity
  for (const p of dataset.pupils) for (const d of p.absences?.days ?? []) if (d > max) max = d
  return max === -Infinity ? null : max
}
