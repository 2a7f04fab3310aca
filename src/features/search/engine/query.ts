/**
 * Runs a visitor's query against the index. The ranking policy is ours, the data structures are Orama's:
 * - every word of the query must match (AND); when no document has them all, documents with some of them
 *   are shown instead, ranked by how many they have (and the page says so);
 * - a word matches its own stem exactly, and — from 4 letters — every indexed word it begins ("preventie" finds
 *   "preventieplan"), scored lower than an exact match;
 * - a word that matches nothing is tried as a compound of known words ("spijbelbeleid" → spijbel + beleid), then
 *   for a slip of the keyboard: 1 edit from 4 letters, 2 from 8, against the corpus's own words;
 * - BM25 per field, with the title weighing most.
 * Orama's stock search() does not fit: it ORs the words (or requires them all in one field, a count its prefix
 * matches break), scores prefix and typo matches like exact ones, and collects postings with a quadratic loop.
 */
import { stem, tokens, words } from './analyzer'
import type { SearchIndex, Field } from './build'
import { fields } from './build'
import { wordsWithin } from './fuzzy'
import type { RecordType, SearchRecord } from './records'
import { regions } from '@/shared/vocabulary'

export const MAX_QUERY_LENGTH = 200
export const MAX_QUERY_WORDS = 12
const MIN_PREFIX = 4

const BOOST: Record<Field, number> = { title: 4, lead: 2, meta: 1.2, body: 1, parts: 0.6 }
const PREFIX_WEIGHT = 0.5
const COMPOUND_WEIGHT = 0.8
const TYPO_WEIGHT = [1, 0.4, 0.25] as const
/** Okapi BM25 (the usual constants). */
const K1 = 1.2
const B = 0.75

export interface QueryWord {
  /** As typed. */
  text: string
  /** Folded: lower case, no accents. */
  word: string
  /** The stem looked up in the index. */
  term: string
}

export interface ParsedQuery {
  /** The query as used: control characters removed, spaces folded, cut at MAX_QUERY_LENGTH. */
  text: string
  truncated: boolean
  words: QueryWord[]
  /** The visitor typed only words like "de", "en", "van". */
  onlyStopWords: boolean
}

/** Accepts whatever a URL gives (nothing, a string, a repeated parameter) and returns a safe query. */
export const parseQuery = (input: unknown): ParsedQuery => {
  const raw = typeof input === 'string' ? input : Array.isArray(input) && typeof input[0] === 'string' ? input[0] : ''
  let text = raw.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim()
  let truncated = false
  if (text.length > MAX_QUERY_LENGTH) {
    truncated = true
    const cut = text.slice(0, MAX_QUERY_LENGTH)
    const space = cut.lastIndexOf(' ')
    text = (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\uD800-\uDBFF]$/, '').trim()
  }
  const all = [...tokens(text)]
  const seen = new Set<string>()
  const words: QueryWord[] = []
  for (const token of all) {
    if (!token.term || seen.has(token.term)) continue
    seen.add(token.term)
    words.push({ text: text.slice(token.start, token.end), word: token.word, term: token.term })
    if (words.length === MAX_QUERY_WORDS) break
  }
  return { text, truncated, words, onlyStopWords: all.length > 0 && words.length === 0 }
}

type RadixNode = SearchIndex['vocabularyTree']

/** The node of `term` in a radix tree, or the node whose edge `term` ends inside of (for prefixes). */
const descend = (tree: RadixNode, term: string): { node: RadixNode; exactNode: boolean } | undefined => {
  let node = tree
  let i = 0
  while (i < term.length) {
    const child = node.c.get(term[i]!)
    if (!child) return undefined
    const edge = child.s
    let j = 0
    while (j < edge.length && i + j < term.length && edge[j] === term[i + j]) j++
    if (i + j === term.length) return { node: child, exactNode: j === edge.length }
    if (j < edge.length) return undefined
    node = child
    i += j
  }
  return { node, exactNode: true }
}

