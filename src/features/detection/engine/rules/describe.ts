/** Dutch descriptions of conditions, for reasons on the page and lines on the command line. */
import { OPERATORS, formatThreshold } from './operators'
import type { Condition, Threshold } from './types'

/** "afwezig_B" or "tekort_wiskunde + tekort_taal". */
export function fieldLabel(field: string | string[]): string {
  return Array.isArray(field) ? field.join(' + ') : field
}

/** The threshold that applies to a grade. */
export function thresholdFor(condition: Condition, grade: string): Threshold {
  const byGrade = condition.byGrade
  return byGrade && Object.hasOwn(byGrade, grade) ? byGrade[grade]! : condition.value
}

/** "afwezig_totaal meer dan 10", "taalachterstand is ja". */
export function describeCondition(condition: Condition, grade?: string): string {
  const threshold = grade === undefined ? condition.value : thresholdFor(condition, grade)
  const window = condition.window
  let text = `${fieldLabel(condition.field)} ${OPERATORS[condition.op].label} ${formatThreshold(threshold)}`
  if (window?.lastDays) text += ` (laatste ${window.lastDays} dagen)`
  else if (window?.from || window?.to) text += ` (${window.from ?? '…'} tot ${window.to ?? '…'})`
  return text
}
