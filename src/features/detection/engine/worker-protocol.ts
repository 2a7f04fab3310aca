/**
 * Messages between the page and its Web Worker (`worker.ts`). Plain data only (structured clone). Every request has
 * an `id`; the worker answers with progress messages and then one `result` or `error` with the same id.
 */
import type { ColumnMapping } from './mapping'
import type { RuleSet } from './rules/types'
import type {
  AnalysisSummary,
  ImportSummary,
  LookupResult,
  ProgressUpdate,
  ReadSummary,
  SampleKind,
} from './session'

export type WorkerRequest =
  | { id: number; type: 'read'; file: Blob; fileName: string; sheet?: string }
  | { id: number; type: 'readSheet'; sheet: string }
  | { id: number; type: 'sample'; kind: SampleKind }
  | { id: number; type: 'import'; mapping: ColumnMapping; key: string }
  | { id: number; type: 'analyse'; rules: RuleSet }
  | { id: number; type: 'lookup'; schoolId: string }
  | { id: number; type: 'clear' }

/** What each request type answers. */
export interface WorkerResults {
  read: ReadSummary
  readSheet: ReadSummary
  sample: ReadSummary
  import: ImportSummary
  analyse: AnalysisSummary
  lookup: LookupResult | null
  clear: null
}

export type WorkerResponse =
  | { id: number; type: 'progress'; progress: ProgressUpdate }
  | { id: number; type: 'result'; result: WorkerResults[keyof WorkerResults] }
  | { id: number; type: 'error'; message: string }
  /** An analysis replaced by a newer one before it started: not computed. */
  | { id: number; type: 'cancelled' }
