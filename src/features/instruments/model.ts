/**
 * An instrument as the page hands it to the browser: the content an editor built in the admin (collection
 * `instruments`), flattened to plain data. Pure types: the server maps a Payload document to this
 * (queries), the browser fills it in (answers never leave the browser) and exports it.
 *
 * Ids are the admin's array-row ids: they survive edits, so answers given to an older revision of the
 * instrument still find their question, and answers to removed questions can be shown apart.
 */

/** open answer · checklist · a score 0–10 ("Schaal je school in: __/10") · the action table Wat / Wie / Wanneer / Check. */
export type QuestionKind = 'open' | 'checklist' | 'scale' | 'actions'

export interface ChecklistOption {
  id: string
  label: string
}

export interface Question {
  id: string
  kind: QuestionKind
  /** What is asked, e.g. "Schaal je school in voor deze doelstelling" or "Waar wil je op inzetten om je score te verhogen?". */
  prompt: string
  help?: string
  /** Checklist items (kind 'checklist' only). */
  options?: ChecklistOption[]
}

/** One objective of a phase, one aspect of a domain, one moment of a checklist: a titled group of questions. */
export interface Part {
  id: string
  title: string
  /** Explanation paragraphs shown above the questions. */
  text?: string[]
  questions: Question[]
}

export interface Link {
  label: string
  href: string
}

/** A phase (of the care continuum or of a dialogue) or a domain: the instrument's steps, in order. */
export interface Section {
  id: string
  title: string
  /** The section's core in a few words, shown on the route map (e.g. "Vroegdetectie en interventie"). */
  summary?: string
  intro?: string[]
  /** The dialogue-sheet fields (PLG Limburg): doel, richtvragen, rol CLB, resultaat, voorwaarden. */
  goal?: string
  guidingQuestions?: string[]
  clbRole?: string
  result?: string
  preconditions?: string
  /** Further labelled lists, e.g. what widens or narrows the window of tolerance. */
  lists?: { label: string; items: string[] }[]
  parts: Part[]
  /** Topics and materials that help with this section. */
  links: Link[]
}

export interface InstrumentDefinition {
  slug: string
  title: string
  summary: string
  /** Who made it, e.g. "PLG Antwerpen". */
  madeBy: string
  /** What one section is called on the page: "Fase", "Domein", "Moment". */
  sectionLabel: string
  /** Changes whenever the published instrument changes (its updatedAt): a fill-in records the one it was made for. */
  revision: string
  /** Dated snapshots of the scores, shown as a chart per objective (PDCA follow-up). */
  followUp: boolean
  /** Draw the route map: the sections as a clickable path (the care continuum). */
  routeMap: boolean
  sections: Section[]
  /** Where the instrument comes from and what it serves. */
  material?: Link
  topics: Link[]
}
