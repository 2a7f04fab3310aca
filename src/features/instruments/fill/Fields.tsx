'use client'
/**
 * One input per question kind, each a native control with a visible label: an open answer (textarea), a checklist
 * (checkboxes in a fieldset), a score 0–10 (a radio group: arrow keys move the score, the value shows as "6/10") and
 * the action table Wat / Wie / Wanneer / Check (rows added and removed with buttons; Check is a tick and a note).
 * Server-rendered with empty values, so the questions read without JavaScript. Print shows the answers as text
 * (`printOnly`), since textareas and inputs cut long answers off on paper.
 */
import { useRef } from 'react'

import type { Question } from '@/features/instruments/model'
import { emptyActionRow, type ActionRow, type AnswerValue } from './engine/answers'
import { newId } from './browser/ids'
import styles from './workspace.module.css'

interface FieldProps<K extends AnswerValue['kind']> {
  question: Question
  value: Extract<AnswerValue, { kind: K }>
  onChange: (value: Extract<AnswerValue, { kind: K }>) => void
}

const fieldId = (question: Question) => `vraag-${question.id}`

function Help({ question }: { question: Question }) {
  return question.help ? (
    <p className={styles.help} id={`${fieldId(question)}-uitleg`}>
      {question.help}
    </p>
  ) : null
}
const describedBy = (question: Question) => (question.help ? `${fieldId(question)}-uitleg` : undefined)

export function OpenField({ question, value, onChange }: FieldProps<'open'>) {
  const id = fieldId(question)
  return (
    <div className={styles.question} data-kind="open">
      <label htmlFor={id} className={styles.prompt}>
        {question.prompt}
      </label>
      <Help question={question} />
      <textarea
        id={id}
        name={id}
        rows={4}
        value={value.text}
        aria-describedby={describedBy(question)}
        onChange={(e) => onChange({ kind: 'open', text: e.target.value })}
      />
      <div className={styles.printOnly}>{value.text.trim() || '…'}</div>
    </div>
  )
}

export function ChecklistField({ question, value, onChange }: FieldProps<'checklist'>) {
  const toggle = (optionId: string, on: boolean) =>
    onChange({ kind: 'checklist', checked: on ? [...value.checked.filter((c) => c !== optionId), optionId] : value.checked.filter((c) => c !== optionId) })
  return (
    <fieldset className={styles.question} data-kind="checklist" aria-describedby={describedBy(question)}>
      <legend className={styles.prompt}>{question.prompt}</legend>
      <Help question={question} />
      <ul className={styles.checklist}>
        {(question.options ?? []).map((option) => {
          const id = `${fieldId(question)}-${option.id}`
          return (
            <li key={option.id}>
              <input type="checkbox" id={id} name={id} checked={value.checked.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} />
              <label htmlFor={id}>{option.label}</label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

export function ScaleField({ question, value, onChange }: FieldProps<'scale'>) {
  const name = fieldId(question)
  const shown = value.value === null ? '__/10' : `${value.value}/10`
  return (
    <fieldset className={styles.question} data-kind="scale" aria-describedby={describedBy(question)}>
      <legend className={styles.prompt}>
        {question.prompt}: <span className={styles.score}>{shown}</span>
      </legend>
      <Help question={question} />
      <div className={styles.scale}>
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={styles.scaleStep}>
            <input type="radio" name={name} value={n} checked={value.value === n} onChange={() => onChange({ kind: 'scale', value: n })} />
            <span>{n}</span>
            <span className="visually-hidden"> van 10</span>
          </label>
        ))}
      </div>
      {value.value !== null ? (
        <button type="button" className={styles.linkButton} data-print="hide" onClick={() => onChange({ kind: 'scale', value: null })}>
          Score wissen
        </button>
      ) : null}
    </fieldset>
  )
}

export function ActionsField({ question, value, onChange, followUp }: FieldProps<'actions'> & { followUp: boolean }) {
  const table = useRef<HTMLTableElement>(null)
  const setRow = (id: string, patch: Partial<ActionRow>) => onChange({ kind: 'actions', rows: value.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) })
  const add = () => {
    const row = emptyActionRow(newId())
    onChange({ kind: 'actions', rows: [...value.rows, row] })
    // Focus the new row's first cell once React has drawn it.
    requestAnimationFrame(() => table.current?.querySelector<HTMLInputElement>(`[data-row="${row.id}"] input`)?.focus())
  }
  const remove = (index: number) => {
    onChange({ kind: 'actions', rows: value.rows.filter((_, i) => i !== index) })
    requestAnimationFrame(() => table.current?.closest('fieldset')?.querySelector<HTMLButtonElement>('[data-add-row]')?.focus())
  }
  const base = fieldId(question)
  return (
    <fieldset className={styles.question} data-kind="actions" aria-describedby={describedBy(question)}>
      <legend className={styles.prompt}>{question.prompt}</legend>
      <Help question={question} />
      <div className={styles.tableScroll}>
        <table className={styles.actions} ref={table}>
          <thead>
            <tr>
              <th scope="col">Wat <span className={styles.colHint}>geplande actie</span></th>
              <th scope="col">Wie <span className={styles.colHint}>actoren</span></th>
              <th scope="col">Wanneer <span className={styles.colHint}>timing</span></th>
              <th scope="col">Check <span className={styles.colHint}>borgen / bijsturen</span></th>
              <th scope="col" data-print="hide">
                <span className="visually-hidden">Verwijderen</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {value.rows.length === 0 ? (
              <tr>
                <td colSpan={5} className={styles.muted}>
                  Nog geen acties.
                </td>
              </tr>
            ) : null}
            {value.rows.map((row, i) => {
              const n = i + 1
              const id = `${base}-${row.id}`
              return (
                <tr key={row.id} data-row={row.id}>
                  {(['what', 'who', 'when'] as const).map((key) => (
                    <td key={key} data-label={{ what: 'Wat', who: 'Wie', when: 'Wanneer' }[key]}>
                      <input
                        type="text"
                        id={`${id}-${key}`}
                        aria-label={`${{ what: 'Wat', who: 'Wie', when: 'Wanneer' }[key]} (actie ${n})`}
                        value={row[key]}
                        onChange={(e) => setRow(row.id, { [key]: e.target.value })}
                      />
                      <span className={styles.printOnly}>{row[key]}</span>
                    </td>
                  ))}
                  <td data-label="Check">
                    <div className={styles.check}>
                      <input type="checkbox" id={`${id}-done`} checked={row.done} onChange={(e) => setRow(row.id, { done: e.target.checked })} />
                      <label htmlFor={`${id}-done`}>
                        {followUp ? 'Afgevinkt' : 'Gedaan'}
                        <span className="visually-hidden"> (actie {n})</span>
                      </label>
                    </div>
                    <input
                      type="text"
                      id={`${id}-note`}
                      aria-label={`Opmerking bij de check (actie ${n})`}
                      placeholder="borgen / bijsturen"
                      value={row.note}
                      onChange={(e) => setRow(row.id, { note: e.target.value })}
                    />
                    <span className={styles.printOnly}>{row.note}</span>
                  </td>
                  <td data-print="hide">
                    <button type="button" className={styles.linkButton} onClick={() => remove(i)}>
                      Verwijder<span className="visually-hidden"> actie {n}</span>
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className={styles.buttonSecondary} data-add-row data-print="hide" onClick={add}>
        + Actie toevoegen
      </button>
    </fieldset>
  )
}
