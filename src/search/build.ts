/**
 * Builds the in-memory index from records. Orama (@orama/orama) keeps the data: one radix tree per field (exact,
 * prefix and bounded-Levenshtein lookups), the document store and the BM25 statistics. Two of its components are
 * replaced through its documented component slots:
 * - the tokenizer, by our Dutch analyser (./analyzer.ts);
 * - the token scoring on insert: Orama's default counts each token's frequency by scanning all tokens of the field
 *   for every token (quadratic: minutes for a corpus of long PDFs) and, as its tokenizer removes duplicates,
 *   always finds 1. Ours takes the counts the tokenizer already made, so BM25 sees real term frequencies.
 */
import { components, create, insertMultiple, type Tokenizer } from '@orama/orama'
import { radix } from '@orama/orama/trees'

import { isStopWord, terms, words } from './analyzer'
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
}

/** Yields to the event loop between batches, so a rebuild in a running server never stalls other requests. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))
const BATCH = 250

const textOf = (record: SearchRecord) => `${record.title}\n${record.lead}\n${record.meta}\n${record.body}`

export const buildIndex = async ({ records, taxonomy }: SearchCorpus, now = Date.now): Promise<SearchIndex> => {
  const started = performance.now()

  // Pass 1: the vocabulary (which words the corpus uses on their own decides how compounds are split), and each
  // document's long words, the candidates for splitting.
  const vocabulary = new Map<string, number>()
  const longWords: string[][] = []
  for (let i = 0; i < records.length; i++) {
    const long = new Set<string>()
    for (const word of words(textOf(records[i]!))) {
      vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1)
      if (word.length >= MIN_COMPOUND) long.add(word)
    }
    longWords.push([...long])
    if (i % BATCH === BATCH - 1) await breathe()
  }
  const vocabularyTree = new radix.RadixTree()
  const known = new Set<string>()
  for (const word of vocabulary.keys()) {
    if (word.length < 3 || isStopWord(word) || /\p{N}/u.test(word)) continue
    vocabularyTree.insert(word, 0)
    if (word.length >= MIN_PART) known.add(word)
  }
  const decompound = createDecompounder((word) => known.has(word))

  // Pass 2: the documents, with the parts of their compounds as an extra field.
  const db = createDb()
  for (let start = 0; start < records.length; start += BATCH) {
    const batch: IndexedDoc[] = records.slice(start, start + BATCH).map((record, i) => {
      const parts: string[] = []
      for (const word of longWords[start + i]!) parts.push(...(decompound(word) ?? []))
      longWords[start + i] = []
      return { id: record.key, title: record.title, lead: record.lead, meta: record.meta, body: record.body, parts: parts.join(' ') }
    })
    await insertMultiple(db, batch, BATCH)
    await breathe()
  }

  const byInternalId: (SearchRecord | undefined)[] = []
  for (const record of records) {
    byInternalId[components.internalDocumentIDStore.getInternalDocumentId(db.internalDocumentIDStore, record.key)] = record
  }

  return {
    db,
    records,
    byInternalId,
    vocabulary,
    vocabularyTree,
    decompound,
    taxonomy,
    builtAt: now(),
    buildMs: performance.now() - started,
  }
}
