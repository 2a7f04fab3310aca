/**
 * Operators of the detection list: one small named function each.
 *
 * Each takes a pupil's value and the threshold and answers true, false, or null when the value is empty or cannot be
 * compared (an empty cell is "unknown", never "no"). Text from extra columns is read as a number or yes/no when the
 * operator needs one.
 */
import type { FieldValue } from '@/features/detection/engine/types'
import { readNumber, readYesNo } from '@/features/detection/engine/values'
import type { OperatorName, Threshold } from './types'

export type Operator = (value: FieldValue, threshold: Threshold) => boolean | null

/** The value as a number: numbers as they are, yes/no as 1/0, text when it reads as a number. */
export function asNumber(value: FieldValue): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : value
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') return readNumber(value) ?? null
  return null
}

/** The value as yes/no: booleans as they are, numbers as "not zero", text when it reads as ja/nee. */
export function asYesNo(value: FieldValue): boolean | null {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') return readYesNo(value) ?? null
  return null
}

function asText(value: FieldValue): string | null {
  if (value === null) return null
  const t = String(value).trim().toLowerCase()
  return t === '' ? null : t
}

function thresholdNumber(threshold: Threshold): number | null {
  return typeof threshold === 'number' ? threshold : null
}

export const greaterThan: Operator = (value, threshold) => {
  const v = asNumber(value)
  const t = thresholdNumber(threshold)
  return v === null || t === null ? null : v > t
}

export const greaterOrEqual: Operator = (value, threshold) => {
  const v = asNumber(value)
  const t = thresholdNumber(threshold)
  return v === null || t === null ? null : v >= t
}

export const lessThan: Operator = (value, threshold) => {
  const v = asNumber(value)
  const t = thresholdNumber(threshold)
  return v === null || t === null ? null : v < t
}

export const lessOrEqual: Operator = (value, threshold) => {
  const v = asNumber(value)
  const t = thresholdNumber(threshold)
  return v === null || t === null ? null : v <= t
}

export const equals: Operator = (value, threshold) => {
  if (typeof threshold === 'number') {
    const v = asNumber(value)
    return v === null ? null : v === threshold
  }
  if (typeof threshold === 'boolean') {
    const v = asYesNo(value)
    return v === null ? null : v === threshold
  }
  if (typeof threshold === 'string') {
    const v = asText(value)
    return v === null ? null : v === threshold.trim().toLowerCase()
  }
  return null
}

export const notEquals: Operator = (value, threshold) => {
  const eq = equals(value, threshold)
  return eq === null ? null : !eq
}

/** Inclusive range: `[low, high]`. */
export const between: Operator = (value, threshold) => {
  if (!Array.isArray(threshold) || threshold.length !== 2) return null
  const [low, high] = threshold
  const v = asNumber(value)
  if (v === null || typeof low !== 'number' || typeof high !== 'number') return null
  return v >= low && v <= high
}

/** One of a list of values (texts compared without case, numbers as numbers). */
export const oneOf: Operator = (value, threshold) => {
  if (!Array.isArray(threshold)) return null
  const text = asText(value)
  if (text === null) return null
  const number = asNumber(value)
  return threshold.some((t) => (typeof t === 'number' ? number === t : String(t).trim().toLowerCase() === text))
}

/** Yes/no: `{"op": "is", "value": true}` fires for "ja". */
export const isValue: Operator = (value, threshold) => {
  if (typeof threshold !== 'boolean') return null
  const v = asYesNo(value)
  return v === null ? null : v === threshold
}

export interface OperatorInfo {
  name: OperatorName
  fn: Operator
  /** Dutch words for the page and for reasons ("meer dan"). */
  label: string
  /** What kind of threshold it takes. */
  takes: 'number' | 'range' | 'list' | 'yesno' | 'any'
}

export const OPERATORS: Record<OperatorName, OperatorInfo> = {
  gt: { name: 'gt', fn: greaterThan, label: 'meer dan', takes: 'number' },
  gte: { name: 'gte', fn: greaterOrEqual, label: 'minstens', takes: 'number' },
  lt: { name: 'lt', fn: lessThan, label: 'minder dan', takes: 'number' },
  lte: { name: 'lte', fn: lessOrEqual, label: 'hoogstens', takes: 'number' },
  eq: { name: 'eq', fn: equals, label: 'gelijk aan', takes: 'any' },
  neq: { name: 'neq', fn: notEquals, label: 'niet gelijk aan', takes: 'any' },
  between: { name: 'between', fn: between, label: 'tussen', takes: 'range' },
  in: { name: 'in', fn: oneOf, label: 'een van', takes: 'list' },
  is: { name: 'is', fn: isValue, label: 'is', takes: 'yesno' },
}

export function isOperatorName(name: unknown): name is OperatorName {
  return typeof name === 'string' && Object.hasOwn(OPERATORS, name)
}

/** A threshold in Dutch words: 10, "ja", "5 tot 10", "A, B". */
export function formatThreshold(threshold: Threshold): string {
  if (typeof threshold === 'boolean') return threshold ? 'ja' : 'nee'
  if (typeof threshold === 'number') return String(threshold).replace('.', ',')
  if (Array.isArray(threshold)) {
    return threshold.length === 2 && threshold.every((t) => typeof t === 'number')
      ? `${formatThreshold(threshold[0] as number)} tot ${formatThreshold(threshold[1] as number)}`
      : threshold.join(', ')
  }
  return threshold
}