/** Indexed words equal to `term` (and, with `prefix`, starting with it) and the documents holding each. */
const lookup = (tree: RadixNode, term: string, prefix: boolean): [string, Set<number>][] => {
  const found = descend(tree, term)
  if (!found) return []
  if (!prefix) return found.exactNode && found.node.e && found.node.w === term ? [[term, found.node.d as Set<number>]] : []
  const out: [string, Set<number>][] = []
  const stack = [found.node]
  while (stack.length) {
    const node = stack.pop()!
    if (node.e && node.d.size) out.push([node.w, node.d as Set<number>])
    for (const child of node.c.values()) stack.push(child)
  }
  return out
}

/** Optimal string alignment distance: Levenshtein plus swapped neighbours ("afwezgiheid") as one edit. */
export const editDistance = (a: string, b: string): number => {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  }
  return rows[a.length]![b.length]!
}

export const toleranceFor = (word: string): number => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0)

/** Corpus words within `tolerance` edits of `word`, nearest first, then the most used. */
export const closeWords = (index: SearchIndex, word: string, tolerance: number, limit = 5): { word: string; distance: number }[] => {
  if (tolerance <= 0) return []
  return [...wordsWithin(index.vocabularyTree, word, tolerance)]
    .filter(([candidate]) => candidate !== word)
    .map(([candidate, distance]) => ({ word: candidate, distance }))
    .sort((a, b) => a.distance - b.distance || (index.vocabulary.get(b.word) ?? 0) - (index.vocabulary.get(a.word) ?? 0))
    .slice(0, limit)
}

interface Expansion {
  term: string
  weight: number
  prefix: boolean
}

/** What matched, for highlighting: index term → the query word (its position) it came from. */
export interface MatchedTerms {
  terms: Map<string, number>
  parts: Map<string, number>
}

/**
 * Scores by Orama's internal document id, in a typed array (no Map per query word: at 10,000 documents a common
 * word has thousands of postings), with the list of ids that scored.
 */
interface Scores {
  values: Float64Array
  ids: number[]
}

const emptyScores = (size: number): Scores => ({ values: new Float64Array(size), ids: [] })

/**
 * A prefix can expand to hundreds of words ("schol…" in a big corpus): the most used expansions carry the meaning
 * and most of the time, so they are taken in that order until this many postings (per field) have been scored.
 */
const PREFIX_POSTINGS_BUDGET = 12_000

/** Per index and field: BM25's length normalisation per document, K1·(1 − B + B·length/average). */
const normCache = new WeakMap<SearchIndex, Map<string, Float64Array>>()
const lengthNorms = (index: SearchIndex, field: Field): Float64Array => {
  let perField = normCache.get(index)
  if (!perField) normCache.set(index, (perField = new Map()))
  let norms = perField.get(field)
  if (!norms) {
    const store = index.db.data.index
    const lengths = store.fieldLengths[field]!
    const average = store.avgFieldLength[field] || 1
    norms = new Float64Array(index.byInternalId.length)
    for (let id = 0; id < norms.length; id++) norms[id] = K1 * (1 - B + (B * (lengths[id] ?? average)) / average)
    perField.set(field, norms)
  }
  return norms
}

/**
 * Per index: posting lists as typed arrays — document ids and each posting's BM25 impact (idf · saturated tf, length
 * normalised) — made on first use from Orama's Set and term-frequency table and kept for the next query. Scoring a
 * posting is then one multiply-add. Bounded (least recently used first out) to about 3 million postings (~24 MB).
 */
interface Postings {
  ids: Int32Array
  impacts: Float32Array
}
const POSTINGS_CACHE_LIMIT = 3_000_000
const postingsCache = new WeakMap<SearchIndex, { lists: Map<string, Postings>; size: number }>()

