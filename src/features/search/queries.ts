/**
 * The search index of this app instance, fed from Payload, and the list queries built on it: the materials,
 * practices and partners pages (one `queryListing` with a spec each) and the site search (/zoeken).
 *
 * The index holds what an anonymous visitor may read (published documents only, read with the visitor's access
 * rules) and is brought up to date when the database's change stamp moves — also after an edit made through
 * another instance — checked at most every two seconds (see src/features/search/engine/freshness.ts): only the changed documents
 * are read and re-indexed; a deletion or a taxonomy change rebuilds it in full.
 */
import { LRUCache } from 'lru-cache'
import type { Payload, Where } from 'payload'

import type { Material, Media } from '@/payload-types'

import {
  buildIndex,
  compareTitles,
  createFresh,
  describeHit,
  list,
  paginate,
  parseQuery,
  runQuery,
  suggestQueries,
  themeEntries,
  toCorpus,
  updateIndex,
  type Correction,
  type FacetKey,
  type Fresh,
  type HitView,
  type PayloadDocs,
  type RecordType,
  type SearchCorpus,
  type SearchIndex,
  type SearchRecord,
  type Selection,
  type Taxonomy,
  type ThemeInfo,
} from './engine'
import { payloadClient } from '@/data/payload'
import { idOf, type Id } from '@/shared/relations'

/** Collections whose changes can change what the index holds. */
const watched = ['themes', 'topics', 'materials', 'practices', 'partners', 'instruments', 'categories', 'regions', 'media'] as const
type Watched = (typeof watched)[number]

/** Per collection: how many documents and the newest updatedAt. Nine small queries, each on an index. */
export const readChangeStamp = async (payload: Payload) =>
  Promise.all(
    watched.map(async (collection) => {
      const { totalDocs, docs } = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: true,
      })
      return [collection, totalDocs, (docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? null] as const
    }),
  )

export type ChangeStamp = Awaited<ReturnType<typeof readChangeStamp>>

/** What an index is made from: the documents a visitor may read, and every document's id (drafts too). */
export interface CorpusSource {
  docs: PayloadDocs
  /** Per collection, the ids of all documents seen, published or not: tells a deletion apart (see updateSource). */
  ids: Record<Watched, Set<Id>>
}

const asVisitor = { depth: 0, pagination: false, overrideAccess: false } as const
const CHUNK = 500

/** The files of published materials: only these are read (with their text), not every upload. */
const referencedMedia = (materials: Material[]): Id[] => [
  ...new Set(materials.map((m) => idOf(m.file)).filter((id) => id !== undefined)),
]

const mediaByIds = async (payload: Payload, ids: Id[]): Promise<Media[]> => {
  const out: Media[] = []
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: ids.slice(i, i + CHUNK) } },
      ...asVisitor,
      // The files' extracted text is hidden from the API; the index may read it.
      showHiddenFields: true,
    })
    out.push(...docs)
  }
  return out
}

const allIds = async (payload: Payload, collection: Watched, where?: Where) => {
  const { docs } = await payload.find({ collection, where, depth: 0, pagination: false, select: { updatedAt: true }, overrideAccess: true })
  return docs.map((d) => d.id as Id)
}

/** Everything the index holds, read as an anonymous visitor (drafts never get in), and the ids of all documents. */
export const loadSource = async (payload: Payload): Promise<CorpusSource> => {
  const [themes, topics, materials, practices, partners, categories, regions, instruments] = await Promise.all([
    payload.find({ collection: 'themes', ...asVisitor }),
    payload.find({ collection: 'topics', ...asVisitor }),
    payload.find({ collection: 'materials', ...asVisitor }),
    payload.find({ collection: 'practices', ...asVisitor }),
    payload.find({ collection: 'partners', ...asVisitor }),
    payload.find({ collection: 'categories', ...asVisitor }),
    payload.find({ collection: 'regions', ...asVisitor }),
    payload.find({ collection: 'instruments', ...asVisitor }),
  ])
  const [media, ...ids] = await Promise.all([
    mediaByIds(payload, referencedMedia(materials.docs)),
    ...watched.map((collection) => allIds(payload, collection)),
  ])
  return {
    docs: {
      themes: themes.docs,
      topics: topics.docs,
      materials: materials.docs,
      practices: practices.docs,
      partners: partners.docs,
      categories: categories.docs,
      regions: regions.docs,
      instruments: instruments.docs,
      media,
    },
    ids: Object.fromEntries(watched.map((collection, i) => [collection, new Set(ids[i])])) as CorpusSource['ids'],
  }
}

