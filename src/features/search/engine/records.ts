/**
 * What the search index holds: one flat record per published topic, material, practice and partner, with the
 * text to search, the values to filter on, and what a result needs to show itself. Built from Payload documents
 * (depth 0) by pure functions, so the same records come out of SQLite and PostgreSQL.
 */
import {
  carePhases,
  educationLevels,
  labelOf,
  partnerTypes,
  regions as regionList,
  sourceTypes,
} from '@/shared/vocabulary'
import { fileKindOf, fileKinds, type FileKind } from '@/shared/format'
import { topicPath } from '@/shared/paths'
import { idOf, idsOf } from '@/shared/relations'
import type { Category, Instrument, Material, Media, Partner, Practice, Region, Theme, Topic } from '@/payload-types'

export const recordTypes = ['topic', 'material', 'practice', 'partner', 'instrument'] as const
export type RecordType = (typeof recordTypes)[number]

/** Filter groups; the keys are the (Dutch) URL parameters of the list pages. */
export type FacetKey = 'thema' | 'categorie' | 'bron' | 'doelgroep' | 'fase' | 'niveau' | 'regio' | 'formaat' | 'soort'

export interface FileInfo {
  url: string
  filename: string
  mimeType: string
  filesize: number
}

interface BaseRecord {
  /** Unique over all types: 'material:12'. */
  key: string
  id: number | string
  slug: string
  url: string
  title: string
  /** Summary or description: shown under the title, weighted above the body. */
  lead: string
  /** Labels that describe it (publisher, topics, categories, organiser…): searchable, shown as metadata. */
  meta: string
  /** Long text: a topic's why-text and insights, a file's text, a practice's description, a partner's services. */
  body: string
  /** Theme slugs, the one that gives the colour first. */
  themes: string[]
  facets: Partial<Record<FacetKey, string[]>>
}

export interface TopicRecord extends BaseRecord {
  type: 'topic'
  inProgress: boolean
}

export interface MaterialRecord extends BaseRecord {
  type: 'material'
  publisher: string
  sourceType: string
  publishedDate: string
  format: FileKind
  file: FileInfo | null
  externalUrl: string | null
}

export interface PracticeRecord extends BaseRecord {
  type: 'practice'
  organiser: string
  locality: string | null
  year: number | null
}

export interface PartnerRecord extends BaseRecord {
  type: 'partner'
  partnerType: string
  /** Where it works, as shown: "Halle (Vlaams-Brabant)", "Heel Vlaanderen". */
  regionNames: string[]
  locality: string | null
  website: string | null
}

/** An instrument of the learning groups (/instrumenten/<slug>): its steps, parts and questions are its body. */
export interface InstrumentRecord extends BaseRecord {
  type: 'instrument'
  madeBy: string
}

export type SearchRecord = TopicRecord | MaterialRecord | PracticeRecord | PartnerRecord | InstrumentRecord

export interface ThemeInfo {
  slug: string
  title: string
  colour: string
  order: number
}

/** The named values the filters offer, besides the fixed lists of src/shared/vocabulary.ts. */
export interface Taxonomy {
  themes: ThemeInfo[]
  categories: { slug: string; title: string }[]
  targetGroups: { slug: string; title: string }[]
  /** The partners' regions, each province followed by the regions inside it (`parent`: the province's slug). */
  regions?: RegionInfo[]
}

export interface RegionInfo {
  slug: string
  title: string
  parent: string | null
}

export interface SearchCorpus {
  records: SearchRecord[]
  taxonomy: Taxonomy
}

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list'])

/** Plain text of a Lexical rich-text value, a blank line between blocks. */
export const richTextToPlain = (value: unknown): string => {
  const out: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') out.push(node.text)
    if (node.type === 'linebreak') out.push('\n')
    for (const child of node.children ?? []) walk(child)
    if (node.type && BLOCKS.has(node.type)) out.push('\n\n')
  }
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (root) walk(root)
  return out.join('').replace(/\n{3,}/g, '\n\n').trim()
}

const unique = <T>(list: T[]): T[] => [...new Set(list)]
const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join('\n')

export interface PayloadDocs {
  themes: Theme[]
  topics: Topic[]
  materials: Material[]
  media: Media[]
  practices: Practice[]
  partners: Partner[]
  categories: Category[]
  /** Where partners work (a hierarchy: province → region); absent in corpora made before regions were a collection. */
  regions?: Region[]
  /** The instruments; absent in corpora made before instruments were searched. */
  instruments?: Instrument[]
}

/**
 * Turns published documents into records. Everything passed in counts as public: the caller reads as an anonymous
 * visitor. A link to something not passed in (a draft topic, a deleted partner) is dropped, so no draft title can
 * reach a result through a relation.
 */