const postingsOf = (index: SearchIndex, field: Field, word: string, docs: Set<number>): Postings => {
  let cache = postingsCache.get(index)
  if (!cache) postingsCache.set(index, (cache = { lists: new Map(), size: 0 }))
  const key = `${field}\u0000${word}`
  const hit = cache.lists.get(key)
  if (hit) {
    cache.lists.delete(key)
    cache.lists.set(key, hit)
    return hit
  }
  const store = index.db.data.index
  const frequencies = store.frequencies[field]!
  const norms = lengthNorms(index, field)
  const df = store.tokenOccurrences[field]![word] ?? docs.size
  const idf = Math.log(1 + (index.records.length - df + 0.5) / (df + 0.5))
  const ids = new Int32Array(docs.size)
  const impacts = new Float32Array(docs.size)
  let i = 0
  for (const id of docs) {
    const tf = frequencies[id]?.[word] ?? 1
    ids[i] = id
    impacts[i++] = (idf * tf * (K1 + 1)) / (tf + norms[id]!)
  }
  const postings = { ids, impacts }
  cache.lists.set(key, postings)
  cache.size += ids.length
  for (const [oldKey, old] of cache.lists) {
    if (cache.size <= POSTINGS_CACHE_LIMIT) break
    cache.lists.delete(oldKey)
    cache.size -= old.ids.length
  }
  return postings
}

/** Per index: the words a query term expands to in a field (the radix walk and its ordering), kept for reuse. */
const expansionCache = new WeakMap<SearchIndex, Map<string, [string, Set<number>][]>>()
const EXPANSION_CACHE_LIMIT = 20_000

const expansionsOf = (index: SearchIndex, field: Field, tree: RadixNode, expansion: Expansion): [string, Set<number>][] => {
  let cache = expansionCache.get(index)
  if (!cache) expansionCache.set(index, (cache = new Map()))
  const key = `${field}\u0000${expansion.term}\u0000${expansion.prefix ? 1 : 0}`
  let found = cache.get(key)
  if (found) return found
  found = lookup(tree, expansion.term, expansion.prefix)
  if (expansion.prefix && found.length > 1) {
    const occurrences = index.db.data.index.tokenOccurrences[field]!
    found.sort(([a], [b]) => (a === expansion.term ? -1 : b === expansion.term ? 1 : (occurrences[b] ?? 0) - (occurrences[a] ?? 0)))
    let budget = PREFIX_POSTINGS_BUDGET
    found = found.filter(([word, ids]) => {
      if (word === expansion.term) return true
      if (budget <= 0) return false
      budget -= ids.size
      return true
    })
  }
  if (cache.size >= EXPANSION_CACHE_LIMIT) cache.clear()
  cache.set(key, found)
  return found
}

const scoreExpansions = (
  index: SearchIndex,
  expansions: Expansion[],
  wordIndex: number,
  matched: MatchedTerms,
  allowed: Uint8Array | null,
): Scores => {
  const store = index.db.data.index
  const docsCount = index.records.length
  const size = index.byInternalId.length
  const total = emptyScores(size)
  const best = new Float64Array(size)
  for (const field of fields) {
    const tree = store.indexes[field]!.node as RadixNode
    const touched: number[] = []
    for (const expansion of expansions) {
      const found = expansionsOf(index, field, tree, expansion)
      for (const [word, docs] of found) {
        const weight = BOOST[field] * (word === expansion.term ? expansion.weight : expansion.weight * PREFIX_WEIGHT)
        const { ids, impacts } = postingsOf(index, field, word, docs)
        let any = false
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!
          if (allowed && !allowed[id]) continue
          any = true
          const score = weight * impacts[i]!
          if (best[id] === 0) touched.push(id)
          if (score > best[id]!) best[id] = score
        }
        if (any) (field === 'parts' ? matched.parts : matched.terms).set(word, wordIndex)
      }
    }
    // Per field the best expansion counts; fields add up.
    for (const id of touched) {
      if (total.values[id] === 0) total.ids.push(id)
      total.values[id]! += best[id]!
      best[id] = 0
    }
  }
  return total
}

