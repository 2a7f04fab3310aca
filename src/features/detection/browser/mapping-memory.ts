/**
 * Remembering column mappings in localStorage, so a school maps its export once. Only the mapping is kept: template
 * field → column name. Never a cell, never a pupil. A column "name" that looks like a value (a number or a date, as
 * when a file has no header row and a data row was read as the header) is never remembered.
 */
import { isColumnMapping, type ColumnMapping, type MappingSuggestion } from '@/features/detection/engine/mapping'
import { REQUIRED_COLUMNS } from '@/features/detection/engine/template'

export const MAPPING_STORAGE_KEY = 'vroegdetectie:koppelingen:v1'
const MAX_REMEMBERED = 10

export interface RememberedMapping {
  mapping: ColumnMapping
  savedAt: string
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Headers that look like cell values (numbers, dates, national register numbers) rather than column names. */
const VALUE_LIKE = /^[\d\s.,/:+-]+$/

function mappedHeaders(mapping: ColumnMapping): string[] {
  return Object.values(mapping.fields).filter((h): h is string => typeof h === 'string')
}

/** True when this mapping may be written to the browser's storage. */
export function isRememberable(mapping: ColumnMapping): boolean {
  const headers = mappedHeaders(mapping)
  return headers.length > 0 && headers.every((h) => h.trim() !== '' && !VALUE_LIKE.test(h.trim()))
}

/** The browser's localStorage, or null where it is unavailable (blocked by settings, or throws on access). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function loadRemembered(storage: Storage | null): RememberedMapping[] {
  if (!storage) return []
  try {
    const parsed: unknown = JSON.parse(storage.getItem(MAPPING_STORAGE_KEY) ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (entry): entry is RememberedMapping =>
        typeof entry === 'object' && entry !== null && isColumnMapping((entry as RememberedMapping).mapping) && typeof (entry as RememberedMapping).savedAt === 'string',
    )
  } catch {
    return []
  }
}

/** Adds a mapping (newest first, the same set of columns only once). Returns the new list. */
export function remember(list: RememberedMapping[], mapping: ColumnMapping, now = new Date()): RememberedMapping[] {
  if (!isRememberable(mapping)) return list
  const signature = JSON.stringify(Object.entries(mapping.fields).sort())
  const rest = list.filter((entry) => JSON.stringify(Object.entries(entry.mapping.fields).sort()) !== signature)
  const clean: ColumnMapping = { version: 1, ...(mapping.preset ? { preset: mapping.preset } : {}), fields: { ...mapping.fields } }
  return [{ mapping: clean, savedAt: now.toISOString() }, ...rest].slice(0, MAX_REMEMBERED)
}

export function saveRemembered(storage: Storage | null, list: RememberedMapping[]): boolean {
  if (!storage) return false
  try {
    if (list.length === 0) storage.removeItem(MAPPING_STORAGE_KEY)
    else storage.setItem(MAPPING_STORAGE_KEY, JSON.stringify(list))
    return true
  } catch {
    return false
  }
}

export interface ChosenMapping {
  mapping: ColumnMapping
  source: 'remembered' | 'suggested'
  missingRequired: string[]
}

/**
 * The mapping to start from for a file with these headers: a remembered one whose columns are all in the file and
 * that maps every required field (the one mapping most fields), else the engine's suggestion. A remembered mapping
 * wins over the suggestion: it holds the user's own corrections, also fields they chose to leave unmapped.
 */
export function chooseMapping(headers: readonly string[], suggestion: MappingSuggestion, remembered: RememberedMapping[]): ChosenMapping {
  const present = new Set(headers)
  let best: RememberedMapping | null = null
  for (const entry of remembered) {
    const fields = entry.mapping.fields
    if (!mappedHeaders(entry.mapping).every((h) => present.has(h))) continue
    if (!REQUIRED_COLUMNS.every((f) => typeof fields[f] === 'string')) continue
    if (!best || Object.keys(fields).length > Object.keys(best.mapping.fields).length) best = entry
  }
  if (best) {
    return { mapping: best.mapping, source: 'remembered', missingRequired: [] }
  }
  return { mapping: suggestion.mapping, source: 'suggested', missingRequired: suggestion.missingRequired }
}

/** Required fields this mapping leaves open. */
export function missingRequired(mapping: ColumnMapping): string[] {
  return REQUIRED_COLUMNS.filter((f) => typeof mapping.fields[f] !== 'string' || mapping.fields[f] === '')
}