export const toCorpus = (docs: PayloadDocs): SearchCorpus => {
  const themes = new Map(docs.themes.filter((t) => t.slug).map((t) => [t.id, t]))
  const topics = new Map(docs.topics.filter((t) => t.slug && themes.has(idOf(t.theme) as number)).map((t) => [t.id, t]))
  const categories = new Map(docs.categories.filter((c) => c.slug).map((c) => [c.id, c]))
  const media = new Map(docs.media.map((m) => [m.id, m]))
  const partners = new Map(docs.partners.filter((p) => p.slug).map((p) => [p.id, p]))
  const regions = new Map((docs.regions ?? []).filter((r) => r.slug).map((r) => [r.id, r]))
  /** A region and the regions it lies in, nearest first (a cycle an editor made by hand stops at the repeat). */
  const regionChain = (id: unknown): Region[] => {
    const chain: Region[] = []
    for (let region = regions.get(id as number); region && !chain.includes(region); region = regions.get(idOf(region.parent) as number)) {
      chain.push(region)
    }
    return chain
  }
  /** "Halle (Vlaams-Brabant)": a region with the province it lies in. */
  const regionLabel = (chain: Region[]) => (chain.length > 1 ? `${chain[0]!.title} (${chain[chain.length - 1]!.title})` : chain[0]!.title)

  const themeOf = (topic: Topic) => themes.get(idOf(topic.theme) as number)!
  const topicsOf = (list: unknown) => idsOf(list).map((id) => topics.get(id as number)).filter((t): t is Topic => !!t)
  const themeSlugsOf = (list: Topic[]) => unique(list.map((t) => themeOf(t).slug!))
  const themeTitlesOf = (list: Topic[]) => unique(list.map((t) => themeOf(t).title))
  const titles = (list: { title: string }[]) => list.map((t) => t.title).join(', ')

  const records: SearchRecord[] = []

  for (const topic of topics.values()) {
    const theme = themeOf(topic)
    const parent = topics.get(idOf(topic.parent) as number)
    const targetGroups = topicsOf(topic.targetGroups)
    records.push({
      type: 'topic',
      key: `topic:${topic.id}`,
      id: topic.id,
      slug: topic.slug!,
      url: topicPath(theme.slug!, topic.slug!),
      title: topic.title,
      lead: topic.summary,
      meta: join(theme.title, parent?.title, titles(targetGroups)),
      body: join(
        richTextToPlain(topic.why),
        ...(topic.insights ?? []).map((insight) => `${insight.text} (${insight.source})`),
        ...(topic.links ?? []).map((link) => link.label),
      ),
      themes: [theme.slug!],
      facets: { thema: [theme.slug!] },
      inProgress: topic.contentStatus === 'in-ontwikkeling',
    })
  }

  for (const material of docs.materials) {
    if (!material.slug) continue
    const linked = topicsOf(material.topics)
    const targetGroups = topicsOf(material.targetGroups)
    const cats = idsOf(material.categories).map((id) => categories.get(id as number)).filter((c): c is Category => !!c)
    const file = media.get(idOf(material.file) as number)
    const format = file ? fileKindOf(file.mimeType) : 'weblink'
    records.push({
      type: 'material',
      key: `material:${material.id}`,
      id: material.id,
      slug: material.slug,
      url: `/materialen/${material.slug}`,
      title: material.title,
      lead: material.description,
      meta: join(
        material.publisher,
        labelOf(sourceTypes, material.sourceType),
        titles(cats),
        titles(linked),
        titles(targetGroups),
        themeTitlesOf(linked).join(', '),
        file?.filename,
      ),
      body: file?.extractedText ?? '',
      themes: themeSlugsOf(linked),
      facets: {
        thema: themeSlugsOf(linked),
        categorie: cats.map((c) => c.slug!),
        bron: [material.sourceType],
        doelgroep: targetGroups.map((t) => t.slug!),
        fase: material.phases ?? [],
        niveau: material.educationLevels ?? [],
        regio: material.regions ?? [],
        formaat: [format],
      },
      publisher: material.publisher,
      sourceType: material.sourceType,
      publishedDate: material.publishedDate,
      format,
      file:
        file?.url && file.filename
          ? { url: file.url, filename: file.filename, mimeType: file.mimeType ?? '', filesize: file.filesize ?? 0 }
          : null,
      externalUrl: material.externalUrl ?? null,
    })
  }

  for (const practice of docs.practices) {
    if (!practice.slug) continue
    const linked = topicsOf(practice.topics)
    const targetGroups = topicsOf(practice.targetGroups)
    const involved = idsOf(practice.partners).map((id) => partners.get(id as number)).filter((p): p is Partner => !!p)
    records.push({
      type: 'practice',
      key: `practice:${practice.id}`,
      id: practice.id,
      slug: practice.slug,
      url: `/goede-praktijken/${practice.slug}`,
      title: practice.title,
      lead: practice.summary,
      meta: join(
        practice.organiser,
        practice.locality,
        involved.map((p) => p.name).join(', '),
        titles(linked),
        titles(targetGroups),
        (practice.regions ?? []).map((r) => labelOf(regionList, r)).join(', '),
      ),
      body: richTextToPlain(practice.description),
      themes: themeSlugsOf(linked),
      facets: {
        thema: themeSlugsOf(linked),
        doelgroep: targetGroups.map((t) => t.slug!),
        fase: practice.phases ?? [],
        niveau: practice.educationLevels ?? [],
        regio: practice.regions ?? [],
      },
      organiser: practice.organiser,
      locality: practice.locality ?? null,
      year: practice.year ?? null,
    })
  }

  const partnerChains = (partner: Partner) => idsOf(partner.regions).map(regionChain).filter((chain) => chain.length > 0)
  for (const partner of partners.values()) {
    records.push({
      type: 'partner',
      key: `partner:${partner.id}`,
      id: partner.id,
      slug: partner.slug!,
      url: `/partners/${partner.slug}`,
      title: partner.name,
      lead: partner.description,
      meta: join(labelOf(partnerTypes, partner.type), partner.locality, partnerChains(partner).map(regionLabel).join(', ')),
      body: (partner.services ?? []).map((s) => s.label).join('\n'),
      themes: [],
      // A region and every region it lies in: choosing a province finds the partners of its regions too.
      facets: { soort: [partner.type], regio: unique(partnerChains(partner).flatMap((chain) => chain.map((r) => r.slug!))) },
      partnerType: partner.type,
      regionNames: partnerChains(partner).map(regionLabel),
      locality: partner.locality ?? null,
      website: partner.website ?? null,
    })
  }

  for (const instrument of docs.instruments ?? []) {
    if (!instrument.slug) continue
    const sections = instrument.sections ?? []
    const linked = topicsOf([...idsOf(instrument.topics), ...sections.flatMap((s) => idsOf(s.topics))])
    records.push({
      type: 'instrument',
      key: `instrument:${instrument.id}`,
      id: instrument.id,
      slug: instrument.slug,
      url: `/instrumenten/${instrument.slug}`,
      title: instrument.title,
      lead: instrument.summary,
      meta: join(instrument.madeBy, titles(unique(linked))),
      body: join(...sections.map(sectionText)),
      themes: themeSlugsOf(linked),
      facets: { thema: themeSlugsOf(linked) },
      madeBy: instrument.madeBy,
    })
  }

  const targetGroupTheme = [...themes.values()].find((t) => t.slug === 'specifieke-doelgroepen')
  // A fixed order, whatever order the database returned: equal scores then rank the same on SQLite and PostgreSQL.
  const typeOrder: Record<RecordType, number> = { topic: 0, material: 1, practice: 2, partner: 3, instrument: 4 }
  records.sort((a, b) => typeOrder[a.type] - typeOrder[b.type] || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return {
    records,
    taxonomy: {
      themes: [...themes.values()]
        .sort((a, b) => a.order - b.order || a.slug!.localeCompare(b.slug!))
        .map((t) => ({ slug: t.slug!, title: t.title, colour: t.colour, order: t.order })),
      categories: [...categories.values()]
        .map((c) => ({ slug: c.slug!, title: c.title }))
        .sort((a, b) => a.title.localeCompare(b.title, 'nl')),
      targetGroups: [...topics.values()]
        .filter((t) => targetGroupTheme && idOf(t.theme) === targetGroupTheme.id && !idOf(t.parent))
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.slug!.localeCompare(b.slug!))
        .map((t) => ({ slug: t.slug!, title: t.title })),
      regions: regionTree([...regions.values()]),
    },
  }
}