/** Documents in every one of `all`, with the sum of their scores. */
const intersect = (all: Scores[], size: number): Scores => {
  const out = emptyScores(size)
  if (all.length === 0) return out
  const [smallest, ...rest] = [...all].sort((a, b) => a.ids.length - b.ids.length)
  for (const id of smallest!.ids) {
    let sum = smallest!.values[id]!
    let everywhere = true
    for (const other of rest) {
      const score = other.values[id]
      if (!(score! > 0)) {
        everywhere = false
        break
      }
      sum += score
    }
    if (everywhere) {
      out.values[id] = sum
      out.ids.push(id)
    }
  }
  return out
}

export interface Correction {
  /** The word as typed. */
  from: string
  /** The corpus word searched for instead. */
  to: string
}

export interface Hit {
  record: SearchRecord
  score: number
  /** How many of the query's words it matched. */
  matchedWords: number
}

export interface QueryOutcome {
  query: ParsedQuery
  /** Every hit, best first. */
  hits: Hit[]
  /** 'all': hits have every word; 'any': none had them all, these have some; 'browse': no words, everything. */
  mode: 'all' | 'any' | 'browse'
  corrections: Correction[]
  /** Typed words that matched nothing at all. */
  unmatched: string[]
  matched: MatchedTerms
}

export interface QueryOptions {
  /** Only these kinds of record (default: all). */
  types?: readonly RecordType[]
}

/** Per index: each document's position in the records (by internal id), to order equal scores. */
const rankCache = new WeakMap<SearchIndex, Int32Array>()
const ranksOf = (index: SearchIndex): Int32Array => {
  let rank = rankCache.get(index)
  if (!rank) {
    const position = new Map(index.records.map((record, i) => [record, i]))
    rank = new Int32Array(index.byInternalId.length)
    index.byInternalId.forEach((record, id) => (rank![id] = record ? position.get(record)! : 0))
    rankCache.set(index, rank)
  }
  return rank
}

export const runQuery = (index: SearchIndex, query: ParsedQuery, options: QueryOptions = {}): QueryOutcome => {
  const accept = (record: SearchRecord | undefined): record is SearchRecord =>
    !!record && (!options.types || options.types.includes(record.type))
  // Type-aware from the start: on the materials page a word that only topics contain counts as not found.
  const size = index.byInternalId.length
  let allowed: Uint8Array | null = null
  if (options.types) {
    allowed = new Uint8Array(size)
    index.byInternalId.forEach((record, id) => {
      if (accept(record)) allowed![id] = 1
    })
  }
  const matched: MatchedTerms = { terms: new Map(), parts: new Map() }
  if (query.words.length === 0) {
    const hits = index.records.filter((r) => accept(r)).map((record) => ({ record, score: 0, matchedWords: 0 }))
    return { query, hits, mode: 'browse', corrections: [], unmatched: [], matched }
  }

  const corrections: Correction[] = []
  const unmatched: string[] = []
  const perWord: Scores[] = []
  query.words.forEach((qw, wordIndex) => {
    const own = scoreExpansions(
      index,
      [{ term: qw.term, weight: 1, prefix: qw.word.length >= MIN_PREFIX }],
      wordIndex,
      matched,
      allowed,
    )
    if (own.ids.length) return void perWord.push(own)

    const parts = index.decompound(qw.word)
    if (parts) {
      const partScores = parts.map((part) =>
        scoreExpansions(index, [{ term: stem(part), weight: COMPOUND_WEIGHT, prefix: false }], wordIndex, matched, allowed),
      )
      const together = intersect(partScores, size)
      if (together.ids.length) return void perWord.push(together)
    }

    const candidates = closeWords(index, qw.word, toleranceFor(qw.word))
    if (candidates.length) {
      const nearest = candidates[0]!.distance
      const chosen = candidates.filter((c) => c.distance === nearest)
      const scores = scoreExpansions(
        index,
        chosen.map((c) => ({ term: stem(c.word), weight: TYPO_WEIGHT[c.distance as 1 | 2], prefix: false })),
        wordIndex,
        matched,
        allowed,
      )
      if (scores.ids.length) {
        corrections.push({ from: qw.text, to: chosen[0]!.word })
        return void perWord.push(scores)
      }
    }
    unmatched.push(qw.text)
    perWord.push(emptyScores(0))
  })

  const toHits = (scores: Scores, count: (id: number) => number): Hit[] => {
    const hits: Hit[] = []
    for (const id of scores.ids) {
      const record = index.byInternalId[id]
      if (accept(record)) hits.push({ record, score: scores.values[id]!, matchedWords: count(id) })
    }
    return hits
  }

  // Equal scores keep the records' fixed order (not the index's insertion order, which updates change).
  const rank = ranksOf(index)
  const together = intersect(perWord, size)
  together.ids.sort((a, b) => together.values[b]! - together.values[a]! || rank[a]! - rank[b]!)
  const all = toHits(together, () => query.words.length)
  if (all.length || query.words.length === 1) return { query, hits: all, mode: 'all', corrections, unmatched, matched }

  // Nobody has every word: show who has some, those with most words first.
  const union = emptyScores(size)
  const counts = new Uint8Array(size)
  for (const scores of perWord) {
    for (const id of scores.ids) {
      if (union.values[id] === 0) union.ids.push(id)
      union.values[id]! += scores.values[id]!
      counts[id]!++
    }
  }
  union.ids.sort((a, b) => counts[b]! - counts[a]! || union.values[b]! - union.values[a]! || rank[a]! - rank[b]!)
  const any = toHits(union, (id) => counts[id]!)
  return { query, hits: any, mode: 'any', corrections, unmatched, matched }
}

