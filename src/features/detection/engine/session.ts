/**
 * The page's working state, as the Web Worker holds it: one file read once, imported with a mapping, then scored again
 * on every change to the detection list. DOM-free and I/O-free (a `Blob` is read through its own stream), so the
 * whole flow is unit-tested in Node; `worker.ts` only wires it to `postMessage`.
 *
 * Only summaries go back to the page: the file's headers and a few example cells for the mapping, counts, the report
 * and the pupils with a signal or a legal signal (pseudonym, row, class, reasons). The raw table and the dataset stay
 * in the worker. Nothing here sends anything anywhere.
 */
import { importTable } from './importer'
import { suggestMapping, type ColumnMapping, type MappingSuggestion } from './mapping'
import { DEFAULT_MAX_BYTES, readTable } from './parse'
import { analyse } from './pipeline'
import { createPseudonymiser } from './pseudonymise'
import type { Report } from './report'
import { compareGrades } from './report'
import type { RuleSet } from './rules/types'
import { generateSchoolExport, generateSeed003Export, sampleToCsv } from './sample'
import type { Reason } from './score'
import { templateColumn } from './template'
import type { Dataset, Problem, RawTable, SourceInfo } from './types'
import { readNumber, readYesNo } from './values'
import { fileSize } from '@/shared/format'

export type ProgressStage = 'laden' | 'ontleden' | 'inlezen' | 'berekenen' | 'voorbeeld'

export interface ProgressUpdate {
  stage: ProgressStage
  /** Bytes (or rows) done and the total, when known. */
  loaded?: number
  total?: number
}

export type ProgressFn = (update: ProgressUpdate) => void

export interface ReadSummary {
  ok: boolean
  problems: Problem[]
  fileName: string
  source: SourceInfo | null
  headers: string[]
  /** Data rows found (blank rows not counted). */
  rowCount: number
  headerRow: number
  droppedColumns: string[]
  /** Up to three distinct example cells per header, shortened (none for the column suggested as pupil id). */
  examples: Record<string, string[]>
  suggestion: MappingSuggestion | null
}

/** What kind of values a field holds, for the rule editor's operators. */
export type FieldKind = 'number' | 'yesno' | 'text'

export interface ImportSummary {
  ok: boolean
  problems: Problem[]
  rowsRead: number
  pupils: number
  rejectedRows: number[]
  fields: string[]
  fieldKinds: Record<string, FieldKind>
  extraColumns: string[]
  hasOutcome: boolean
  grades: string[]
  classes: string[]
  schools: string[]
}

/** One pupil in the page's list: flagged, or with a legal signal. Pseudonym and row only; no id, no name. */
export interface ListedPupil {
  id: string
  row: number
  school: string
  klas: string
  leerjaar: string
  flagged: boolean
  tier: string | null
  score: number
  riskCount: number
  reasons: Reason[]
  legalSignals: Reason[]
  unknown: string[]
  outcome: boolean | null
}

export interface FactorCount {
  /** Pupils for whom the factor fired. */
  fired: number
  /** Of those, pupils who passed the gate. */
  firedOverGate: number
  /** Pupils for whom it could not be evaluated (empty cell). */
  unknown: number
}

export interface AnalysisSummary {
  ok: boolean
  problems: Problem[]
  report: Report | null
  listed: ListedPupil[]
  factorCounts: Record<string, FactorCount>
}

export interface LookupResult {
  pseudonym: string
  found: boolean
  row: number | null
  flagged: boolean
}

export type SampleKind = 'school' | 'workshop' | 'informat'

export const SAMPLE_FILES: Record<SampleKind, { fileName: string; make: () => string }> = {
  school: {
    fileName: 'voorbeeld-school.csv',
    make: () => sampleToCsv(generateSchoolExport({ seed: 7, pupils: 600, schools: 3, homeLanguage: true })),
  },
  workshop: { fileName: 'voorbeeld-workshop.csv', make: () => sampleToCsv(generateSeed003Export()) },
  informat: {
    fileName: 'voorbeeld-informat.csv',
    make: () => sampleToCsv(generateSchoolExport({ seed: 11, pupils: 400, schools: 2, style: 'informat' })),
  },
}