/** The words of one step of an instrument: what a team reads and answers there (not the answers, which stay local). */
const sectionText = (section: Instrument['sections'][number]): string =>
  join(
    section.title,
    section.summary,
    section.intro,
    section.goal,
    ...(section.guidingQuestions ?? []).map((q) => q.text),
    section.clbRole,
    section.result,
    section.preconditions,
    ...(section.lists ?? []).flatMap((list) => [list.label, ...(list.items ?? []).map((item) => item.text)]),
    ...(section.parts ?? []).flatMap((part) => [
      part.title,
      part.text,
      ...(part.questions ?? []).flatMap((q) => [q.prompt, q.help, ...(q.options ?? []).map((o) => o.text)]),
    ]),
  )

/** Regions in the filter's order: each top-level region (by name) followed by the regions inside it (by name). */
const regionTree = (regions: Region[]): RegionInfo[] => {
  const byTitle = (a: Region, b: Region) => a.title.localeCompare(b.title, 'nl')
  const ids = new Set(regions.map((r) => r.id))
  const parentOf = (r: Region) => {
    const id = idOf(r.parent)
    return id !== undefined && ids.has(id as number) ? (id as number) : null
  }
  const slugOf = new Map(regions.map((r) => [r.id, r.slug!]))
  const top = regions.filter((r) => parentOf(r) === null).sort(byTitle)
  return top.flatMap((province) => [
    { slug: province.slug!, title: province.title, parent: null },
    ...regions
      .filter((r) => parentOf(r) === province.id)
      .sort(byTitle)
      .map((r) => ({ slug: r.slug!, title: r.title, parent: slugOf.get(province.id)! })),
  ])
}

/** Labels of the fixed option lists, by facet. */
export const fixedOptions: Partial<Record<FacetKey, readonly { value: string; label: string }[]>> = {
  bron: sourceTypes,
  fase: carePhases,
  niveau: educationLevels,
  regio: regionList,
  formaat: fileKinds,
  soort: partnerTypes,
}
