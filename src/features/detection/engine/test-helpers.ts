/** Helpers for the tests of this folder (not part of the public API). */
import { pupilValues } from './dataset'
import { importTable } from './importer'
import type { ColumnMapping } from './mapping'
import { readCsv } from './parse'
import type { Dataset, FieldValue, ImportResult } from './types'

export const TEST_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'

/** CSV text → import result (throws when the file itself cannot be read, which tests then see at once). */
export function importCsv(csv: string, mapping?: ColumnMapping): ImportResult {
  const read = readCsv(new TextEncoder().encode(csv))
  if (!read.table) throw new Error(`unreadable test CSV: ${read.problems.map((p) => p.message).join('; ')}`)
  const imported = importTable(read.table, { key: TEST_KEY, ...(mapping ? { mapping } : {}) })
  return { ...imported, problems: [...read.problems, ...imported.problems] }
}

/** Builds template CSV lines from objects (missing fields empty). */
export function templateRows(rows: Record<string, string | number>[], delimiter = ';'): string {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  return [headers.join(delimiter), ...rows.map((r) => headers.map((h) => String(r[h] ?? '')).join(delimiter))].join('\n')
}

/** The values of pupil `index` by field name. */
export function valuesAt(dataset: Dataset, index: number): Record<string, FieldValue> {
  return pupilValues(dataset, dataset.pupils[index]!)
}
