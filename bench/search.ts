/**
 * Bench of the site search (src/features/search/engine): index build time, memory, and query latency (p50/p95/p99) for the seed
 * content and for a generated corpus of 10,000 materials with realistic Dutch text (bench/search/corpus.ts), next to
 * a plain in-memory substring scan of the same texts as the baseline, measured in the same run.
 *
 * Also: the whole /zoeken page's work (src/features/search/queries.ts searchSite, on the index alone: all types, five per
 * type with snippets), an update in place of one changed document (updateIndex), and the longest time a build
 * keeps the event loop from other requests.
 *
 * Run with `npx tsx bench/search.ts` (add `--expose-gc` through NODE_OPTIONS for steadier memory figures).
 * Options: `--sizes 10000` (comma-separated), `--queries 300`. It prints figures and asserts nothing.
 */
import { cpus } from 'node:os'

import {
  buildIndex,
  compareTitles,
  describeHit,
  list,
  parseQuery,
  runQuery,
  suggestQueries,
  updateIndex,
  type SearchCorpus,
  type SearchIndex,
} from '@/features/search/engine'
import { isStopWord } from '@/features/search/engine/analyzer'
import { generateMaterials, random, seedCorpus } from './search/corpus'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1]! : fallback
}
const SIZES = arg('sizes', '10000').split(',').map(Number)
const QUERY_COUNT = Number(arg('queries', '300'))
const REPEAT = 3

const gc = () => (globalThis as { gc?: () => void }).gc?.()
const heapMb = () => {
  gc()
  return process.memoryUsage().heapUsed / 1024 / 1024
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1)).padStart(7)

/** A realistic mix: frequent and rarer words, two and three words, typos, prefixes, words nobody wrote. */
const makeQueries = (index: SearchIndex, count: number, seed: number): string[] => {
  const rnd = random(seed)
  const words = [...index.vocabulary.entries()]
    .filter(([w]) => w.length >= 4 && !isStopWord(w) && !/\d/.test(w))
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w)
  const frequent = words.slice(0, 400)
  const rarer = words.slice(400, Math.min(words.length, 30_000))
  const pick = (list: string[]) => list[Math.floor(rnd() * list.length)]!
  const typo = (w: string) => {
    const i = 1 + Math.floor(rnd() * (w.length - 2))
    const r = rnd()
    if (r < 0.33) return w.slice(0, i) + w.slice(i + 1) // a letter left out
    if (r < 0.66) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) // two letters swapped
    return w.slice(0, i) + 'e' + w.slice(i) // a letter too many
  }
  const queries: string[] = []
  for (let i = 0; i < count; i++) {
    const r = rnd()
    if (r < 0.3) queries.push(pick(frequent))
    else if (r < 0.5) queries.push(pick(rarer))
    else if (r < 0.7) queries.push(`${pick(frequent)} ${pick(rarer)}`)
    else if (r < 0.8) queries.push(`${pick(frequent)} ${pick(frequent)} ${pick(rarer)}`)
    else if (r < 0.9) queries.push(typo(pick(rarer.filter((w) => w.length >= 6).slice(0, 5000))))
    else if (r < 0.95) queries.push(pick(frequent).slice(0, 5))
    else queries.push(`xq${Math.floor(rnd() * 1e6).toString(36)}zv`)
  }
  return queries
}

/** The baseline: lower-cased texts held in memory, every query word must occur as a substring. No ranking. */
const substringScan = (corpus: SearchCorpus) => {
  const texts = corpus.records.map((r) => `${r.title}\n${r.lead}\n${r.meta}\n${r.body}`.toLowerCase())
  return (q: string) => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean)
    const hits: number[] = []
    for (let i = 0; i < texts.length; i++) if (words.every((w) => texts[i]!.includes(w))) hits.push(i)
    return hits
  }
}

const time = (fn: () => unknown) => {
  const t = performance.now()
  fn()
  return performance.now() - t
}

const measure = (queries: string[], fn: (q: string) => unknown) => {
  for (const q of queries.slice(0, 20)) fn(q) // warm-up
  const samples: number[] = []
  for (let r = 0; r < REPEAT; r++) for (const q of queries) samples.push(time(() => fn(q)))
  return samples.sort((a, b) => a - b)
}

const report = (label: string, samples: number[], baseline?: number[]) => {
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(samples, p))
  const ratio = baseline ? `   ×${(p95 / percentile(baseline, 95)).toFixed(2)} of the baseline's p95` : ''
  console.log(`  ${label.padEnd(44)} p50 ${ms(p50!)} ms   p95 ${ms(p95!)} ms   p99 ${ms(p99!)} ms${ratio}`)
}

