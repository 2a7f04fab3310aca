/**
 * Shared data types of the early-detection engine.
 *
 * Everything here is plain data (no classes, no functions, no Maps) so that a Web Worker can post it to the page
 * with structured clone, and the command line can print it as JSON.
 */

/** A cell value after import: a number, a yes/no, free text, or `null` for an empty or unknown cell. */
export type FieldValue = number | boolean | string | null

/**
 * How bad a problem is.
 * - `fatal`: the file could not be read at all (empty, wrong format, required columns missing).
 * - `error`: one row could not be read; it is listed and left out of the figures.
 * - `warning`: something was read, but not as the user may expect (a rule field missing from the file).
 * - `info`: for the record (which sheet was read, which columns were dropped for privacy).
 */
export type ProblemLevel = 'fatal' | 'error' | 'warning' | 'info'

/** A problem found while reading a file or checking a rule set. `message` is Dutch and meant for people. */
export interface Problem {
  level: ProblemLevel
  /** Stable machine-readable code, e.g. `not-a-number`. */
  code: string
  message: string
  /** Row number as a spreadsheet shows it: the header is row 1 (or the row it was found on). */
  row?: number
  /** Column header as written in the file. */
  column?: string
}

/** The decoded, delimited table of a file, before mapping. Columns holding names are already gone. */
export interface RawTable {
  /** Header texts (trimmed), without the dropped personal-data columns. */
  headers: string[]
  /** Data rows as text cells, aligned with `headers`. Blank rows are not included. */
  rows: string[][]
  /** Spreadsheet row number of each data row (the header row is the row above the first data row). */
  rowNumbers: number[]
  /** Row number of the header. */
  headerRow: number
  /** Number of fields each data row had in the file (trailing empty fields past the header not counted). */
  fieldCounts: number[]
  /** Number of columns in the header row (before personal-data columns were dropped). */
  headerWidth: number
  /** Headers of columns dropped at reading because they hold names, national register numbers or contact data. */
  droppedColumns: string[]
  source: SourceInfo
}

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'
export type Delimiter = ',' | ';' | '\t'

export interface SourceInfo {
  format: 'csv' | 'xlsx'
  bytes: number
  encoding?: TextEncodingName
  bom?: boolean
  delimiter?: Delimiter
  /** The sheet that was read (xlsx). */
  sheet?: string
  /** All sheets in the workbook (xlsx). */
  sheets?: string[]
}

export interface ReadResult {
  ok: boolean
  table: RawTable | null
  problems: Problem[]
}

/** Education level; decides which legal signals apply. */
export type Level = 'lager' | 'secundair'

/** Dated absences of one pupil, as parallel arrays (compact and clone-friendly). */
export interface DatedAbsences {
  /** Days since 1970-01-01 (UTC). */
  days: number[]
  /** Current absence code (A R Z H P M B) after legacy mapping. */
  codes: string[]
  halfDays: number[]
}

/** One pupil after import: pseudonymised, no name, no national register number. */
export interface Pupil {
  /** Keyed-hash pseudonym of the school's pupil id. */
  id: string
  /** Spreadsheet row the pupil came from. */
  row: number
  school: string
  klas: string
  /** Grade key: the number found in the `leerjaar` cell ("5de leerjaar" → "5"), else the trimmed text. */
  leerjaar: string
  niveau: Level | null
  /**
   * Template fields (typed), derived fields and extra columns (text), aligned with `Dataset.fields`
   * (use `valueOf(dataset, pupil, field)` or `pupilValues(dataset, pupil)` to read them by name).
   */
  values: FieldValue[]
  absences?: DatedAbsences
}

export interface Dataset {
  pupils: Pupil[]
  /** Every field a rule may use (mapped template fields, derived fields, extra columns); the order of `Pupil.values`. */
  fields: string[]
  /** Extra columns kept as text (not part of the template). */
  extraColumns: string[]
  hasOutcome: boolean
  hasDatedAbsences: boolean
  source: SourceInfo | null
  droppedColumns: string[]
}

export interface ImportResult {
  ok: boolean
  dataset: Dataset
  problems: Problem[]
  /** Data rows seen in the file (blank rows not counted). Always `dataset.pupils.length + rejectedRows.length`. */
  rowsRead: number
  /** Row numbers that were not imported; each has at least one `error` problem. */
  rejectedRows: number[]
}
