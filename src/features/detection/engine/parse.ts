/**
 * File bytes → a table of text cells (`RawTable`), for CSV and .xlsx alike.
 *
 * Never throws: everything that goes wrong becomes a `Problem` with a Dutch message. Columns that hold names,
 * national register numbers or contact data are dropped here, before any other part of the engine sees them.
 *
 * Libraries: papaparse for CSV (quoting, embedded newlines), read-excel-file's "universal" build for .xlsx (reads an
 * ArrayBuffer, needs no DOM and no Node API, so the same code runs in a Web Worker and on the command line).
 */
import Papa from 'papaparse'
import readExcelFile from 'read-excel-file/universal'

import { decodeBytes, isOleDocument, isZip, looksBinary } from './decode'
import { suggestMapping } from './mapping'
import { isIdentifierHeader, looksLikeNationalNumber } from './personal-data'
import type { Delimiter, Problem, RawTable, ReadResult, SourceInfo } from './types'
import { quoteCell } from './values'
import { fileSize } from '@/shared/format'

export const DEFAULT_MAX_BYTES = 100 * 1000 * 1000

export interface ReadOptions {
  /** Sheet to read from an .xlsx (name, or number from 1). Default: the first sheet that has the required columns. */
  sheet?: string | number
  /** Refuse larger files with a message instead of trying. Default 100 MB. */
  maxBytes?: number
  /** Only used to recognise a file type from its extension in messages. */
  fileName?: string
}

function fatal(code: string, message: string): ReadResult {
  return { ok: false, table: null, problems: [{ level: 'fatal', code, message }] }
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input)
}

/** Sizes as the whole site writes them (src/shared/format.ts: decimal kB and MB). */
const formatSize = (bytes: number): string => fileSize(bytes) ?? ''

/** Reads a CSV or .xlsx file (detected from its bytes, not its name). */
export async function readTable(input: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = toBytes(input)
  if (isZip(bytes)) return readXlsx(bytes, options)
  return readCsv(bytes, options)
}

/** Reads CSV bytes (or already decoded text). Synchronous. */
export function readCsv(input: Uint8Array | ArrayBuffer | string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let text: string
  let source: SourceInfo
  if (typeof input === 'string') {
    if (input.length > maxBytes) return tooLarge(input.length, maxBytes)
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
    source = { format: 'csv', bytes: input.length, encoding: 'utf-8', bom: input.charCodeAt(0) === 0xfeff }
  } else {
    const bytes = toBytes(input)
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes)
    if (bytes.length === 0) return fatal('empty-file', 'Het bestand is leeg.')
    if (isOleDocument(bytes) || /\.xls$/i.test(options.fileName ?? '')) {
      return fatal(
        'old-excel',
        'Dit is een oud Excel-bestand (.xls). Bewaar het in Excel als .xlsx of als CSV en laad het opnieuw.',
      )
    }
    if (isZip(bytes)) return fatal('zip-not-csv', 'Dit is geen CSV-bestand maar een Excel- of zip-bestand.')
    const decoded = decodeBytes(bytes)
    if (!decoded.encoding.startsWith('utf-16') && looksBinary(bytes)) {
      return fatal('binary-file', 'Dit bestand bevat geen tekst. Laad een CSV-bestand (.csv) of een Excel-bestand (.xlsx).')
    }
    text = decoded.text
    source = { format: 'csv', bytes: bytes.length, encoding: decoded.encoding, bom: decoded.bom }
  }
  if (text.trim() === '') return fatal('empty-file', 'Het bestand is leeg.')
  text = normaliseLineEndings(text)
  const delimiter = detectDelimiter(text)
  source.delimiter = delimiter
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false, header: false })
  const problems: Problem[] = []
  for (const e of parsed.errors) {
    if (e.type === 'Quotes') {
      problems.push({
        level: 'warning',
        code: 'unclosed-quote',
        row: (e.row ?? 0) + 1,
        message: `Rij ${(e.row ?? 0) + 1}: een aanhalingsteken (") wordt niet gesloten. De rijen daarna kunnen verkeerd gelezen zijn.`,
      })
    }
  }
  const result = tableFromCells(parsed.data, source, 1)
  result.problems.unshift(...problems)
  return result
}

function tooLarge(size: number, max: number): ReadResult {
  return fatal(
    'file-too-large',
    `Het bestand is te groot (${formatSize(size)}; de grens is ${formatSize(max)}). Splits het, bv. per school of per leerjaar.`,
  )
}

/**
 * CRLF, LF and a lone CR all end a line, in one file too (exports of several schools pasted together), as in
 * spreadsheet programs. papaparse takes one line ending for the whole file, guessed from the first line: with CRLF
 * guessed, each LF-ended line was glued to the next. A line break inside a quoted cell becomes LF, as Excel keeps it.
 */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** Picks the delimiter that splits the first line into the most fields (outside quotes): `;`, `,` or tab. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 }
  let inQuotes = false
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const ch = text[i]
    if (ch === '"') inQuotes = !inQuotes
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (counts[';'] + counts[','] + counts['\t'] > 0) break
    } else if (!inQuotes && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t'
  return counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ','
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'ja' : 'nee'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  return String(value)
}

