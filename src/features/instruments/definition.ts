/**
 * A published instrument document → InstrumentDefinition (model.ts), the plain data the page frame and the
 * browser's workspace share. Pure mapping plus one query that takes its Payload instance, so tests run it on
 * their own databases; src/features/instruments/queries.ts uses it for the pages.
 */
import type { Payload, TypedUser } from 'payload'

import type { Instrument, Material, Theme, Topic } from '@/payload-types'
import { isSlug, materialPath, topicPath } from '@/shared/paths'
import type { InstrumentDefinition, Link, QuestionKind, Section } from './model'

/** Paragraphs are separated by a blank line in the admin's text areas. */
export const toParagraphs = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

const optional = (text: string | null | undefined): string | undefined => (text?.trim() ? text.trim() : undefined)

const isObject = <T extends object>(value: unknown): value is T => typeof value === 'object' && value !== null

/** A topic's page needs its theme's slug: only a populated, published topic of a populated theme gets a link. */
const topicLink = (value: unknown): Link[] => {
  if (!isObject<Topic>(value) || !value.slug || !isObject<Theme>(value.theme) || !value.theme.slug) return []
  return [{ label: value.title, href: topicPath(value.theme.slug, value.slug) }]
}

const materialLink = (value: unknown): Link[] =>
  isObject<Material>(value) && value.slug ? [{ label: value.title, href: materialPath(value.slug) }] : []

const kinds: readonly QuestionKind[] = ['open', 'checklist', 'scale', 'actions']

/**
 * A published instrument as the page hands it to the browser. Array-row ids become the definition's ids (they
 * survive edits); the row's position stands in only for a row without one, which Payload does not store.
 */
export const toInstrumentDefinition = (doc: Instrument): InstrumentDefinition => ({
  slug: doc.slug ?? String(doc.id),
  title: doc.title,
  summary: doc.summary,
  madeBy: doc.madeBy,
  sectionLabel: doc.sectionLabel,
  revision: doc.updatedAt,
  followUp: doc.followUp === true,
  routeMap: doc.routeMap === true,
  material: materialLink(doc.material)[0],
  topics: (doc.topics ?? []).flatMap(topicLink),
  sections: (doc.sections ?? []).map(
    (section, s): Section => ({
      id: section.id ?? `s${s}`,
      title: section.title,
      summary: optional(section.summary),
      intro: toParagraphs(section.intro),
      goal: optional(section.goal),
      guidingQuestions: (section.guidingQuestions ?? []).map((row) => row.text),
      clbRole: optional(section.clbRole),
      result: optional(section.result),
      preconditions: optional(section.preconditions),
      lists: (section.lists ?? []).map((list) => ({ label: list.label, items: (list.items ?? []).map((row) => row.text) })),
      parts: (section.parts ?? []).map((part, p) => ({
        id: part.id ?? `s${s}p${p}`,
        title: part.title,
        text: toParagraphs(part.text),
        questions: (part.questions ?? [])
          .filter((question) => kinds.includes(question.kind))
          .map((question, q) => ({
            id: question.id ?? `s${s}p${p}q${q}`,
            kind: question.kind,
            prompt: question.prompt,
            help: optional(question.help),
            ...(question.kind === 'checklist'
              ? { options: (question.options ?? []).map((option, o) => ({ id: option.id ?? `s${s}p${p}q${q}o${o}`, label: option.text })) }
              : {}),
          })),
      })),
      links: [...(section.topics ?? []).flatMap(topicLink), ...(section.materials ?? []).flatMap(materialLink)],
    }),
  ),
})

/** Related documents carry only what a link needs; a topic's theme only its slug. */
const linkFields = {
  topics: { title: true, slug: true, theme: true },
  themes: { slug: true },
  materials: { title: true, slug: true },
} as const

/**
 * One published instrument, or undefined for an unknown slug or a draft (given a Payload instance: tests pass theirs).
 * `reader` is an editor's preview (data/preview.ts): then the latest draft, read as that editor.
 */
export const findInstrument = async (
  payload: Payload,
  slug: string,
  reader: { overrideAccess: false; draft?: true; user?: TypedUser } = { overrideAccess: false },
): Promise<InstrumentDefinition | undefined> => {
  if (!isSlug(slug)) return undefined
  // Read as an anonymous visitor: drafts, and relations to drafts, never reach a page (except in a preview).
  const { docs } = await payload.find({
    collection: 'instruments',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    populate: linkFields,
    ...reader,
  })
  return docs[0] ? toInstrumentDefinition(docs[0]) : undefined
}
