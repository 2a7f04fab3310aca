/** Reading pupil values by field name (values are stored as arrays aligned with `Dataset.fields`). */
import type { Dataset, FieldValue, Pupil } from './types'

/** Position of a field in `Pupil.values`, or -1. */
export function fieldIndex(dataset: Dataset, field: string): number {
  return dataset.fields.indexOf(field)
}

/** One value of one pupil; null when the field is empty or not in the file. */
export function valueOf(dataset: Dataset, pupil: Pupil, field: string): FieldValue {
  const i = dataset.fields.indexOf(field)
  return i < 0 ? null : (pupil.values[i] ?? null)
}

/** All values of one pupil by field name (for a detail view). */
export function pupilValues(dataset: Dataset, pupil: Pupil): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {}
  dataset.fields.forEach((f, i) => {
    out[f] = pupil.values[i] ?? null
  })
  return out
}
