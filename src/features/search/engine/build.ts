/**
 * Builds the in-memory index from records. Orama (@orama/orama) keeps the data: one radix tree per field (exact,
 * prefix and bounded-Levenshtein lookups), the document store and the BM25 statistics. Two of its components are
 * replaced through its documented component slots:
 * - the tokenizer, by our Dutch analyser (./analyzer.ts);
 * - the token scoring on insert: Orama's default counts each token's frequency by scanning all tokens of the field
 *   for every token (quadratic: minutes for a corpus of long PDFs) and, as its tokenizer removes duplicates,
 *   always finds 1. Ours takes the counts the tokenizer already made, so BM25 sees real term frequencies.
 */
import { components, create, insert, remove, type Tokenizer } from '@orama/orama'
import { radix } from '@orama/orama/trees'

import { baseForms, isStopWord, terms, words } from './analyzer'
import { createDecompounder, MIN_COMPOUND, MIN_PART, type Decompounder } from './compounds'
import type { SearchCorpus, SearchRecord, Taxonomy } from './records'

export const fields = ['title', 'lead', 'meta', 'body', 'parts'] as const
export type Field = (typeof fields)[number]

const schema = { title: 'string', lead: 'string', meta: 'string', body: 'string', parts: 'string' } as const

type IndexedDoc = { id: string } & Record<Field, string>

// The tokenizer hands the per-field term counts to the scoring below, keyed by the very array it returns.
const countsOf = new WeakMap<string[], { length: number; counts: Map<string, number> }>()

const dutchTokenizer: Tokenizer = {
  language: 'dutch',
  normalizationCache: new Map(),
  tokenize(raw: string) {
    if (typeof raw !== 'string') return [raw]
    const all = terms(raw)
    const counts = new Map<string, number>()
    for (const term of all) counts.set(term, (counts.get(term) ?? 0) + 1)
    const distinct = [...counts.keys()]
    countsOf.set(distinct, { length: all.length, counts })
    return distinct
  },
}

type OramaIndex = ReturnType<typeof components.index.createIndex>
type IndexStore = Parameters<OramaIndex['insertDocumentScoreParameters']>[0]

const createScoringIndex = (): OramaIndex => ({
  ...components.index.createIndex(),
  insertDocumentScoreParameters(index: IndexStore, prop: string, id: unknown, tokens: string[], docsCount: number) {
    const internalId = id as number
    const length = countsOf.get(tokens)?.length ?? tokens.length
    index.avgFieldLength[prop] = ((index.avgFieldLength[prop] ?? 0) * (docsCount - 1) + length) / docsCount
    index.fieldLengths[prop]![internalId] = length
    index.frequencies[prop]![internalId] = {}
  },
  insertTokenScoreParameters(index: IndexStore, prop: string, id: unknown, tokens: string[], token: string) {
    // Only counts above 1 are stored (the query reads a missing count as 1): most words occur once in a
    // document, and this table is the larger half of the index's memory.
    const count = countsOf.get(tokens)?.counts.get(token) ?? 1
    if (count > 1) index.frequencies[prop]![id as number]![token] = count
    index.tokenOccurrences[prop]![token] = (index.tokenOccurrences[prop]![token] ?? 0) + 1
  },
})

const createDb = () =>
  create({
    schema,
    // Sorting is done on the records; Orama's sort index would copy every field, long texts included.
    sort: { enabled: false },
    components: { tokenizer: dutchTokenizer, index: createScoringIndex() },
  })

export type SearchDb = ReturnType<typeof createDb>

export interface SearchIndex {
  db: SearchDb
  records: SearchRecord[]
  /** Orama's internal document id → record. */
  byInternalId: (SearchRecord | undefined)[]
  /** Every folded word of the corpus with how often it occurs: spelling suggestions and typo matching. */
  vocabulary: Map<string, number>
  vocabularyTree: InstanceType<typeof radix.RadixTree>
  decompound: Decompounder
  taxonomy: Taxonomy
  builtAt: number
  buildMs: number
  /** How many times changes were applied in place (updateIndex) since the full build. */
  updates: number
}

/**
 * Yields to the event loop whenever this much time has passed without, so a build in a running server never holds
 * other requests up for longer (a batch of documents would: one long PDF takes tens of milliseconds).
 */
const SLICE_MS = 15
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))
const createPacer = () => {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < SLICE_MS) return
    await breathe()
    since = performance.now()
  }
}

const textOf = (record: SearchRecord) => `${record.title}\n${record.lead}\n${record.meta}\n${record.body}`

/** A vocabulary word that can be suggested, matched with a typo, or be part of a compound. */
const isLookupWord = (word: string) => word.length >= 3 && !isStopWord(word) && !/\p{N}/u.test(word)

/** Splits compounds against the vocabulary as it is now: a part must be a word the corpus uses on its own. */
const decompounderFor = (vocabulary: Map<string, number>) =>
  createDecompounder((word) => word.length >= MIN_PART && vocabulary.has(word) && isLookupWord(word), baseForms)