export const loadCorpus = async (payload: Payload): Promise<SearchCorpus> => toCorpus((await loadSource(payload)).docs)

/** Changes to these reshape the filters and the labels of many records: a full build is simpler and as quick. */
const taxonomyCollections: readonly Watched[] = ['themes', 'categories', 'regions']
/** More changed documents than this in one collection: a full build. */
const MAX_CHANGED = 500

/**
 * The source at stamp `to`, from the source at stamp `from`, reading only the documents changed since `from`
 * (updatedAt at or after its newest: the same millisecond may hold another edit). Undefined when that cannot be
 * done safely: a theme or category changed, or a document was deleted — seen as the collection's count being
 * lower than the number of documents ever seen (a creation and a deletion between two checks keep the count).
 * An unpublished document is changed too: as the visitor cannot read it any more, it is dropped.
 */
export const updateSource = async (
  payload: Payload,
  source: CorpusSource,
  from: ChangeStamp,
  to: ChangeStamp,
): Promise<CorpusSource | undefined> => {
  const docs: PayloadDocs = { ...source.docs }
  const ids = { ...source.ids }
  let touchedMedia = new Set<Id>()
  for (let i = 0; i < watched.length; i++) {
    const collection = watched[i]!
    const [, , since] = from[i]!
    const [, count, newest] = to[i]!
    if (since === newest && count === ids[collection].size) continue
    if (taxonomyCollections.includes(collection) || !since) return undefined
    const where: Where = { updatedAt: { greater_than_equal: since } }
    const [touched, visible] = await Promise.all([
      allIds(payload, collection, where),
      collection === 'media' ? undefined : payload.find({ collection, where, ...asVisitor }),
    ])
    if (touched.length > MAX_CHANGED) return undefined
    const known = new Set(ids[collection])
    for (const id of touched) known.add(id)
    if (known.size !== count) return undefined
    ids[collection] = known
    const changed = new Set(touched)
    if (collection === 'media') {
      touchedMedia = changed
      continue
    }
    const list = docs[collection] as { id: Id }[]
    ;(docs as unknown as Record<string, { id: Id }[]>)[collection] = [
      ...list.filter((doc) => !changed.has(doc.id)),
      ...(visible!.docs as { id: Id }[]),
    ]
  }
  // The files: those of the published materials now; read again when changed or new.
  const held = new Map(docs.media.map((m) => [m.id as Id, m]))
  const wanted = referencedMedia(docs.materials)
  const fetched = new Map(
    (await mediaByIds(payload, wanted.filter((id) => !held.has(id) || touchedMedia.has(id)))).map((m) => [m.id as Id, m]),
  )
  docs.media = wanted
    .map((id) => fetched.get(id) ?? (touchedMedia.has(id) ? undefined : held.get(id)))
    .filter((m): m is Media => !!m)
  return { docs, ids }
}

export interface SearchServiceOptions {
  checkIntervalMs?: number
  waitForRebuildMs?: number
  maxAgeMs?: number
}

/** More changed records than this (a renamed topic relabels its materials): a full build instead of an update. */
const MAX_UPDATED_RECORDS = 1_000

/**
 * An index kept fresh against one Payload instance's database: built in full at first, then brought up to date
 * with only what changed (updateSource, then updateIndex), and built in full again when that cannot be done.
 */