/** Reads an .xlsx workbook. */
export async function readXlsx(input: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = toBytes(input)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes)
  let sheets: { sheet: string; data: unknown[][] }[]
  try {
    // A fresh ArrayBuffer of exactly these bytes (a Node Buffer may be a view on a larger pool).
    const buffer = bytes.slice().buffer
    sheets = (await readExcelFile(buffer)) as unknown as { sheet: string; data: unknown[][] }[]
  } catch {
    return fatal('xlsx-unreadable', 'Het Excel-bestand kon niet gelezen worden. Is het beschadigd of met een wachtwoord beveiligd?')
  }
  const names = sheets.map((s) => s.sheet)
  const base: SourceInfo = { format: 'xlsx', bytes: bytes.length, sheets: names }
  if (sheets.length === 0) return fatal('xlsx-no-sheets', 'Het Excel-bestand heeft geen tabbladen.')

  const grids = sheets.map((s) => s.data.map((row) => row.map(cellText)))
  let index: number
  if (options.sheet !== undefined) {
    index = typeof options.sheet === 'number' ? options.sheet - 1 : names.indexOf(options.sheet)
    if (index < 0 || index >= sheets.length) {
      return fatal('sheet-not-found', `Tabblad ${quoteCell(String(options.sheet))} bestaat niet. Tabbladen: ${names.join(', ')}.`)
    }
  } else {
    index = grids.findIndex((g) => findHeaderRow(g).complete)
    if (index < 0) index = grids.findIndex((g) => g.some((row) => row.some((c) => c.trim() !== '')))
    if (index < 0) return fatal('empty-file', 'Het Excel-bestand is leeg.')
  }
  if (!grids[index]!.some((row) => !isBlank(row))) {
    const others = names.filter((_, i) => i !== index)
    return fatal(
      'empty-sheet',
      `Tabblad ${quoteCell(names[index]!)} is leeg.${others.length > 0 ? ` Kies een ander tabblad: ${others.join(', ')}.` : ''}`,
    )
  }
  const result = tableFromCells(grids[index]!, { ...base, sheet: names[index] }, 1)
  if (sheets.length > 1) {
    result.problems.unshift({
      level: 'info',
      code: 'sheet-chosen',
      message: `Het bestand heeft ${sheets.length} tabbladen (${names.join(', ')}); tabblad "${names[index]}" werd gelezen.`,
    })
  }
  return result
}

function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false
  return true
}

/** Finds the header: the first of the first 20 non-blank rows where a required template column is recognised. */
function findHeaderRow(grid: readonly string[][]): { index: number; complete: boolean } {
  let first = -1
  let seen = 0
  for (let i = 0; i < grid.length && seen < 20; i++) {
    const row = grid[i]!
    if (isBlank(row)) continue
    if (first < 0) first = i
    seen++
    const { missingRequired } = suggestMapping(row.map((c) => c.trim()))
    if (missingRequired.length === 0) return { index: i, complete: true }
  }
  return { index: first, complete: false }
}

/**
 * Shared by CSV and .xlsx: finds the header row, names and de-duplicates headers, drops personal-data columns,
 * drops blank rows and aligns the data rows. `firstRowNumber` is the spreadsheet number of `grid[0]`.
 */