/** The province and region names of the site's region filter, folded ("vlaams", "brabant", "antwerpen"). */
const placeWords = new Set(regions.flatMap((r) => words(r.label)))

/**
 * A word the corpus uses (a place name that no partner has, on /partners: "Antwerpen") or a region's name is no
 * typo: offering "ontworpen, netwerken of anderen?" for it only confuses.
 */
const isKnownWord = (index: SearchIndex, word: string): boolean => index.vocabulary.has(word) || placeWords.has(word)

/**
 * Other spellings worth offering: the same first letter (a slip rarely hits the first one, and a place name the
 * corpus lacks, "Gent", should not become "kent"), and at most one edit per four letters ("gaat" is not "gent").
 */
const plausibleSpellings = (index: SearchIndex, word: string, limit: number) => {
  const tolerance = Math.min(3, toleranceFor(word) + 1, Math.max(1, Math.floor(word.length / 4)))
  return closeWords(index, word, tolerance, 50)
    .filter((c) => c.word[0] === word[0])
    .slice(0, limit)
}

/**
 * For an empty result: other spellings of the words that matched nothing, as whole queries to try
 * ("afwezighijd basisonderwijs" → "afwezigheid basisonderwijs"). Looser than the automatic typo matching.
 */
export const suggestQueries = (index: SearchIndex, outcome: QueryOutcome, limit = 3): string[] => {
  const { query } = outcome
  const replacements = query.words
    .filter((w) => outcome.unmatched.includes(w.text) && !isKnownWord(index, w.word))
    .map((w) => ({ w, options: plausibleSpellings(index, w.word, limit) }))
    .filter((r) => r.options.length)
  if (replacements.length === 0) return []
  const suggestions: string[] = []
  for (let i = 0; i < limit; i++) {
    let text = query.text
    let changed = false
    for (const { w, options } of replacements) {
      const option = options[Math.min(i, options.length - 1)]!
      if (i < options.length) changed = true
      text = text.replace(w.text, option.word)
    }
    if (changed && !suggestions.includes(text)) suggestions.push(text)
  }
  return suggestions
}