/** Reads a Blob's bytes through its stream, reporting progress (a 50 MB file takes a moment). */
export async function readBlob(blob: Blob, progress?: ProgressFn): Promise<Uint8Array> {
  const total = blob.size
  const out = new Uint8Array(total)
  const reader = blob.stream().getReader()
  let offset = 0
  let reported = 0
  progress?.({ stage: 'laden', loaded: 0, total })
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    // A file that grew while reading: keep what fits (the size was checked against the limit before).
    const chunk = value.subarray(0, Math.max(0, total - offset))
    out.set(chunk, offset)
    offset += chunk.length
    if (offset - reported >= total / 50 || offset === total) {
      reported = offset
      progress?.({ stage: 'laden', loaded: offset, total })
    }
  }
  return offset === total ? out : out.subarray(0, offset)
}

const MAX_EXAMPLE_ROWS = 200
/** Row messages passed to the page; beyond this the importer adds one message with the number left out. */
const MAX_ROW_MESSAGES = 50_000

function shorten(text: string, max = 24): string {
  const t = text.trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

function examplesOf(table: RawTable, skip: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  table.headers.forEach((header, c) => {
    if (header === skip) {
      out[header] = []
      return
    }
    const seen = new Set<string>()
    for (let r = 0; r < table.rows.length && r < MAX_EXAMPLE_ROWS && seen.size < 3; r++) {
      const cell = (table.rows[r]![c] ?? '').trim()
      if (cell !== '') seen.add(shorten(cell))
    }
    out[header] = [...seen]
  })
  return out
}

/** Guesses what an extra column holds from its first values (numbers, ja/nee or text). */
function kindOfExtra(dataset: Dataset, slot: number): FieldKind {
  let numbers = 0
  let yesNo = 0
  let filled = 0
  for (let p = 0; p < dataset.pupils.length && filled < MAX_EXAMPLE_ROWS; p++) {
    const v = dataset.pupils[p]!.values[slot]
    if (typeof v !== 'string' || v.trim() === '') continue
    filled++
    if (typeof readNumber(v) === 'number') numbers++
    else if (typeof readYesNo(v) === 'boolean') yesNo++
  }
  if (filled === 0) return 'text'
  if (numbers / filled >= 0.9) return 'number'
  if ((yesNo + numbers) / filled >= 0.9) return 'yesno'
  return 'text'
}

function fieldKinds(dataset: Dataset): Record<string, FieldKind> {
  const kinds: Record<string, FieldKind> = {}
  const extras = new Set(dataset.extraColumns)
  dataset.fields.forEach((field, slot) => {
    if (extras.has(field)) kinds[field] = kindOfExtra(dataset, slot)
    else {
      const type = templateColumn(field)?.type
      kinds[field] = type === 'yesno' ? 'yesno' : type === 'text' || type === 'level' ? 'text' : 'number'
    }
  })
  return kinds
}

function sorted(values: Iterable<string>, compare?: (a: string, b: string) => number): string[] {
  return [...new Set(values)].filter((v) => v !== '').sort(compare ?? ((a, b) => a.localeCompare(b, 'nl', { numeric: true })))
}

const failedRead = (fileName: string, problems: Problem[], source: SourceInfo | null = null): ReadSummary => ({
  ok: false,
  problems,
  fileName,
  source,
  headers: [],
  rowCount: 0,
  headerRow: 0,
  droppedColumns: [],
  examples: {},
  suggestion: null,
})

export interface DetectionSession {
  /** Reads a file (a Blob from the page, or bytes). Forgets any earlier file. */
  read(input: Blob | Uint8Array | ArrayBuffer, options: { fileName: string; sheet?: string }, progress?: ProgressFn): Promise<ReadSummary>
  /** Reads another sheet of the .xlsx read last. */
  readSheet(sheet: string, progress?: ProgressFn): Promise<ReadSummary>
  /** Makes a synthetic file and reads it as if the user had chosen it. */
  sample(kind: SampleKind, progress?: ProgressFn): Promise<ReadSummary>
  /** Turns the table into pseudonymised pupils with this mapping and key. */
  importWith(mapping: ColumnMapping, key: string, progress?: ProgressFn): ImportSummary
  /** Scores the pupils with this detection list. */
  analyse(rules: RuleSet, progress?: ProgressFn): AnalysisSummary
  /** The pseudonym of a school pupil number under the current key, and whether that pupil is in the data. */
  lookup(schoolId: string): LookupResult | null
  /** Forgets everything. */
  clear(): void
}

export function createSession(): DetectionSession {
  let table: RawTable | null = null
  // The last .xlsx with several sheets, so another sheet can be read without choosing the file again.
  let workbook: { bytes: Uint8Array; sheets: string[] } | null = null
  let fileName = ''
  let dataset: Dataset | null = null
  let key: string | null = null
  let flaggedIds: Set<string> = new Set()

  /**
   * Reads bytes as a file. `fromWorkbook`: another sheet of the workbook read last; when that sheet cannot be read (an
   * empty one), the workbook and its sheet list are kept so the user can choose another.
   */
  async function readBytes(
    bytes: Uint8Array,
    options: { fileName: string; sheet?: string },
    progress?: ProgressFn,
    fromWorkbook = false,
  ): Promise<ReadSummary> {
    table = null
    dataset = null
    flaggedIds = new Set()
    fileName = options.fileName
    progress?.({ stage: 'ontleden' })
    const read = await readTable(bytes, { fileName: options.fileName, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) })
    const source = read.table?.source
    if (source) {
      workbook = source.format === 'xlsx' && (source.sheets?.length ?? 0) > 1 ? { bytes, sheets: source.sheets! } : null
    } else if (!fromWorkbook) workbook = null
    if (!read.ok || !read.table) {
      const kept: SourceInfo | null =
        fromWorkbook && workbook ? { format: 'xlsx', bytes: bytes.length, sheets: workbook.sheets, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) } : null
      return failedRead(options.fileName, read.problems, kept)
    }
    table = read.table
    const suggestion = suggestMapping(table.headers)
    return {
      ok: true,
      problems: read.problems,
      fileName: options.fileName,
      source: table.source,
      headers: table.headers,
      rowCount: table.rows.length,
      headerRow: table.headerRow,
      droppedColumns: table.droppedColumns,
      examples: examplesOf(table, suggestion.mapping.fields.leerling_id),
      suggestion,
    }
  }

  return {
    async read(input, options, progress) {
      const size = input instanceof Blob ? input.size : input.byteLength
      if (size > DEFAULT_MAX_BYTES) {
        return failedRead(options.fileName, [
          {
            level: 'fatal',
            code: 'file-too-large',
            message: `Het bestand is te groot (${fileSize(size)}; de grens is ${fileSize(DEFAULT_MAX_BYTES)}). Splits het, bv. per school of per leerjaar.`,
          },
        ])
      }
      const bytes = input instanceof Blob ? await readBlob(input, progress) : input instanceof Uint8Array ? input : new Uint8Array(input)
      return readBytes(bytes, options, progress)
    },

    async readSheet(sheet, progress) {
      if (!workbook) {
        return failedRead(fileName, [{ level: 'fatal', code: 'no-workbook', message: 'Er is geen Excel-bestand met meerdere tabbladen geladen.' }])
      }
      return readBytes(workbook.bytes, { fileName, sheet }, progress, true)
    },

    async sample(kind, progress) {
      progress?.({ stage: 'voorbeeld' })
      const sample = SAMPLE_FILES[kind]
      return readBytes(new TextEncoder().encode(sample.make()), { fileName: sample.fileName }, progress)
    },

    importWith(mapping, newKey, progress) {
      progress?.({ stage: 'inlezen', loaded: 0, total: table?.rows.length ?? 0 })
      dataset = null
      flaggedIds = new Set()
      if (!table) {
        return {
          ok: false,
          problems: [{ level: 'fatal', code: 'no-file', message: 'Er is nog geen bestand geladen.' }],
          rowsRead: 0,
          pupils: 0,
          rejectedRows: [],
          fields: [],
          fieldKinds: {},
          extraColumns: [],
          hasOutcome: false,
          grades: [],
          classes: [],
          schools: [],
        }
      }
      key = newKey
      // The page lists 200 row messages and offers all of them as a download: keep far more than the default.
      const imported = importTable(table, { key: newKey, mapping, maxRowMessages: MAX_ROW_MESSAGES })
      if (imported.ok) dataset = imported.dataset
      const d = imported.dataset
      return {
        ok: imported.ok,
        problems: imported.problems,
        rowsRead: imported.rowsRead,
        pupils: d.pupils.length,
        rejectedRows: imported.rejectedRows,
        fields: d.fields,
        fieldKinds: fieldKinds(d),
        extraColumns: d.extraColumns,
        hasOutcome: d.hasOutcome,
        grades: sorted(
          d.pupils.map((p) => p.leerjaar),
          compareGrades,
        ),
        classes: sorted(d.pupils.map((p) => p.klas)),
        schools: sorted(d.pupils.map((p) => p.school)),
      }
    },

    analyse(rules, progress) {
      if (!dataset) {
        return {
          ok: false,
          problems: [{ level: 'fatal', code: 'no-data', message: 'Er zijn nog geen leerlingen ingelezen.' }],
          report: null,
          listed: [],
          factorCounts: {},
        }
      }
      progress?.({ stage: 'berekenen', loaded: 0, total: dataset.pupils.length })
      const { scored, report } = analyse(dataset, rules)
      const listed: ListedPupil[] = []
      const factorCounts: Record<string, FactorCount> = {}
      for (const f of Array.isArray(rules.factors) ? rules.factors : []) factorCounts[f.id] = { fired: 0, firedOverGate: 0, unknown: 0 }
      flaggedIds = new Set()
      for (const p of scored.pupils) {
        for (const r of p.reasons) {
          const count = factorCounts[r.id]
          if (count && r.kind !== 'gate') {
            count.fired++
            if (p.passedGate) count.firedOverGate++
          }
        }
        for (const id of p.unknown) if (factorCounts[id]) factorCounts[id].unknown++
        if (p.flagged) flaggedIds.add(p.id)
        if (!p.flagged && p.legalSignals.length === 0) continue
        listed.push({
          id: p.id,
          row: p.row,
          school: p.school,
          klas: p.klas,
          leerjaar: p.leerjaar,
          flagged: p.flagged,
          tier: p.tier,
          score: p.score,
          riskCount: p.riskCount,
          reasons: [...p.reasons],
          legalSignals: [...p.legalSignals],
          unknown: [...p.unknown],
          outcome: p.outcome,
        })
      }
      return { ok: scored.ok && report !== null, problems: scored.problems, report, listed, factorCounts }
    },

    lookup(schoolId) {
      if (!dataset || !key || schoolId.trim() === '') return null
      const pseudonym = createPseudonymiser(key)(schoolId)
      const pupil = dataset.pupils.find((p) => p.id === pseudonym)
      return { pseudonym, found: pupil !== undefined, row: pupil?.row ?? null, flagged: flaggedIds.has(pseudonym) }
    },

    clear() {
      table = null
      workbook = null
      dataset = null
      key = null
      flaggedIds = new Set()
      fileName = ''
    },
  }
}
