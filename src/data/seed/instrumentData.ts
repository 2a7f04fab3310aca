import type { SeedInstrument } from './data/types'

export type Id = number | string

/** The ids of seeded documents by slug; an unknown slug is an error in the seed data. */
export const idsBySlug = (map: Map<string, Id>, slugs: readonly string[] | undefined, what: string): Id[] =>
  (slugs ?? []).map((slug) => {
    const id = map.get(slug)
    if (id === undefined) throw new Error(`Seed data names an unknown ${what}: '${slug}'`)
    return id
  })

const rows = (texts: readonly string[] | undefined) => texts?.map((text) => ({ text }))
const paragraphs = (texts: readonly string[] | undefined) => texts?.join('\n\n')

/**
 * An instrument as the collection stores it (pure, so the search tests build the same documents from the seed without
 * a database): lists become array rows, paragraphs one text with blank lines.
 */
export const instrumentData = (instrument: SeedInstrument, topicIds: Map<string, Id>, materialIds: Map<string, Id>) => ({
  title: instrument.title,
  summary: instrument.summary,
  madeBy: instrument.madeBy,
  sectionLabel: instrument.sectionLabel,
  followUp: instrument.followUp,
  routeMap: instrument.routeMap,
  material: idsBySlug(materialIds, [instrument.material], 'material')[0],
  topics: idsBySlug(topicIds, instrument.topics, 'topic'),
  sections: instrument.sections.map((section) => ({
    title: section.title,
    summary: section.summary,
    intro: paragraphs(section.intro),
    goal: section.goal,
    guidingQuestions: rows(section.guidingQuestions),
    clbRole: section.clbRole,
    result: section.result,
    preconditions: section.preconditions,
    lists: section.lists?.map((list) => ({ label: list.label, items: rows(list.items) })),
    parts: section.parts.map((part) => ({
      title: part.title,
      text: paragraphs(part.text),
      questions: part.questions.map((question) => ({
        kind: question.kind,
        prompt: question.prompt,
        help: question.help,
        options: rows(question.options),
      })),
    })),
    topics: idsBySlug(topicIds, section.topics, 'topic'),
    materials: idsBySlug(materialIds, section.materials, 'material'),
  })),
})