export const createSearchService = (payload: Payload, options: SearchServiceOptions = {}): Fresh<SearchIndex> => {
  let source: CorpusSource | undefined
  return createFresh<ChangeStamp, SearchIndex>({
    readStamp: () => readChangeStamp(payload),
    build: async () => {
      source = undefined
      const loaded = await loadSource(payload)
      const index = await buildIndex(toCorpus(loaded.docs))
      source = loaded
      payload.logger.info(`Search index built: ${index.records.length} documents in ${Math.round(index.buildMs)} ms`)
      return index
    },
    update: async (index, from, to) => {
      if (!source) return undefined
      const next = await updateSource(payload, source, from, to)
      if (!next) return undefined
      // From here the index changes in place: if this fails, the source no longer says what it holds.
      source = undefined
      const started = performance.now()
      const updated = await updateIndex(index, toCorpus(next.docs), { maxChanges: MAX_UPDATED_RECORDS })
      if (!updated) return undefined
      source = next
      payload.logger.debug(`Search index updated in ${Math.round(performance.now() - started)} ms (update ${updated.updates})`)
      return updated
    },
    onError: (error, during) =>
      payload.logger.error(
        { err: error },
        `Search index: the ${during === 'stamp' ? 'change check' : during === 'update' ? 'update' : 'rebuild'} failed`,
      ),
    ...options,
  })
}

// One per process; on globalThis because Next.js may load this module more than once (route bundles, reloads).
const holder = globalThis as typeof globalThis & { __toolboxSearch?: Fresh<SearchIndex> }

export const getSearchIndex = async (): Promise<SearchIndex> => {
  holder.__toolboxSearch ??= createSearchService(await payloadClient())
  return holder.__toolboxSearch.get()
}

/**
 * Builds the index at server start (src/instrumentation.ts), so the first visitor does not wait for it. Not awaited
 * there: the server takes requests meanwhile, and one that needs the index waits for this same build.
 */
export const warmSearchIndex = async () => {
  try {
    await getSearchIndex()
  } catch (error) {
    ;(await payloadClient()).logger.error({ err: error }, 'Search index: the first build failed')
  }
}

// ───────────────────────────── list pages ─────────────────────────────

export interface OptionSpec {
  value: string
  label: string
  /** 1 for an option inside the one above it (a region in its province): shown indented. */
  depth?: number
}

export interface FacetGroupSpec {
  key: FacetKey
  label: string
  options: (taxonomy: Taxonomy) => readonly OptionSpec[]
}

export interface SortSpec<R extends SearchRecord> {
  value: string
  label: string
  compare: (a: R, b: R) => number
}

export interface ListingSpec<R extends SearchRecord> {
  type: R['type']
  groups: readonly FacetGroupSpec[]
  /** The first is the default when there are no search words. */
  sorts: readonly SortSpec<R>[]
  pageSize: number
  /** Group the page under theme headings (the materials library's "per rubriek"). */
  groupByTheme?: boolean
}

/** What a list page asks for, as read from its URL (src/features/library/ui/params.ts). */
export interface ListingRequest {
  q: string
  selection: Partial<Record<string, string[]>>
  sort?: string
  view?: string
  page: number
}

export interface FacetOptionView {
  value: string
  label: string
  count: number
  checked: boolean
  depth?: number
}

export interface FacetGroupView {
  key: FacetKey
  label: string
  options: FacetOptionView[]
}

export interface ListingItem<R extends SearchRecord> {
  record: R
  view: HitView
  /** In the per-theme view: the theme heading it is listed under (null: "Zonder thema"). */
  theme?: string | null
}

/** What every result page shows around its hits: the query as read, paging, and help when little was found. */
export interface ResultPage {
  q: string
  queryTruncated: boolean
  onlyStopWords: boolean
  total: number
  page: number
  pageCount: number
  pageAdjusted: boolean
  mode: 'all' | 'any' | 'browse'
  corrections: Correction[]
  suggestions: string[]
  themes: ThemeInfo[]
}

