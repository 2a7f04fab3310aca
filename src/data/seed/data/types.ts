/**
 * Shapes of the seed content. The data files beside this one are plain data in these shapes;
 * `src/data/seed/seed.ts` turns them into documents through Payload's local API.
 * Cross references (counterparts, target groups, partners, topics) are by slug.
 */
import type {
  CarePhase,
  EducationLevel,
  InstrumentSectionLabel,
  PartnerType,
  QuestionKindValue,
  Region,
  SourceType,
  ThemeSlug,
  TopicStatus,
} from '@/shared/vocabulary'

export interface SeedTheme {
  slug: ThemeSlug
  title: string
  /** One line shown on the map and at the top of the theme page. */
  summary: string
  /** A short introduction (1-2 paragraphs) for the theme page. */
  intro: string[]
  order: number
}

export interface SeedInsight {
  /** One research-based insight, in Dutch, in our own words. */
  text: string
  /** Where it comes from: author(s), year, title or organisation. */
  source: string
  url?: string
}

export interface SeedLink {
  label: string
  url: string
}

export interface SeedTopic {
  slug: string
  title: string
  theme: ThemeSlug
  /** Slug of the parent topic, for topics nested deeper than a sub-theme. */
  parent?: string
  /** One line: what this topic is about. */
  summary: string
  /** The "Waarom …?" text: a few paragraphs, plain text (no markdown). */
  why: string[]
  insights: SeedInsight[]
  links: SeedLink[]
  status: TopicStatus
  /** Drawn on the orange-to-green transition (a risk that becomes protective with the right support). */
  gradient?: boolean
  /** Slugs of risk ↔ protective counterparts (declare the pair on either side; the seed links both ways). */
  counterparts?: string[]
  /** Slugs of topics in the theme 'specifieke-doelgroepen'. */
  targetGroups?: string[]
  /** ISO date (YYYY-MM-DD). */
  lastReviewed: string
  order: number
}

export interface SeedCategory {
  slug: string
  title: string
}

/** The text of a material's document, rendered to PDF or DOCX at seed time. */
export interface SeedDocumentSection {
  heading: string
  paragraphs?: string[]
  bullets?: string[]
  /** A simple table: first row is the header. */
  table?: string[][]
}

export interface SeedMaterial {
  slug: string
  title: string
  /** Two or three sentences for the library listing. */
  description: string
  sourceType: SourceType
  publisher: string
  /** ISO date (YYYY-MM-DD). */
  publishedDate: string
  topics: string[]
  categories: string[]
  targetGroups: string[]
  phases: CarePhase[]
  educationLevels: EducationLevel[]
  regions: Region[]
  /** Which kind of file is generated for it. */
  format: 'pdf' | 'docx'
  /** File name without extension, e.g. 'preventieplan-afwezigheden-plg-antwerpen'. */
  fileName: string
  document: { title: string; subtitle?: string; sections: SeedDocumentSection[] }
  externalUrl?: string
}

export interface SeedPractice {
  slug: string
  title: string
  summary: string
  description: string[]
  /** Who runs it, in words (e.g. 'GO! CLB Vilvoorde met de basisscholen'). */
  organiser: string
  /** Town or area, e.g. 'Halle'. */
  locality?: string
  regions: Region[]
  partners: string[]
  topics: string[]
  targetGroups: string[]
  phases: CarePhase[]
  educationLevels: EducationLevel[]
  website?: string
  /** Year it started or was presented. */
  year?: number
}

/** A region partners work in (src/data/collections/Regions): a province at the top, or a region inside one. */
export interface SeedRegion {
  slug: string
  title: string
  /** The slug of the province it lies in; none at the top. */
  parent?: string
}

export interface SeedPartner {
  slug: string
  name: string
  type: PartnerType
  /** Slugs of regions (./regions.ts): the province where it works province-wide, else the local region. */
  regions: string[]
  /** Town or area where it works, when it is local. */
  locality?: string
  description: string
  services: string[]
  website?: string
}

/** A question of an instrument (src/features/instruments/model.ts): checklist items in `options`. */
export interface SeedQuestion {
  kind: QuestionKindValue
  prompt: string
  help?: string
  options?: string[]
}

export interface SeedInstrumentPart {
  title: string
  /** Paragraphs shown above the questions. */
  text?: string[]
  questions: SeedQuestion[]
}

export interface SeedInstrumentSection {
  title: string
  /** The core in a few words, on the route map. */
  summary?: string
  intro?: string[]
  goal?: string
  guidingQuestions?: string[]
  clbRole?: string
  result?: string
  preconditions?: string
  lists?: { label: string; items: string[] }[]
  parts: SeedInstrumentPart[]
  /** Slugs of topics and materials that help with this section. */
  topics?: string[]
  materials?: string[]
}

export interface SeedInstrument {
  slug: string
  title: string
  summary: string
  madeBy: string
  sectionLabel: InstrumentSectionLabel
  followUp: boolean
  routeMap: boolean
  /** Slug of the material (Word/PDF) this instrument is the online version of. */
  material: string
  topics: string[]
  sections: SeedInstrumentSection[]
}
