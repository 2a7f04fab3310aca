/**
 * Public API of the early-detection engine. Pure TypeScript: no DOM, no database, no I/O (only cli.ts reads files).
 * Everything returned is plain data, safe to post from a Web Worker.
 *
 * Typical use in the page's worker:
 *   const read = await readTable(bytes)                     // CSV or .xlsx → RawTable (names already dropped)
 *   const suggestion = suggestMapping(read.table.headers)   // show, let the user adjust, remember the mapping
 *   const imported = importTable(read.table, { key, mapping })
 *   const { scored, report } = analyse(imported.dataset, rules)   // again on every rule change
 */
export * from './types'
export {
  ABSENCE_CODES,
  ABSENCE_CODE_LABELS,
  ABSENCE_PERCENT_FIELD,
  LATE_FIELD,
  LEGACY_CODES,
  TOTAL_ABSENCE_FIELD,
  absenceField,
  mapAbsenceCode,
} from './codes'
export type { AbsenceCode, LegacyTarget } from './codes'
export { REQUIRED_COLUMNS, TEMPLATE_COLUMNS, TEMPLATE_COLUMN_NAMES, templateColumn, templateCsv } from './template'
export type { ColumnGroup, ColumnType, TemplateColumn, TemplateCsvOptions } from './template'
export { decodeBytes, decodeWindows1252 } from './decode'
export { DEFAULT_MAX_BYTES, detectDelimiter, readCsv, readTable, readXlsx } from './parse'
export type { ReadOptions } from './parse'
export { MAPPING_PRESETS, isColumnMapping, suggestMapping } from './mapping'
export type { ColumnMapping, MappingPreset, MappingSuggestion } from './mapping'
export { isIdentifierHeader, isProtectedAttribute, looksLikeNationalNumber } from './personal-data'
export { createPseudonymiser, generateKey, pseudonymise } from './pseudonymise'
export type { PseudonymKey } from './pseudonymise'
export { DERIVED_FIELDS, gradeKey, importTable } from './importer'
export { fieldIndex, pupilValues, valueOf } from './dataset'
export type { ImportOptions } from './importer'
export { ABSENCE_RECORD_FIELDS, attachAbsences, countInWindow, importAbsenceRecords } from './absences'
export type { AbsenceImportOptions, AbsenceRecordsResult } from './absences'
export * from './rules'
export { compileRules, cutoffBasis, scorePupils } from './score'
export type { CutoffBasis, PupilResult, Reason, ScoreResult, ScoreSummary } from './score'
export { buildReport, compareGrades, confusionMatrix, cutoffTable, flagRatesByGroup, funnel, percent } from './report'
export type { ConfusionMatrix, CutoffRow, CutoffTable, Funnel, FunnelRow, GroupRate, GroupRates, Report, ReportOptions } from './report'
export { HIDDEN_MARK, MIN_EXPORTED_COUNT, csvCell, figuresCsv, isExportable, suppressCount, suppressFigures, suppressPercent, suppressSplit } from './export'
export type { FigureCell, FiguresCsvOptions, SuppressedFigures, SuppressedFunnelRow, SuppressionOptions } from './export'
export { formatFunnel, formatPercent, formatSummary, gradeLabel } from './format'
export { SEED_003_SHAPE, createRandom, generateSchoolExport, generateSeed003Export, sampleToCsv } from './sample'
export type { CsvOptions, SampleExport, SampleOptions, SampleStyle } from './sample'
export { analyse, runDetection } from './pipeline'
export type { DetectionOptions, DetectionResult } from './pipeline'
export { SAMPLE_FILES, createSession, readBlob } from './session'
export type {
  AnalysisSummary,
  DetectionSession,
  FactorCount,
  FieldKind,
  ImportSummary,
  ListedPupil,
  LookupResult,
  ProgressFn,
  ProgressStage,
  ProgressUpdate,
  ReadSummary,
  SampleKind,
} from './session'
export type { WorkerRequest, WorkerResponse, WorkerResults } from './worker-protocol'
