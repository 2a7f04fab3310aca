'use client'
/** The editable parts of one condition (gate or factor): column, operator, threshold, thresholds per grade. */
import { useEffect, useState, type ReactNode } from 'react'

import { OPERATORS } from '@/features/detection/engine/rules/operators'
import type { Condition, OperatorName, Threshold } from '@/features/detection/engine/rules/types'
import type { FieldKind } from '@/features/detection/engine/session'
import styles from './detection.module.css'
import { OPS_BY_KIND, kindOf, parseThreshold, thresholdText, withField, withGradeThreshold, withOperator, withThreshold } from '@/features/detection/browser/rule-edit'
import { fieldDescription } from '@/features/detection/texts'

const HINTS: Record<string, string> = {
  number: 'Een getal, bv. 10 of 12,5.',
  range: 'Twee getallen: van en tot (beide inbegrepen).',
  list: 'Waarden gescheiden door komma’s.',
  any: 'Een getal of een tekst.',
}

/** A threshold typed as text: kept as typed while it is not valid, passed on as soon as it is. */
export function ThresholdInput({
  id,
  label,
  op,
  value,
  allowEmpty = false,
  onChange,
}: {
  id: string
  label: string
  op: OperatorName
  value: Threshold | undefined
  allowEmpty?: boolean
  onChange: (value: Threshold | undefined) => void
}) {
  const takes = OPERATORS[op].takes
  const shown = value === undefined ? '' : thresholdText(value)
  const [text, setText] = useState<string | [string, string]>(shown)
  const [touched, setTouched] = useState(false)
  // Follow changes from elsewhere (a preset, the cut-off table) unless the text already means the same.
  useEffect(() => {
    setText((current) => {
      const parsed = parseThreshold(op, current)
      return JSON.stringify(parsed) === JSON.stringify(value) ? current : value === undefined ? '' : thresholdText(value)
    })
  }, [op, value])

  const update = (next: string | [string, string]) => {
    setText(next)
    setTouched(true)
    const empty = Array.isArray(next) ? next.every((t) => t.trim() === '') : next.trim() === ''
    if (empty && allowEmpty) return onChange(undefined)
    const parsed = parseThreshold(op, next)
    if (parsed !== undefined) onChange(parsed)
  }
  const empty = Array.isArray(text) ? text.every((t) => t.trim() === '') : text.trim() === ''
  const invalid = touched && !(empty && allowEmpty) && parseThreshold(op, text) === undefined
  const errorId = `${id}-error`

  if (takes === 'yesno') {
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value === undefined ? '' : value ? 'ja' : 'nee'} onChange={(event) => update(event.currentTarget.value)}>
          {allowEmpty ? <option value="">zoals voor alle leerjaren</option> : null}
          <option value="ja">ja</option>
          <option value="nee">nee</option>
        </select>
      </div>
    )
  }
  if (takes === 'range') {
    const [lo, hi] = Array.isArray(text) ? text : [text, '']
    return (
      <div className={styles.field}>
        <span className={styles.fieldLabel} id={`${id}-label`}>
          {label}
        </span>
        <span className={styles.inline}>
          <input id={id} aria-label={`${label}: van`} inputMode="decimal" size={5} value={lo} aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined} onChange={(event) => update([event.currentTarget.value, hi])} />
          <input aria-label={`${label}: tot`} inputMode="decimal" size={5} value={hi} aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined} onChange={(event) => update([lo, event.currentTarget.value])} />
        </span>
        {invalid ? (
          <p id={errorId} className={styles.fieldError}>
            {HINTS.range}
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode={takes === 'number' ? 'decimal' : undefined}
        size={takes === 'number' ? 6 : 14}
        value={Array.isArray(text) ? text[0] : text}
        placeholder={allowEmpty ? 'zoals alle' : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => update(event.currentTarget.value)}
      />
      {invalid ? (
        <p id={errorId} className={styles.fieldError}>
          {HINTS[takes]}
        </p>
      ) : null}
    </div>
  )
}

