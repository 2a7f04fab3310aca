/**
 * A generated corpus of materials with realistic Dutch text, for bench/search.ts. A word-bigram model trained on the
 * seed's own texts (topics, file texts, practices, partners) writes the sentences, so word frequencies and word
 * lengths are those of the toolbox's Dutch. About one word in twenty is a compound of two of its nouns, drawn from a
 * large pool with a Zipf-like law (a few compounds are common, most are rare), so the vocabulary keeps growing with
 * the corpus roughly as Heaps' law says real text does — and the compound splitter gets work. File texts
 * follow a long-tailed length distribution (a few hundred to several thousand words). Deterministic per seed.
 */
import { carePhases, educationLevels, regions, sourceTypes } from '@/shared/vocabulary'
import type { MaterialRecord, SearchCorpus, Taxonomy } from '@/features/search/engine'
import { toCorpus } from '@/features/search/engine/records'
import { documentText, seedDocs } from '@tests/fixtures/searchCorpus'
import { richTextToPlain } from '@/features/search/engine/records'

/** mulberry32: a small, fast, seeded generator. */
export const random = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const trainingText = (): string[] => {
  const docs = seedDocs()
  return [
    ...docs.topics.flatMap((t) => [t.summary, richTextToPlain(t.why), ...(t.insights ?? []).map((i) => i.text)]),
    ...docs.media.map((m) => m.extractedText ?? ''),
    ...docs.materials.map((m) => m.description),
    ...docs.practices.flatMap((p) => [p.summary, richTextToPlain(p.description)]),
    ...docs.partners.flatMap((p) => [p.description, ...(p.services ?? []).map((s) => s.label)]),
  ]
}

interface Model {
  starts: string[]
  next: Map<string, string[]>
  nouns: string[]
}

const train = (): Model => {
  const starts: string[] = []
  const next = new Map<string, string[]>()
  const nouns = new Set<string>()
  for (const text of trainingText()) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      const words = sentence.split(/\s+/).filter((w) => /^[\p{L}'’-]+[,;:]?$/u.test(w))
      if (words.length < 4) continue
      starts.push(words[0]!)
      for (let i = 0; i < words.length - 1; i++) {
        const key = words[i]!.toLowerCase()
        if (!next.has(key)) next.set(key, [])
        next.get(key)!.push(words[i + 1]!)
        const bare = words[i + 1]!.replace(/[,;:]$/, '')
        if (bare.length >= 5 && /^\p{Ll}+$/u.test(bare)) nouns.add(bare)
      }
    }
  }
  return { starts, next, nouns: [...nouns] }
}

export const createWriter = (seed: number) => {
  const model = train()
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const compounds = Array.from({ length: 60_000 }, () => `${pick(model.nouns)}${pick(model.nouns)}`)
  /** Log-uniform rank: Zipf's law with exponent 1. */
  const zipf = <T>(list: readonly T[]) => list[Math.min(list.length - 1, Math.floor(Math.exp(rnd() * Math.log(list.length + 1))) - 1)]!

  const sentence = (min = 8, max = 24): string => {
    const length = min + Math.floor(rnd() * (max - min))
    const words = [pick(model.starts)]
    while (words.length < length) {
      const options = model.next.get(words[words.length - 1]!.toLowerCase())
      let word = options ? pick(options) : pick(model.starts).toLowerCase()
      // A compound now and then: "schoolteam" + "overleg" → "schoolteamoverleg".
      if (rnd() < 0.05) word = zipf(compounds)
      words.push(word)
    }
    return `${words.join(' ').replace(/[,;:]$/, '')}.`
  }

  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence()).join(' ')

  /** Words in a file's text: log-normal, median about 900, from about 150 to several thousand. */
  const fileLength = () => Math.round(Math.exp(6.8 + 0.8 * Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd())))

  const document = () => {
    const target = Math.min(20_000, Math.max(150, fileLength()))
    const parts: string[] = []
    let count = 0
    while (count < target) {
      const p = paragraph(2 + Math.floor(rnd() * 5))
      count += p.split(' ').length
      parts.push(p)
    }
    return parts.join('\n\n')
  }

  return { rnd, pick, sentence, paragraph, document, vocabulary: model.nouns }
}

const sample = <T>(rnd: () => number, list: readonly T[], max: number): T[] =>
  list.filter(() => rnd() < max / list.length).slice(0, max)

/** `count` generated materials, plus the seed's taxonomy (themes, categories, target groups). */
export const generateMaterials = (count: number, seed = 7): SearchCorpus => {
  const writer = createWriter(seed)
  const { rnd, pick } = writer
  const taxonomy: Taxonomy = toCorpus(seedDocs()).taxonomy
  const records: MaterialRecord[] = []
  for (let i = 0; i < count; i++) {
    const title = writer.sentence(3, 9).replace(/\.$/, '')
    const themes = sample(rnd, taxonomy.themes.map((t) => t.slug), 2)
    const primary = themes.length ? themes : [pick(taxonomy.themes).slug]
    const format = rnd() < 0.6 ? 'pdf' : 'word'
    const year = 2015 + Math.floor(rnd() * 12)
    records.push({
      type: 'material',
      key: `material:${i}`,
      id: i,
      slug: `materiaal-${i}`,
      url: `/materialen/materiaal-${i}`,
      title: title[0]!.toUpperCase() + title.slice(1),
      lead: writer.paragraph(2 + Math.floor(rnd() * 2)),
      meta: [pick(['PLG Antwerpen', 'GO! CLB Vilvoorde', 'Vlaamse overheid', 'Arteveldehogeschool', 'Netwerk STS']), pick(taxonomy.categories).title].join('\n'),
      body: writer.document(),
      themes: primary,
      facets: {
        thema: primary,
        categorie: sample(rnd, taxonomy.categories.map((c) => c.slug), 3),
        bron: [pick(sourceTypes).value],
        doelgroep: sample(rnd, taxonomy.targetGroups.map((t) => t.slug), 2),
        fase: sample(rnd, carePhases.map((p) => p.value), 2),
        niveau: sample(rnd, educationLevels.map((l) => l.value), 2),
        regio: [pick(regions).value],
        formaat: [format],
      },
      publisher: 'Generated',
      sourceType: pick(sourceTypes).value,
      publishedDate: `${year}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}T00:00:00.000Z`,
      format,
      file: { url: `/api/media/file/m${i}.pdf`, filename: `m${i}.pdf`, mimeType: 'application/pdf', filesize: 100_000 },
      externalUrl: null,
    })
  }
  return { records, taxonomy }
}

/** The seed content as the index gets it (file texts as extraction gives them). */
export const seedCorpus = (): SearchCorpus => toCorpus(seedDocs())

export { documentText }