const bench = async (name: string, corpus: SearchCorpus) => {
  const words = corpus.records.reduce((n, r) => n + r.body.split(/\s+/).length + r.lead.split(/\s+/).length, 0)
  const textMb = corpus.records.reduce((n, r) => n + r.body.length + r.lead.length + r.title.length + r.meta.length, 0) / 1024 / 1024
  console.log(`\n${name}: ${corpus.records.length.toLocaleString('en-US')} documents, ${Math.round(words / 1000).toLocaleString('en-US')}k words, ${textMb.toFixed(1)} MB of text`)

  const before = heapMb()
  const builds: number[] = []
  let index!: SearchIndex
  const runs = corpus.records.length > 1000 ? 2 : 5
  let stall = 0
  for (let i = 0; i < runs; i++) {
    index = undefined as unknown as SearchIndex
    gc()
    // The longest gap between two ticks of a 1 ms timer: how long a request could wait for the build.
    let last = performance.now()
    const timer = setInterval(() => {
      const now = performance.now()
      stall = Math.max(stall, now - last)
      last = now
    }, 1)
    const t = performance.now()
    index = await buildIndex(corpus)
    builds.push(performance.now() - t)
    clearInterval(timer)
  }
  const heap = heapMb() - before
  builds.sort((a, b) => a - b)
  console.log(
    `  index build: ${builds.map((b) => `${Math.round(b)} ms`).join(', ')} (median ${Math.round(percentile(builds, 50))} ms); ` +
      `vocabulary ${index.vocabulary.size.toLocaleString('en-US')} words; heap +${Math.round(heap)} MB (index and texts); ` +
      `event loop held at most ${Math.round(stall)} ms`,
  )

  const queries = makeQueries(index, QUERY_COUNT, 42)
  const scan = substringScan(corpus)
  const baseline = measure(queries, scan)
  report('baseline: substring scan (AND, unranked)', baseline)
  report('query: match + rank all hits', measure(queries, (q) => runQuery(index, parseQuery(q))), baseline)
  const page = (q: string) => {
    const result = list(index, {
      query: parseQuery(q),
      types: ['material'],
      facets: ['thema', 'categorie', 'bron', 'doelgroep', 'fase', 'niveau', 'regio', 'formaat'],
      selection: {},
      page: 1,
      pageSize: 20,
    })
    for (const hit of result.hits) describeHit(index, result.outcome, hit.record)
  }
  report('list page: + 8 facet counts, 20 snippets', measure(queries, page), baseline)
  const filtered = (q: string) =>
    list(index, {
      query: parseQuery(q),
      types: ['material'],
      facets: ['thema', 'categorie', 'regio', 'formaat'],
      selection: { categorie: [index.taxonomy.categories[0]!.slug], regio: ['limburg', 'antwerpen'] },
      sort: compareTitles,
      page: 1,
      pageSize: 20,
    })
  report('filtered + sorted by title (no snippets)', measure(queries, filtered), baseline)

  // /zoeken: every type, the first five of each with title and snippet (searchSite without the page around it).
  const site = (q: string) => {
    const outcome = runQuery(index, parseQuery(q))
    const shown = new Map<string, number>()
    for (const hit of outcome.hits) {
      const n = shown.get(hit.record.type) ?? 0
      if (n >= 5) continue
      shown.set(hit.record.type, n + 1)
      describeHit(index, outcome, hit.record)
    }
    if (outcome.hits.length === 0) suggestQueries(index, outcome)
  }
  report('/zoeken: all types, 5 per type with snippets', measure(queries, site), baseline)

  // One material changed (its title and file text), brought into the index in place; then back.
  const material = index.records.find((r) => r.type === 'material')!
  const edited = { ...corpus, records: corpus.records.map((r) => (r === material ? { ...r, title: `${r.title} herzien`, body: `${r.body}\nEen toegevoegde alinea.` } : r)) }
  const updates: number[] = []
  gc() // as before the builds: the queries above leave garbage a collection would otherwise charge to an update
  for (let i = 0; i < 10; i++) {
    const t = performance.now()
    index = (await updateIndex(index, i % 2 === 0 ? edited : corpus))!
    updates.push(performance.now() - t)
  }
  updates.sort((a, b) => a - b)
  console.log(`  update in place, one changed material: median ${ms(percentile(updates, 50))} ms, max ${ms(updates[updates.length - 1]!)} ms (vs the full build above)`)

  const found = queries.filter((q) => runQuery(index, parseQuery(q)).hits.length > 0).length
  const scanFound = queries.filter((q) => scan(q).length > 0).length
  console.log(`  queries with results: search ${found}/${queries.length}, substring scan ${scanFound}/${queries.length}`)
  return index
}

console.log(`Search bench — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}); ${QUERY_COUNT} queries × ${REPEAT}`)
await bench('Seed content', seedCorpus())
for (const size of SIZES) {
  const t = performance.now()
  const corpus = generateMaterials(size)
  console.log(`\n(generated ${size.toLocaleString('en-US')} materials in ${Math.round(performance.now() - t)} ms)`)
  await bench(`Generated materials`, corpus)
}
