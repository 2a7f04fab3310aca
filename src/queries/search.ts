/**
 * The search index of this app instance, fed from Payload, and the list queries built on it: the materials,
 * practices and partners pages (one `queryListing` with a spec each) and the site search (/zoeken).
 *
 * The index holds what an anonymous visitor may read (published documents only, read with the visitor's access
 * rules) and is rebuilt when the database's change stamp moves — also after an edit made through another
 * instance — checked at most every two seconds (see src/search/freshness.ts).
 */
import type { Payload } from 'payload'

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
  type Correction,
  type FacetKey,
  type Fresh,
  type HitView,
  type RecordType,
  type SearchCorpus,
  type SearchIndex,
  type SearchRecord,
  type Selection,
  type Taxonomy,
  type ThemeInfo,
} from '../search'
import { payloadClient } from './payload'

/** Collections whose changes can change what the index holds. */
const watched = ['themes', 'topics', 'materials', 'practices', 'partners', 'categories', 'media'] as const

/** Per collection: how many documents and the newest updatedAt. Seven small queries, each on an index. */
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

/** Everything the index holds, read as an anonymous visitor: drafts never get in. */
export const loadCorpus = async (payload: Payload): Promise<SearchCorpus> => {
  const asVisitor = { depth: 0, pagination: false, overrideAccess: false } as const
  const [themes, topics, materials, practices, partners, categories, media] = await Promise.all([
    payload.find({ collection: 'themes', ...asVisitor }),
    payload.find({ collection: 'topics', ...asVisitor }),
    payload.find({ collection: 'materials', ...asVisitor }),
    payload.find({ collection: 'practices', ...asVisitor }),
    payload.find({ collection: 'partners', ...asVisitor }),
    payload.find({ collection: 'categories', ...asVisitor }),
    // The files' extracted text is hidden from the API; the index may read it.
    payload.find({ collection: 'media', ...asVisitor, showHiddenFields: true }),
  ])
  return toCorpus({
    themes: themes.docs,
    topics: topics.docs,
    materials: materials.docs,
    practices: practices.docs,
    partners: partners.docs,
    categories: categories.docs,
    media: media.docs,
  })
}

export interface SearchServiceOptions {
  checkIntervalMs?: number
  waitForRebuildMs?: number
  maxAgeMs?: number
}

/** An index kept fresh against one Payload instance's database. */
export const createSearchService = (payload: Payload, options: SearchServiceOptions = {}): Fresh<SearchIndex> =>
  createFresh({
    readStamp: () => readChangeStamp(payload),
    build: async () => {
      const index = await buildIndex(await loadCorpus(payload))
      payload.logger.info(`Search index built: ${index.records.length} documents in ${Math.round(index.buildMs)} ms`)
      return index
    },
    onError: (error, during) =>
      payload.logger.error({ err: error }, `Search index: the ${during === 'stamp' ? 'change check' : 'rebuild'} failed`),
    ...options,
  })

// One per process; on globalThis because Next.js may load this module more than once (route bundles, reloads).
const holder = globalThis as typeof globalThis & { __toolboxSearch?: Fresh<SearchIndex> }

export const getSearchIndex = async (): Promise<SearchIndex> => {
  holder.__toolboxSearch ??= createSearchService(await payloadClient())
  return holder.__toolboxSearch.get()
}

// ───────────────────────────── list pages ─────────────────────────────

export interface OptionSpec {
  value: string
  label: string
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

/** What a list page asks for, as read from its URL (src/components/listing/params.ts). */
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

export interface ListingModel<R extends SearchRecord> {
  q: string
  queryTruncated: boolean
  onlyStopWords: boolean
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
  total: number
  page: number
  pageCount: number
  pageAdjusted: boolean
  mode: 'all' | 'any' | 'browse'
  corrections: Correction[]
  suggestions: string[]
  themes: ThemeInfo[]
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

export const queryListing = <R extends SearchRecord>(
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
  const view = spec.groupByTheme && (requestedView ?? (hasWords ? 'lijst' : 'thema')) === 'thema' ? 'thema' : 'lijst'

  // Per theme, the whole result is spread over the theme headings first, then paged: an item can be listed
  // under several themes (src/search/list.ts, themeEntries).
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
] as const satisfies readonly { value: string; type: RecordType; label: string; one: string; many: string }[]

export type Scope = (typeof scopes)[number]['value']

export interface SearchGroup {
  scope: (typeof scopes)[number]
  total: number
  items: ListingItem<SearchRecord>[]
}

export interface SiteSearchResult {
  q: string
  queryTruncated: boolean
  onlyStopWords: boolean
  hasWords: boolean
  /** Null: all types, grouped; otherwise one type, paged. */
  scope: Scope | null
  total: number
  /** Hits per type, for the scope links ("Materialen (4)"). */
  counts: Record<Scope, number>
  groups: SearchGroup[]
  page: number
  pageCount: number
  pageAdjusted: boolean
  mode: 'all' | 'any' | 'browse'
  corrections: Correction[]
  suggestions: string[]
  themes: ThemeInfo[]
}

const PER_GROUP = 5
const PER_PAGE = 20

export const searchSite = (index: SearchIndex, request: { q: string; scope?: string; page: number }): SiteSearchResult => {
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
  for (const s of scopes) {
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
    suggestions: outcome.hits.length === 0 || outcome.mode === 'any' ? suggestQueries(index, outcome) : [],
  }
}
