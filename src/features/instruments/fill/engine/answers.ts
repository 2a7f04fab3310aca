/**
 * The answer model: one fill-in ("invulling") of one instrument, as plain data. No DOM, no storage, no framework:
 * the page keeps it in IndexedDB, the file export writes it out, the Word export reads it, and tests call it directly.
 *
 * Answers are keyed by question id (the admin's row ids, stable across edits). Each answer also carries the words it
 * answered (`asked`), so that an answer to a question an editor later removed can still be shown, apart, with its
 * question.
 */
import type { InstrumentDefinition, Part, Question, Section } from '@/features/instruments/model'

export interface ActionRow {
  id: string
  /** Wat: the planned action. */
  what: string
  /** Wie: who does it. */
  who: string
  /** Wanneer: when. */
  when: string
  /** Check: done (ticked off in the PDCA follow-up) and a note (borgen / bijsturen). */
  done: boolean
  note: string
}

export type AnswerValue =
  | { kind: 'open'; text: string }
  | { kind: 'checklist'; checked: string[] }
  | { kind: 'scale'; value: number | null }
  | { kind: 'actions'; rows: ActionRow[] }

export type Answer = AnswerValue & {
  /** "Fase 0: Brede basiszorg › Verbindend schoolklimaat › Schaal je school in": what was asked, when it was answered. */
  asked: string
}

/** Dated scale scores (PDCA follow-up): question id → score, for every scale question at that moment. */
export interface Snapshot {
  id: string
  /** ISO date-time. */
  takenAt: string
  scores: Record<string, number | null>
}

export interface FillIn {
  /** Random, made in the browser: identifies the fill-in across export and import. */
  id: string
  name: string
  instrumentSlug: string
  /** The instrument revision the answers were last given against. */
  revision: string
  createdAt: string
  updatedAt: string
  answers: Record<string, Answer>
  snapshots: Snapshot[]
}

export interface QuestionPlace {
  section: Section
  part: Part
  question: Question
}

/** Every question of the instrument by id, with where it stands. */
export function questionIndex(definition: InstrumentDefinition): Map<string, QuestionPlace> {
  const index = new Map<string, QuestionPlace>()
  for (const section of definition.sections)
    for (const part of section.parts) for (const question of part.questions) index.set(question.id, { section, part, question })
  return index
}

/** A section's heading is its title as the editor wrote it ("Fase 0 – Brede basiszorg", "Thuis"): the page frame's route map shows the same. */
export const sectionHeading = (_definition: InstrumentDefinition, section: Section): string => section.title

export const askedText = (definition: InstrumentDefinition, place: QuestionPlace): string =>
  [sectionHeading(definition, place.section), place.part.title, place.question.prompt].filter(Boolean).join(' › ')

export const emptyValue = (question: Question): AnswerValue => {
  switch (question.kind) {
    case 'open':
      return { kind: 'open', text: '' }
    case 'checklist':
      return { kind: 'checklist', checked: [] }
    case 'scale':
      return { kind: 'scale', value: null }
    case 'actions':
      return { kind: 'actions', rows: [] }
  }
}

export function newFillIn(definition: InstrumentDefinition, options: { id: string; name: string; now: Date }): FillIn {
  const at = options.now.toISOString()
  return {
    id: options.id,
    name: options.name.trim() || defaultName(definition, options.now),
    instrumentSlug: definition.slug,
    revision: definition.revision,
    createdAt: at,
    updatedAt: at,
    answers: {},
    snapshots: [],
  }
}

export const defaultName = (definition: InstrumentDefinition, now: Date): string =>
  `${definition.title} — ${new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' }).format(now)}`

/** The answer to a question, or its empty value; an answer of another kind (the editor changed the type) counts as empty. */
export function valueOf(fillIn: FillIn, question: Question): AnswerValue {
  const answer = fillIn.answers[question.id]
  return answer && answer.kind === question.kind ? answer : emptyValue(question)
}

/** A new fill-in with one answer set (never mutates: React state and the autosave compare by reference). */
export function setAnswer(definition: InstrumentDefinition, fillIn: FillIn, questionId: string, value: AnswerValue, now: Date): FillIn {
  const place = questionIndex(definition).get(questionId)
  if (!place || place.question.kind !== value.kind) return fillIn
  return {
    ...fillIn,
    revision: definition.revision,
    updatedAt: now.toISOString(),
    answers: { ...fillIn.answers, [questionId]: { ...value, asked: askedText(definition, place) } as Answer },
  }
}

export const rename = (fillIn: FillIn, name: string, now: Date): FillIn =>
  name.trim() ? { ...fillIn, name: name.trim().slice(0, 200), updatedAt: now.toISOString() } : fillIn

/** Whether an answer holds something: text, a tick, a score or an action with any content. */
export function isAnswered(value: AnswerValue | undefined, question?: Question): boolean {
  if (!value) return false
  switch (value.kind) {
    case 'open':
      return value.text.trim() !== ''
    case 'checklist': {
      const options = question?.options
      return options ? value.checked.some((id) => options.some((o) => o.id === id)) : value.checked.length > 0
    }
    case 'scale':
      return value.value !== null
    case 'actions':
      return value.rows.some((r) => [r.what, r.who, r.when, r.note].some((t) => t.trim() !== '') || r.done)
  }
}

export const emptyActionRow = (id: string): ActionRow => ({ id, what: '', who: '', when: '', done: false, note: '' })

/** Answers whose question no longer exists in this revision of the instrument (or changed its type), with what they answered. */
export function orphanAnswers(definition: InstrumentDefinition, fillIn: FillIn): [string, Answer][] {
  const index = questionIndex(definition)
  return Object.entries(fillIn.answers).filter(([id, answer]) => {
    const place = index.get(id)
    return (!place || place.question.kind !== answer.kind) && isAnswered(answer)
  })
}

/** An answer as plain Dutch text (the orphans list, the Word export). */
export function answerText(value: AnswerValue, question?: Question): string {
  switch (value.kind) {
    case 'open':
      return value.text.trim()
    case 'checklist': {
      const label = (id: string) => question?.options?.find((o) => o.id === id)?.label ?? id
      return value.checked.map(label).join('; ')
    }
    case 'scale':
      return value.value === null ? '' : `${value.value}/10`
    case 'actions':
      return value.rows
        .filter((r) => isAnswered({ kind: 'actions', rows: [r] }))
        .map((r) => `${r.what} (wie: ${r.who || '–'}; wanneer: ${r.when || '–'}${r.done ? '; afgewerkt' : ''}${r.note ? `; ${r.note}` : ''})`)
        .join('\n')
  }
}

/** Drops the answers to questions that no longer exist (the user read them and let them go). */
export function dropOrphans(definition: InstrumentDefinition, fillIn: FillIn, now: Date): FillIn {
  const orphans = new Set(orphanAnswers(definition, fillIn).map(([id]) => id))
  if (orphans.size === 0) return fillIn
  return { ...fillIn, updatedAt: now.toISOString(), answers: Object.fromEntries(Object.entries(fillIn.answers).filter(([id]) => !orphans.has(id))) }
}