export interface ListingModel<R extends SearchRecord> extends ResultPage {
  groups: FacetGroupView[]
  /** The valid selection (unknown values dropped). */
  selection: Selection
  /** Some values in the URL were not known filters and were left out. */
  ignoredFilters: boolean
  /** '' is the default order. */
  sort: string
  sorts: { value: string; label: string }[]
  view: 'thema' | 'lijst'
  /** The list can be shown per theme (materials). */
  groupable: boolean
  /** The view the URL asked for, kept through the form; null when it is the default. */
  requestedView: 'thema' | 'lijst' | null
  items: ListingItem<R>[]
  /** Per-theme view, from page 2 on: the page's first theme heading carries on from the previous page. */
  continuesTheme: boolean
}

export const byTitle = compareTitles

/** Per index and type: which values occur at all. Options nothing uses are not offered (the panel stays stable). */
const valuesInUse = new WeakMap<SearchIndex, Map<RecordType, Map<FacetKey, Set<string>>>>()

const inUse = (index: SearchIndex, type: RecordType): Map<FacetKey, Set<string>> => {
  let perType = valuesInUse.get(index)
  if (!perType) valuesInUse.set(index, (perType = new Map()))
  let values = perType.get(type)
  if (!values) {
    values = new Map()
    for (const record of index.records) {
      if (record.type !== type) continue
      for (const [key, list] of Object.entries(record.facets) as [FacetKey, string[]][]) {
        let set = values.get(key)
        if (!set) values.set(key, (set = new Set()))
        for (const value of list) set.add(value)
      }
    }
    perType.set(type, values)
  }
  return values
}

/**
 * Results already worked out, per index and kind of page, by the request as read from the URL (issue 11): a list or
 * search is a pure function of the index and the request, and the same few requests come again and again (the
 * unfiltered lists, a search linked from a newsletter). Keyed by the index object itself, which every update or
 * rebuild replaces (`updateIndex` and `buildIndex` return a new one), so a publish is never answered from here once
 * the index has it — the index's own freshness check (every 2 s) is what decides, as before. Bounded by count: a
 * model is a few kilobytes (it points into the index's records rather than copying them). The models are shared
 * between requests: the pages only read them.
 */
const computed = new WeakMap<SearchIndex, WeakMap<object, LRUCache<string, object>>>()
const COMPUTED_PER_PAGE = 256

const remembered = <T extends object>(index: SearchIndex, kind: object, key: string, compute: () => T): T => {
  let perKind = computed.get(index)
  if (!perKind) computed.set(index, (perKind = new WeakMap()))
  let cache = perKind.get(kind)
  if (!cache) perKind.set(kind, (cache = new LRUCache<string, object>({ max: COMPUTED_PER_PAGE })))
  let value = cache.get(key) as T | undefined
  if (!value) cache.set(key, (value = compute()))
  return value
}

/** The request as a key: every field that changes the model, in a fixed order (undefined and NaN kept apart from null). */
const requestKey = (...fields: unknown[]) =>
  JSON.stringify(fields, (_key, value: unknown) =>
    value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? `\u0000${String(value)}` : value,
  )

export const queryListing = <R extends SearchRecord>(index: SearchIndex, spec: ListingSpec<R>, request: ListingRequest): ListingModel<R> =>
  remembered(index, spec, requestKey(request.q, request.selection, request.sort, request.view, request.page), () =>
    computeListing(index, spec, request),
  )

