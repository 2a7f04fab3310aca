/**
 * The whole chain in one call: bytes → table → pupils → scores → report. The command line uses it; the page's worker
 * can too, or call the steps one by one (read once, then re-score on every rule change).
 */
import { importTable } from './importer'
import type { ColumnMapping } from './mapping'
import { readTable, type ReadOptions } from './parse'
import type { PseudonymKey } from './pseudonymise'
import { buildReport, type Report, type ReportOptions } from './report'
import type { RuleSet } from './rules/types'
import { scorePupils, type ScoreResult } from './score'
import type { Dataset, ImportResult, Problem } from './types'

export interface DetectionOptions extends ReadOptions, ReportOptions {
  key: PseudonymKey
  rules: RuleSet
  mapping?: ColumnMapping
}

export interface DetectionResult {
  /** False when the file could not be read or the rules could not be applied; see `problems`. */
  ok: boolean
  dataset: Dataset | null
  import: Omit<ImportResult, 'dataset'> | null
  scored: ScoreResult | null
  report: Report | null
  /** Every problem of every step, in order. */
  problems: Problem[]
}

/** Scores and reports an already imported dataset. */
export function analyse(dataset: Dataset, rules: RuleSet, options: ReportOptions = {}): { scored: ScoreResult; report: Report | null } {
  const scored = scorePupils(dataset, rules)
  return { scored, report: scored.ok ? buildReport(dataset, rules, scored, options) : null }
}

export async function runDetection(input: Uint8Array | ArrayBuffer, options: DetectionOptions): Promise<DetectionResult> {
  const read = await readTable(input, options)
  const problems = [...read.problems]
  if (!read.ok || !read.table) return { ok: false, dataset: null, import: null, scored: null, report: null, problems }
  const imported = importTable(read.table, { key: options.key, ...(options.mapping ? { mapping: options.mapping } : {}) })
  problems.push(...imported.problems)
  const { dataset, ...importInfo } = imported
  if (!imported.ok) return { ok: false, dataset, import: importInfo, scored: null, report: null, problems }
  const { scored, report } = analyse(dataset, options.rules, options)
  problems.push(...scored.problems)
  return { ok: scored.ok, dataset, import: importInfo, scored, report, problems }
}
