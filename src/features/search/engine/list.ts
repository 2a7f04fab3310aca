/**
 * One query for every list on the site: words (ranked, or everything when there are none), then filters with
 * their counts, then a sort, then one page. The materials, practices and partners pages and /zoeken all use it.
 */
import { tokens } from './analyzer'
import type { SearchIndex } from './build'
import { applyFacets, type Selection } from './facets'
import { createMatcher, highlightAll, snippet, type Segment, type TokenMatcher } from './highlight'
import { runQuery, type Hit, type ParsedQuery, type QueryOutcome } from './query'
import type { FacetKey, RecordType, SearchRecord, ThemeInfo } from './records'

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/** Titles in Dutch alphabetical order (one shared collator: `localeCompare(…, 'nl')` builds one per call). */
export const compareTitles = (a: SearchRecord, b: SearchRecord) => collator.compare(a.title, b.title)

export interface ListRequest {
  query: ParsedQuery
  types: readonly RecordType[]
  facets: readonly FacetKey[]
  selection: Selection
  /** Compare function for the chosen order; omitted: by relevance (or as the records come, without words). */
  sort?: (a: SearchRecord, b: SearchRecord) => number
  page: number
  pageSize: number
}

export interface ListResult {
  outcome: QueryOutcome
  /** Hits after the filters. */
  total: number
  /** The hits on the requested page (the last page when the request went past it). */
  hits: Hit[]
  page: number
  pageCount: number
  /** The page asked for did not exist; `page` is the nearest that does. */
  pageAdjusted: boolean
  counts: Partial<Record<FacetKey, Map<string, number>>>
}

/** One page of `items`: the last page when `page` goes past it, the first for anything that is not a page number. */
export const paginate = <T>(items: readonly T[], page: number, pageSize: number) => {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize))
  const wanted = Number.isSafeInteger(page) && page >= 1 ? page : 1
  const at = Math.min(wanted, pageCount)
  return { items: items.slice((at - 1) * pageSize, at * pageSize), page: at, pageCount, pageAdjusted: at !== page }
}

/**
 * The "per theme" view: every item under each of its themes that is shown — all themes, or only the ticked ones
 * when the theme filter is on — in the themes' order, keeping the items' order within a theme. A visitor who reads
 * one rubric sees all of it (as many as the theme filter's count says), so an item with two themes is listed
 * twice. Items with none of the shown themes come last, under `null`.
 */
export const themeEntries = <T>(
  items: readonly T[],
  recordOf: (item: T) => SearchRecord,
  themes: readonly ThemeInfo[],
  selected: readonly string[] = [],
): { theme: string | null; item: T }[] => {
  const shown = selected.length ? themes.filter((t) => selected.includes(t.slug)) : themes
  const perTheme = new Map<string | null, T[]>([...shown.map((t) => [t.slug, []] as [string, T[]]), [null, []]])
  for (const item of items) {
    let placed = false
    for (const slug of new Set(recordOf(item).themes)) {
      const list = perTheme.get(slug)
      if (!list) continue
      list.push(item)
      placed = true
    }
    if (!placed) perTheme.get(null)!.push(item)
  }
  return [...perTheme].flatMap(([theme, list]) => list.map((item) => ({ theme, item })))
}

export const list = (index: SearchIndex, request: ListRequest): ListResult => {
  const outcome = runQuery(index, request.query, { types: request.types })
  const { items, counts } = applyFacets(outcome.hits, (hit) => hit.record, request.facets, request.selection, index.records)
  if (request.sort) {
    const sort = request.sort
    items.sort((a, b) => sort(a.record, b.record) || b.score - a.score)
  }
  const { items: hits, ...paging } = paginate(items, request.page, request.pageSize)
  return { outcome, total: items.length, hits, ...paging, counts }
}

export interface HitView {
  title: Segment[]
  /** The best passage with the query's words marked: from the lead, else the body, else the labels. */
  excerpt: Segment[] | null
  /** The excerpt comes from the file's or page's text rather than the summary. */
  excerptFromBody: boolean
}

// One matcher (and probe) per query, not per hit.
const matchers = new WeakMap<QueryOutcome, TokenMatcher>()

/** Title and excerpt of a hit, highlighted. Without query words: the plain title and no excerpt. */
export const describeHit = (index: SearchIndex, outcome: QueryOutcome, record: SearchRecord): HitView => {
  if (outcome.mode === 'browse') return { title: [{ text: record.title }], excerpt: null, excerptFromBody: false }
  let match = matchers.get(outcome)
  if (!match) matchers.set(outcome, (match = createMatcher(outcome.matched, index.decompound)))
  const words = outcome.query.words.length
  const title = highlightAll(record.title, match)
  const fromLead = snippet(record.lead, match, words, { words: 40 })
  if (fromLead) return { title, excerpt: fromLead, excerptFromBody: false }
  // The title already shows every word: its summary says more than a passage from the body would.
  const inTitle = new Set<number>()
  for (const token of tokens(record.title)) {
    const word = match(token)
    if (word >= 0) inTitle.add(word)
  }
  if (inTitle.size === words) return { title, excerpt: null, excerptFromBody: false }
  const fromBody = snippet(record.body, match, words)
  return { title, excerpt: fromBody ?? snippet(record.meta, match, words), excerptFromBody: !!fromBody }
}
