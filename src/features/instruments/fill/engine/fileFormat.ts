/**
 * The fill-in file: what "Bewaar als bestand" writes and "Bestand openen" reads, so a colleague can continue on
 * another computer. JSON with a format name and version, the instrument's slug and revision, and the fill-in.
 *
 * Reading is strict and never throws: a file that is not JSON, not a fill-in, made with a newer format, for another
 * instrument, or damaged gets a Dutch message; one made for another revision of this instrument opens, and the
 * caller shows the answers to questions that no longer exist apart (orphanAnswers). Validation with valibot: a
 * schema library keeps the checks declarative and complete (every field, every nesting), and valibot's functions are
 * imported one by one, so the page's script grows by a few kilobytes rather than a whole library.
 */
import * as v from 'valibot'

import type { InstrumentDefinition } from '@/features/instruments/model'
import type { FillIn } from './answers'

export const FILE_FORMAT = 'toolbox-schooluitval/invulling'
export const FILE_VERSION = 1
/** Far more than a filled-in plan with years of snapshots (a few hundred kB); anything bigger is not ours. */
export const MAX_FILE_BYTES = 5_000_000

const text = (max: number) => v.pipe(v.string(), v.maxLength(max))
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200))
const isoDate = v.pipe(v.string(), v.isoTimestamp())
const score = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)))

const actionRow = v.object({
  id,
  what: text(5_000),
  who: text(1_000),
  when: text(1_000),
  done: v.boolean(),
  note: text(5_000),
})

const answer = v.variant('kind', [
  v.object({ kind: v.literal('open'), text: text(100_000), asked: text(2_000) }),
  v.object({ kind: v.literal('checklist'), checked: v.pipe(v.array(id), v.maxLength(1_000)), asked: text(2_000) }),
  v.object({ kind: v.literal('scale'), value: score, asked: text(2_000) }),
  v.object({ kind: v.literal('actions'), rows: v.pipe(v.array(actionRow), v.maxLength(1_000)), asked: text(2_000) }),
])

const fillInSchema = v.object({
  id,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  instrumentSlug: id,
  revision: text(200),
  createdAt: isoDate,
  updatedAt: isoDate,
  answers: v.record(id, answer),
  snapshots: v.pipe(v.array(v.object({ id, takenAt: isoDate, scores: v.record(id, score) })), v.maxLength(10_000)),
})

const envelope = v.object({
  format: v.literal(FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  instrument: v.object({ slug: id, title: text(500), revision: text(200) }),
  exportedAt: isoDate,
  fillIn: v.unknown(),
})

/** A fill-in read back from this browser's storage, checked like a file's (storage can be edited in the developer tools). */
export function asFillIn(value: unknown): FillIn | null {
  const result = v.safeParse(fillInSchema, value)
  return result.success ? result.output : null
}

export interface FillInFile {
  format: typeof FILE_FORMAT
  version: number
  instrument: { slug: string; title: string; revision: string }
  exportedAt: string
  fillIn: FillIn
}

export function toFile(definition: InstrumentDefinition, fillIn: FillIn, now: Date): FillInFile {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    instrument: { slug: definition.slug, title: definition.title, revision: fillIn.revision },
    exportedAt: now.toISOString(),
    fillIn,
  }
}

export const fileText = (file: FillInFile): string => `${JSON.stringify(file, null, 2)}\n`

/** "preventieplan-afwezigheden-sint-jozef-2026.json" */
export function fileName(name: string, extension: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'invulling'}.${extension}`
}

export type ReadResult =
  | {
      ok: true
      fillIn: FillIn
      /** The file was made for another revision of the instrument than the one on the page. */
      otherRevision: 'older' | 'newer' | null
      /** Dutch: what the user should know (another revision), or null. */
      notice: string | null
    }
  | { ok: false; reason: 'corrupt' | 'not-a-fill-in' | 'newer-format' | 'other-instrument' | 'too-large'; message: string }

const fail = (reason: Extract<ReadResult, { ok: false }>['reason'], message: string): ReadResult => ({ ok: false, reason, message })

/** Reads a file's text (or its byte length first, when known) for the instrument on the page. */
export function readFillInFile(content: string, definition: InstrumentDefinition, options: { bytes?: number } = {}): ReadResult {
  if ((options.bytes ?? content.length) > MAX_FILE_BYTES)
    return fail('too-large', 'Dit bestand is te groot voor een invulling (meer dan 5 MB). Kies het bestand dat u met "Bewaar als bestand" maakte.')
  let data: unknown
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    return fail(
      'corrupt',
      looksLikeJson(content)
        ? 'Dit bestand is beschadigd: het is onvolledig of werd gewijzigd en kan niet gelezen worden. Vraag de afzender om het opnieuw te bewaren.'
        : 'Dit is geen bestand van een invulling. Kies een .json-bestand dat met "Bewaar als bestand" gemaakt werd (een Word- of PDF-bestand kan niet terug ingelezen worden).',
    )
  }
  const head = v.safeParse(envelope, data)
  if (!head.success) {
    const format = typeof data === 'object' && data !== null && 'format' in data ? (data as { format: unknown }).format : undefined
    if (format !== FILE_FORMAT)
      return fail('not-a-fill-in', 'Dit is geen bestand van een invulling uit de Toolbox Schooluitval. Kies een bestand dat met "Bewaar als bestand" gemaakt werd.')
    return fail('corrupt', 'Dit bestand is beschadigd: een deel ervan ontbreekt of klopt niet. Er werd niets ingelezen.')
  }
  const file = head.output
  if (file.version > FILE_VERSION)
    return fail('newer-format', 'Dit bestand werd gemaakt met een nieuwere versie van de toolbox en kan hier nog niet gelezen worden. Herlaad de pagina en probeer opnieuw.')
  if (file.instrument.slug !== definition.slug)
    return fail(
      'other-instrument',
      `Dit bestand hoort bij een ander instrument ("${file.instrument.title}"), niet bij "${definition.title}". Open het op de pagina van dat instrument.`,
    )
  const body = v.safeParse(fillInSchema, file.fillIn)
  if (!body.success || body.output.instrumentSlug !== definition.slug)
    return fail('corrupt', 'Dit bestand is beschadigd: een deel van de antwoorden klopt niet. Er werd niets ingelezen.')
  const fillIn: FillIn = body.output
  if (fillIn.revision === definition.revision) return { ok: true, fillIn, otherRevision: null, notice: null }
  const older = fillIn.revision < definition.revision
  return {
    ok: true,
    fillIn,
    otherRevision: older ? 'older' : 'newer',
    notice: older
      ? 'Deze invulling werd gemaakt voor een oudere versie van het instrument. De antwoorden staan bij de vragen die nog bestaan; antwoorden op vragen die intussen verdwenen of veranderden, staan apart onderaan.'
      : 'Deze invulling werd gemaakt voor een nieuwere versie van het instrument dan deze pagina toont. Herlaad de pagina; antwoorden op vragen die hier niet staan, staan apart onderaan.',
  }
}

const looksLikeJson = (content: string): boolean => /^\s*[[{]/.test(content.replace(/^\uFEFF/, ''))