const computeListing = <R extends SearchRecord>(
  index: SearchIndex,
  spec: ListingSpec<R>,
  request: ListingRequest,
): ListingModel<R> => {
  const query = parseQuery(request.q)
  const hasWords = query.words.length > 0
  const used = inUse(index, spec.type)

  const selection: Selection = {}
  let ignoredFilters = false
  const groupOptions = spec.groups.map((group) => {
    const options = group.options(index.taxonomy)
    const known = new Set(options.map((o) => o.value))
    // A value given twice (?regio=limburg&regio=limburg) is not an unknown one.
    const wanted = [...new Set(request.selection[group.key] ?? [])]
    const valid = wanted.filter((v) => known.has(v))
    if (valid.length !== wanted.length) ignoredFilters = true
    if (valid.length) selection[group.key] = valid
    return { group, options }
  })

  // The first order is '' ("the default"): by relevance when there are words, else the spec's first order. So a
  // visitor who starts typing gets relevance without having to change the order by hand.
  const [first, ...others] = spec.sorts
  const sorts = [
    { value: '', label: hasWords ? 'Relevantie' : first!.label },
    ...(hasWords ? spec.sorts : others).map(({ value, label }) => ({ value, label })),
  ]
  const sort = sorts.some((s) => s.value === request.sort) ? request.sort! : ''
  const chosen = sort === '' ? (hasWords ? undefined : first) : spec.sorts.find((s) => s.value === sort)
  const compare = chosen?.compare as ((a: SearchRecord, b: SearchRecord) => number) | undefined
  const requestedView = spec.groupByTheme && (request.view === 'thema' || request.view === 'lijst') ? request.view : null
  // One entry per material by default: the per-theme view repeats a material under each of its themes (up to four),
  // which spread 15 materials over three pages. It stays one link away.
  const view = spec.groupByTheme && requestedView === 'thema' ? 'thema' : 'lijst'

  // Per theme, the whole result is spread over the theme headings first, then paged: an item can be listed
  // under several themes (src/features/search/engine/list.ts, themeEntries).
  const result = list(index, {
    query,
    types: [spec.type],
    facets: spec.groups.map((g) => g.key),
    selection,
    sort: compare,
    page: view === 'thema' ? 1 : request.page,
    pageSize: view === 'thema' ? Infinity : spec.pageSize,
  })
  const entries: { theme: string | null | undefined; item: (typeof result.hits)[number] }[] =
    view === 'thema'
      ? themeEntries(result.hits, (hit) => hit.record, index.taxonomy.themes, selection.thema)
      : result.hits.map((hit) => ({ theme: undefined, item: hit }))
  const paged =
    view === 'thema'
      ? paginate(entries, request.page, spec.pageSize)
      : { items: entries, page: result.page, pageCount: result.pageCount, pageAdjusted: result.pageAdjusted }
  const before = entries[(paged.page - 1) * spec.pageSize - 1]
  const continuesTheme = view === 'thema' && !!before && before.theme === paged.items[0]?.theme

  return {
    q: query.text,
    queryTruncated: query.truncated,
    onlyStopWords: query.onlyStopWords,
    groups: groupOptions.map(({ group, options }) => ({
      key: group.key,
      label: group.label,
      options: options
        .filter((o) => used.get(group.key)?.has(o.value) || selection[group.key]?.includes(o.value))
        .map((o) => ({
          value: o.value,
          label: o.label,
          ...(o.depth ? { depth: o.depth } : {}),
          count: result.counts[group.key]?.get(o.value) ?? 0,
          checked: selection[group.key]?.includes(o.value) ?? false,
        })),
    })),
    selection,
    ignoredFilters,
    sort,
    sorts,
    view,
    groupable: !!spec.groupByTheme,
    requestedView,
    items: paged.items.map(({ theme, item }) => ({
      record: item.record as R,
      view: describeHit(index, result.outcome, item.record),
      ...(theme !== undefined ? { theme } : {}),
    })),
    continuesTheme,
    total: result.total,
    page: paged.page,
    pageCount: paged.pageCount,
    pageAdjusted: paged.pageAdjusted,
    mode: result.outcome.mode,
    corrections: result.outcome.corrections,
    suggestions: result.total === 0 ? suggestQueries(index, result.outcome) : [],
    themes: index.taxonomy.themes,
  }
}

// ───────────────────────────── /zoeken ─────────────────────────────

export const scopes = [
  { value: 'onderwerpen', type: 'topic', label: 'Onderwerpen', one: 'onderwerp', many: 'onderwerpen' },
  { value: 'materialen', type: 'material', label: 'Materialen', one: 'materiaal', many: 'materialen' },
  { value: 'praktijken', type: 'practice', label: 'Goede praktijken', one: 'goede praktijk', many: 'goede praktijken' },
  { value: 'partners', type: 'partner', label: 'Partners', one: 'partner', many: 'partners' },
  { value: 'instrumenten', type: 'instrument', label: 'Instrumenten', one: 'instrument', many: 'instrumenten' },
] as const satisfies readonly { value: string; type: RecordType; label: string; one: string; many: string }[]