export function tableFromCells(grid: string[][], source: SourceInfo, firstRowNumber: number): ReadResult {
  const problems: Problem[] = []
  const { index: headerIndex } = findHeaderRow(grid)
  if (headerIndex < 0) return fatal('empty-file', 'Het bestand is leeg.')
  const headerRow = firstRowNumber + headerIndex
  if (headerIndex > 0) {
    const skipped = grid.slice(0, headerIndex).filter((r) => !isBlank(r)).length
    if (skipped > 0) {
      problems.push({
        level: 'info',
        code: 'rows-above-header',
        message: `De kopregel staat op rij ${headerRow}; ${skipped === 1 ? 'de rij erboven werd' : `de ${skipped} rijen erboven werden`} overgeslagen.`,
      })
    }
  }

  const rawHeader = grid[headerIndex]!.map((h) => h.trim())
  const dataGrid = grid.slice(headerIndex + 1)
  // Columns may run past the header (data in an unnamed column): name them rather than lose them silently.
  let width = rawHeader.length
  while (width > 0 && rawHeader[width - 1] === '' && dataGrid.every((r) => (r[width - 1] ?? '').trim() === '')) width--

  const seen = new Map<string, number>()
  const headers: string[] = []
  for (let c = 0; c < width; c++) {
    let h = rawHeader[c] ?? ''
    if (h === '') h = `kolom_${c + 1}`
    const n = (seen.get(h.toLowerCase()) ?? 0) + 1
    seen.set(h.toLowerCase(), n)
    if (n > 1) {
      problems.push({
        level: 'warning',
        code: 'duplicate-header',
        column: h,
        message: `De kolomnaam "${h}" komt ${n} keer voor; kolom ${c + 1} heet voortaan "${h} (${n})".`,
      })
      h = `${h} (${n})`
    }
    headers.push(h)
  }

  // Rows: blank ones are not data rows; the rest keep their number, even when they cannot be read later.
  const rows: string[][] = []
  const rowNumbers: number[] = []
  const fieldCounts: number[] = []
  for (let r = 0; r < dataGrid.length; r++) {
    const row = dataGrid[r]!
    if (isBlank(row)) continue
    let count = row.length
    while (count > width && (row[count - 1] ?? '').trim() === '') count--
    // A spreadsheet has no "missing" trailing cells; only a CSV line can be short.
    if (source.format === 'xlsx' && count < width) count = width
    rows.push(row)
    rowNumbers.push(headerRow + 1 + r)
    fieldCounts.push(count)
  }

  // Personal data: by header, and by content for national register numbers under any header.
  const keep: number[] = []
  const droppedColumns: string[] = []
  for (let c = 0; c < headers.length; c++) {
    if (isIdentifierHeader(headers[c]!) || holdsNationalNumbers(rows, c)) droppedColumns.push(headers[c]!)
    else keep.push(c)
  }
  if (droppedColumns.length > 0) {
    problems.push({
      level: 'info',
      code: 'personal-data-dropped',
      message: `Deze kolommen werden niet ingelezen omdat ze namen, rijksregisternummers of contactgegevens bevatten: ${droppedColumns.join(', ')}.`,
    })
  }

  const hint = delimiterHint(headers, source.format)
  if (hint) problems.push(hint)

  const keptHeaders = keep.map((c) => headers[c]!)
  // Drop the personal-data cells in place (no copy of 100,000 rows), and pad short rows so cells align.
  for (const row of rows) {
    if (keep.length !== headers.length) {
      for (let k = 0; k < keep.length; k++) row[k] = row[keep[k]!] ?? ''
    }
    if (row.length < keep.length) for (let k = row.length; k < keep.length; k++) row[k] = ''
    row.length = keep.length
  }
  const keptRows = rows
  const table: RawTable = {
    headers: keptHeaders,
    rows: keptRows,
    rowNumbers,
    headerRow,
    droppedColumns,
    source,
    fieldCounts,
    headerWidth: width,
  }
  return { ok: true, table, problems }
}

const DELIMITER_NAMES: Record<string, string> = {
  ';': 'puntkomma’s (;)',
  ',': 'komma’s (,)',
  '\t': 'tabs',
  '|': 'verticale strepen (|)',
  ':': 'dubbelpunten (:)',
}

/**
 * A hint when the header is one column that holds a likely delimiter: the file was split on the wrong character (a
 * `|` or `:` file, a quoted header line) or is a CSV pasted into one column of a sheet. Null when nothing points to it.
 */
export function delimiterHint(headers: readonly string[], format: SourceInfo['format']): Problem | null {
  if (headers.length !== 1) return null
  const header = headers[0]!
  let likely: string | null = null
  let most = 0
  for (const ch of Object.keys(DELIMITER_NAMES)) {
    const n = header.split(ch).length - 1
    if (n > most) {
      most = n
      likely = ch
    }
  }
  if (likely === null) return null
  const name = DELIMITER_NAMES[likely]!
  const readable = likely === ';' || likely === ',' || likely === '\t'
  const message =
    format === 'xlsx'
      ? `Het tabblad heeft maar één kolom, en de kopregel ${quoteCell(header)} lijkt gescheiden door ${name}. Staat de export als tekst in één kolom? Splits ze in Excel met "Tekst naar kolommen", of laad het CSV-bestand zelf.`
      : readable
        ? `Het bestand lijkt maar één kolom te hebben, terwijl de kopregel ${quoteCell(header)} ${name} bevat. Staat de hele kopregel tussen aanhalingstekens? Haal die weg, of bewaar het bestand in Excel opnieuw als CSV.`
        : `Het bestand lijkt gescheiden door ${name}: de kopregel ${quoteCell(header)} is één kolom. De tool leest puntkomma’s, komma’s en tabs. Bewaar het bestand in Excel als CSV (gescheiden door lijstscheidingsteken), of vervang de scheidingstekens door puntkomma’s.`
  return { level: 'warning', code: 'one-column', column: header, message }
}

function holdsNationalNumbers(rows: readonly string[][], column: number): boolean {
  let filled = 0
  let matches = 0
  for (let r = 0; r < rows.length && filled < 50; r++) {
    const cell = rows[r]![column] ?? ''
    if (cell.trim() === '') continue
    filled++
    if (looksLikeNationalNumber(cell)) matches++
  }
  return filled > 0 && matches / filled >= 0.5
}