/** Adds (`by` 1) or takes away (-1) a record's words; returns its long words, the candidates for splitting. */
const countWords = (record: SearchRecord, vocabulary: Map<string, number>, by: 1 | -1, onGone?: (word: string) => void) => {
  const long = new Set<string>()
  for (const word of words(textOf(record))) {
    const count = (vocabulary.get(word) ?? 0) + by
    if (count > 0) vocabulary.set(word, count)
    else if (vocabulary.delete(word)) onGone?.(word)
    if (word.length >= MIN_COMPOUND) long.add(word)
  }
  return long
}

const toDoc = (record: SearchRecord, longWords: Iterable<string>, decompound: Decompounder): IndexedDoc => {
  const parts: string[] = []
  for (const word of longWords) parts.push(...(decompound(word) ?? []))
  return { id: record.key, title: record.title, lead: record.lead, meta: record.meta, body: record.body, parts: parts.join(' ') }
}

const mapInternalIds = (db: SearchDb, records: SearchRecord[]) => {
  const byInternalId: (SearchRecord | undefined)[] = []
  for (const record of records) {
    byInternalId[components.internalDocumentIDStore.getInternalDocumentId(db.internalDocumentIDStore, record.key)] = record
  }
  return byInternalId
}

export const buildIndex = async ({ records, taxonomy }: SearchCorpus, now = Date.now): Promise<SearchIndex> => {
  const started = performance.now()
  const pace = createPacer()

  // Pass 1: the vocabulary (which words the corpus uses on their own decides how compounds are split), and each
  // document's long words, the candidates for splitting.
  const vocabulary = new Map<string, number>()
  const longWords: Set<string>[] = []
  for (const record of records) {
    longWords.push(countWords(record, vocabulary, 1))
    await pace()
  }
  const vocabularyTree = new radix.RadixTree()
  for (const word of vocabulary.keys()) {
    if (isLookupWord(word)) vocabularyTree.insert(word, 0)
    await pace()
  }
  const decompound = decompounderFor(vocabulary)

  // Pass 2: the documents, with the parts of their compounds as an extra field; one at a time, so the pacer can
  // let other requests in between.
  const db = createDb()
  for (let i = 0; i < records.length; i++) {
    await insert(db, toDoc(records[i]!, longWords[i]!, decompound))
    longWords[i] = new Set()
    await pace()
  }

  return {
    db,
    records,
    byInternalId: mapInternalIds(db, records),
    vocabulary,
    vocabularyTree,
    decompound,
    taxonomy,
    builtAt: now(),
    buildMs: performance.now() - started,
    updates: 0,
  }
}

/** What a record puts into the index; a change elsewhere (a link, a filter value) needs no re-indexing. */
const sameText = (a: SearchRecord, b: SearchRecord) =>
  a.title === b.title && a.lead === b.lead && a.meta === b.meta && a.body === b.body

/**
 * Brings an index up to date with a new corpus in place: records whose text changed are removed from the Orama
 * index and inserted again, new ones inserted, gone ones removed, and the vocabulary (with its radix tree) follows;
 * every other record is only swapped for its new version (links, filter values). Returns a new SearchIndex object
 * over the same Orama data, so the caches kept per index (postings, length norms, facet tables) start afresh.
 *
 * One approximation: compounds are split against the vocabulary, and only the changed documents are split again;
 * a word that becomes known splits other documents' compounds at the next full build (the freshness safety net
 * makes one every few minutes). While it runs (it yields like a build), a query may see a changed document under
 * its old record; the old index object stays usable. Undefined, untouched, with more than `maxChanges` changes.
 */
export const updateIndex = async (
  index: SearchIndex,
  { records, taxonomy }: SearchCorpus,
  { maxChanges = Infinity, now = Date.now }: { maxChanges?: number; now?: () => number } = {},
): Promise<SearchIndex | undefined> => {
  const started = performance.now()
  const pace = createPacer()
  const before = new Map(index.records.map((r) => [r.key, r]))
  const changed: { old?: SearchRecord; next?: SearchRecord }[] = []
  const keys = new Set<string>()
  for (const next of records) {
    keys.add(next.key)
    const old = before.get(next.key)
    if (!old || !sameText(old, next)) changed.push({ old, next })
  }
  for (const old of index.records) if (!keys.has(old.key)) changed.push({ old })
  // Too much to change in place (the index is half-way meanwhile): the caller builds a new one instead.
  if (changed.length > maxChanges) return undefined

  const { db, vocabulary, vocabularyTree } = index
  const gone = (word: string) => {
    if (isLookupWord(word)) vocabularyTree.removeWord(word)
  }
  const added: { record: SearchRecord; longWords: Set<string> }[] = []
  for (const { old, next } of changed) {
    if (old) {
      countWords(old, vocabulary, -1, gone)
      await remove(db, old.key)
    }
    if (next) added.push({ record: next, longWords: countWords(next, vocabulary, 1) })
    await pace()
  }
  for (const { record } of added) {
    for (const word of words(textOf(record))) if (isLookupWord(word)) vocabularyTree.insert(word, 0)
    await pace()
  }
  const decompound = added.length ? decompounderFor(vocabulary) : index.decompound
  for (const { record, longWords } of added) {
    await insert(db, toDoc(record, longWords, decompound))
    await pace()
  }

  return {
    ...index,
    records,
    byInternalId: mapInternalIds(db, records),
    decompound,
    taxonomy,
    builtAt: now(),
    buildMs: index.buildMs + performance.now() - started,
    updates: index.updates + 1,
  }
}