export type Scope = (typeof scopes)[number]['value']

export interface SearchGroup {
  scope: (typeof scopes)[number]
  total: number
  items: ListingItem<SearchRecord>[]
}

export interface SiteSearchResult extends ResultPage {
  hasWords: boolean
  /** Null: all types, grouped; otherwise one type, paged. */
  scope: Scope | null
  /** Hits per type, for the scope links ("Materialen (4)"). */
  counts: Record<Scope, number>
  groups: SearchGroup[]
}

const PER_GROUP = 5
const PER_PAGE = 20

const siteSearch = {}

export const searchSite = (index: SearchIndex, request: { q: string; scope?: string; page: number }): SiteSearchResult =>
  remembered(index, siteSearch, requestKey(request.q, request.scope, request.page), () => computeSiteSearch(index, request))

const computeSiteSearch = (index: SearchIndex, request: { q: string; scope?: string; page: number }): SiteSearchResult => {
  const query = parseQuery(request.q)
  const scope = scopes.find((s) => s.value === request.scope) ?? null
  const base = {
    q: query.text,
    queryTruncated: query.truncated,
    onlyStopWords: query.onlyStopWords,
    hasWords: query.words.length > 0,
    scope: scope?.value ?? null,
    themes: index.taxonomy.themes,
  }
  const counts = Object.fromEntries(scopes.map((s) => [s.value, 0])) as Record<Scope, number>
  if (!base.hasWords) {
    return { ...base, total: 0, counts, groups: [], page: 1, pageCount: 1, pageAdjusted: false, mode: 'browse', corrections: [], suggestions: [] }
  }
  const outcome = runQuery(index, query)
  const byType = new Map<RecordType, typeof outcome.hits>()
  for (const hit of outcome.hits) {
    const hits = byType.get(hit.record.type)
    if (hits) hits.push(hit)
    else byType.set(hit.record.type, [hit])
  }
  const view = (hits: typeof outcome.hits) => hits.map((hit) => ({ record: hit.record, view: describeHit(index, outcome, hit.record) }))

  let page = 1
  let pageCount = 1
  const groups: SearchGroup[] = []
  // Groups in the order of their best hit (hits come best first), so a title match is the first result on the
  // page: "preventieplan" shows the material of that name before ten topics that mention it.
  const bestFirst = [...byType.keys()]
  const rankOf = (type: RecordType) => (bestFirst.includes(type) ? bestFirst.indexOf(type) : scopes.length)
  const ranked = [...scopes].sort((a, b) => rankOf(a.type) - rankOf(b.type))
  for (const s of ranked) {
    const hits = byType.get(s.type) ?? []
    counts[s.value] = hits.length
    if (scope && s.value !== scope.value) continue
    if (scope) {
      pageCount = Math.max(1, Math.ceil(hits.length / PER_PAGE))
      page = Math.min(Number.isSafeInteger(request.page) && request.page >= 1 ? request.page : 1, pageCount)
      groups.push({ scope: s, total: hits.length, items: view(hits.slice((page - 1) * PER_PAGE, page * PER_PAGE)) })
    } else if (hits.length) {
      groups.push({ scope: s, total: hits.length, items: view(hits.slice(0, PER_GROUP)) })
    }
  }
  return {
    ...base,
    total: outcome.hits.length,
    counts,
    groups,
    page,
    pageCount,
    pageAdjusted: page !== request.page,
    mode: outcome.mode,
    corrections: outcome.corrections,
    // Shown only with an empty result; looking them up costs more than the search (edits over the whole vocabulary).
    suggestions: outcome.hits.length === 0 ? suggestQueries(index, outcome) : [],
  }
}