export function ConditionFields<C extends Condition>({
  idPrefix,
  legend,
  condition,
  fields,
  kinds,
  grades,
  extra,
  more,
  onChange,
}: {
  idPrefix: string
  /** Names the group: every factor has fields called "Kolom", "Voorwaarde" and "Drempel". */
  legend: string
  condition: C
  fields: readonly string[]
  kinds: Record<string, FieldKind>
  grades: readonly string[]
  /** More fields on the same row (a factor's kind and weight). */
  extra?: ReactNode
  /** Fields behind "meer instellingen" (a factor's name), above the per-grade thresholds. */
  more?: ReactNode
  onChange: (condition: C) => void
}) {
  const isSum = Array.isArray(condition.field)
  const field = isSum ? '' : (condition.field as string)
  const kind = kindOf(condition.field, kinds)
  const ops = OPS_BY_KIND[kind].includes(condition.op) ? OPS_BY_KIND[kind] : [condition.op, ...OPS_BY_KIND[kind]]
  const options = field && !fields.includes(field) ? [field, ...fields] : fields
  const byGradeCount = Object.keys(condition.byGrade ?? {}).length
  return (
    <fieldset className={styles.conditionSet}>
      <legend className="visually-hidden">{legend}</legend>
      <div className={styles.condition}>
        {isSum ? (
          <div className={styles.field}>
            <span className={styles.fieldLabel}>Kolommen</span>
            <span>{(condition.field as string[]).join(' + ')} (samengeteld; wijzig in de JSON hieronder)</span>
          </div>
        ) : (
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-field`}>Kolom</label>
            <select id={`${idPrefix}-field`} value={field} onChange={(event) => onChange(withField(condition, event.currentTarget.value, kinds))}>
              {options.map((f) => (
                <option key={f} value={f}>
                  {f} – {fieldDescription(f)}
                  {fields.includes(f) ? '' : ' (niet in het bestand)'}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={styles.field}>
          <label htmlFor={`${idPrefix}-op`}>Voorwaarde</label>
          <select id={`${idPrefix}-op`} value={condition.op} onChange={(event) => onChange(withOperator(condition, event.currentTarget.value as OperatorName))}>
            {ops.map((op) => (
              <option key={op} value={op}>
                {OPERATORS[op].label}
              </option>
            ))}
          </select>
        </div>
        <ThresholdInput
          id={`${idPrefix}-value`}
          label="Drempel"
          op={condition.op}
          value={condition.value}
          onChange={(value) => {
            if (value !== undefined) onChange(withThreshold(condition, value))
          }}
        />
        {extra}
      </div>
      {more || (grades.length > 1 && !condition.window) ? (
        <details className={styles.byGrade} open={byGradeCount > 0}>
          <summary>
            {foldLabel(Boolean(more), grades.length > 1 && !condition.window)}
            {byGradeCount > 0 ? ` (${byGradeCount} ingesteld)` : ''}
          </summary>
          {more}
          <div className={styles.condition}>
            {(grades.length > 1 && !condition.window ? grades : []).map((grade) => (
              <ThresholdInput
                key={grade}
                id={`${idPrefix}-grade-${grade}`}
                label={/^\d+$/.test(grade) ? `${grade}e leerjaar` : grade}
                op={condition.op}
                value={condition.byGrade?.[grade]}
                allowEmpty
                onChange={(value) => onChange(withGradeThreshold(condition, grade, value))}
              />
            ))}
          </div>
        </details>
      ) : null}
    </fieldset>
  )
}

/**
 * What the fold holds, said whole: "Naam en drempel per leerjaar", or one of the two alone (before a file is read
 * there are no grades yet, and the fold holds only the name).
 */
export function foldLabel(name: boolean, perGrade: boolean): string {
  if (name && perGrade) return 'Naam en drempel per leerjaar'
  if (name) return 'Naam van de factor'
  return 'Drempel per leerjaar'
}
