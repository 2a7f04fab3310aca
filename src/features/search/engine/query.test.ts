import { beforeAll, describe, expect, it } from 'vitest'

import { buildIndex, type SearchIndex } from './build'
import { createMatcher, highlightAll, plain, snippet } from './highlight'
import { list } from './list'
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, parseQuery, runQuery, suggestQueries } from './query'
import { toCorpus, type SearchRecord, type TopicRecord } from './records'
import { seedDocs } from '@tests/fixtures/searchCorpus'
import { compoundsNotInTheSeed, pluralsFromTheSeed } from '@tests/fixtures/searchForms'

const topic = (key: string, title: string, body = '', lead = ''): TopicRecord => ({
  type: 'topic',
  key,
  id: key,
  slug: key,
  url: `/${key}`,
  title,
  lead,
  meta: '',
  body,
  themes: [],
  facets: {},
  inProgress: false,
})

const small = (records: SearchRecord[]) => buildIndex({ records, taxonomy: { themes: [], categories: [], targetGroups: [] } })
const keys = (index: SearchIndex, q: string) => runQuery(index, parseQuery(q)).hits.map((h) => h.record.key)

let seed: SearchIndex
beforeAll(async () => {
  seed = await buildIndex(toCorpus(seedDocs()))
})

describe('search over the seed content', () => {
  it('finds the same documents for afwezigheid, afwezigheden and afwezig', () => {
    const a = keys(seed, 'afwezigheid')
    expect(a.length).toBeGreaterThan(5)
    expect(keys(seed, 'afwezigheden')).toEqual(a)
    expect(keys(seed, 'afwezig')).toEqual(a)
    expect(seed.records.find((r) => r.key === a[0])!.title).toBe('Afwezigheden')
  })

  it.each(pluralsFromTheSeed)('finds for the plural %s what the singular %s finds', (plural, one) => {
    const found = keys(seed, one)
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(keys(seed, plural))).toEqual(new Set(found))
  })

  it('finds a compound plural the corpus never writes by its parts: gespreksverslagen, leerlingbesprekingen', () => {
    for (const q of compoundsNotInTheSeed) {
      const outcome = runQuery(seed, parseQuery(q))
      expect(outcome.corrections).toEqual([])
      expect(outcome.hits.length).toBeGreaterThan(0)
    }
  })

  it('finds the dialogue cards as materials by the plural people type', () => {
    const hits = runQuery(seed, parseQuery('dialoogfiches'), { types: ['material'] }).hits
    expect(hits.length).toBeGreaterThanOrEqual(2)
  })

  it('folds accents both ways: zorgcontinuum finds zorgcontinuüm', () => {
    const withAccent = keys(seed, 'zorgcontinuüm')
    expect(withAccent.length).toBeGreaterThan(3)
    expect(keys(seed, 'zorgcontinuum')).toEqual(withAccent)
    expect(keys(seed, 'ZORGCONTINUUM')).toEqual(withAccent)
  })

  it('requires every word and ranks a title match first', () => {
    const both = runQuery(seed, parseQuery('naft halle'))
    expect(both.mode).toBe('all')
    for (const hit of both.hits) {
      const text = `${hit.record.title} ${hit.record.lead} ${hit.record.meta} ${hit.record.body}`.toLowerCase()
      expect(text).toContain('halle')
      expect(text).toContain('naft')
    }
    expect(both.hits[0]!.record.title).toContain('Halle')
  })

  it('forgives a slip of the keyboard and says which word it used', () => {
    for (const typo of ['afwezigheeden', 'afwezgiheden', 'afwezighijd']) {
      const outcome = runQuery(seed, parseQuery(typo))
      expect(outcome.hits.length, typo).toBeGreaterThan(5)
      expect(outcome.corrections[0]?.from).toBe(typo)
      expect(outcome.corrections[0]?.to).toMatch(/^afwezighe/)
    }
  })

  it('does not correct a word the corpus has, nor short words', () => {
    expect(runQuery(seed, parseQuery('afwezigheden')).corrections).toEqual([])
    expect(runQuery(seed, parseQuery('clx')).hits).toEqual([])
  })

  it('matches the start of longer words: preventie finds the preventieplan', () => {
    const titles = runQuery(seed, parseQuery('preventie')).hits.map((h) => h.record.title)
    expect(titles).toContain('Preventieplan afwezigheden')
  })

  it('limits the search to the kinds of record asked for', () => {
    const outcome = runQuery(seed, parseQuery('afwezigheden'), { types: ['material'] })
    expect(outcome.hits.length).toBeGreaterThan(0)
    expect(outcome.hits.every((h) => h.record.type === 'material')).toBe(true)
  })

  it('falls back to documents with some of the words when none has them all, and says so', () => {
    const outcome = runQuery(seed, parseQuery('afwezigheden xylofoon'))
    expect(outcome.mode).toBe('any')
    expect(outcome.unmatched).toEqual(['xylofoon'])
    expect(outcome.hits.length).toBeGreaterThan(0)
  })

  it('suggests other spellings when a word is too far off to correct by itself', () => {
    // Two letters off: corrected automatically.
    expect(runQuery(seed, parseQuery('klastitullariss')).corrections[0]?.to).toBe('klastitularis')
    // Three letters off: no results, but a suggestion.
    const far = runQuery(seed, parseQuery('klastittularrisx'))
    expect(far.hits).toEqual([])
    expect(suggestQueries(seed, far)).toContain('klastitularis')
  })

  it('offers no other spelling for a place name: a word the corpus knows, a region, or an unknown town', () => {
    // On /partners no partner is in Antwerpen, but the word is the corpus's own (and a province): no "ontworpen".
    const partners = runQuery(seed, parseQuery('Antwerpen'), { types: ['partner'] })
    expect(partners.hits).toEqual([])
    expect(suggestQueries(seed, partners)).toEqual([])
    for (const town of ['Gent', 'Brugge', 'Hasselt', 'Limburg', 'Kortrijk', 'Mechelen']) {
      const outcome = runQuery(seed, parseQuery(town), { types: ['partner'] })
      for (const suggestion of suggestQueries(seed, outcome)) expect(suggestion[0]).toBe(town[0]!.toLowerCase())
    }
    expect(suggestQueries(seed, runQuery(seed, parseQuery('Gent'), { types: ['partner'] }))).toEqual([])
  })

  it('finds a word that occurs only inside a file', () => {
    // "afsprakentabel" is in the PDF of the PLG Brussel–Vlaams-Brabant guide, in no title, summary or label.
    const outside = seed.records.filter((r) => `${r.title} ${r.lead} ${r.meta}`.toLowerCase().includes('afsprakentabel'))
    expect(outside).toEqual([])
    const hits = runQuery(seed, parseQuery('afsprakentabel')).hits
    expect(hits.map((h) => h.record.slug)).toEqual(['leidraad-dialoogdocument-plg-bhg-vlaams-brabant'])
  })

  it('finds an instrument by the words of its steps and questions, not only by its title', () => {
    const instrument = seed.records.find((r) => r.type === 'instrument' && r.slug === 'aanwezig-op-school')!
    expect(instrument.url).toBe('/instrumenten/aanwezig-op-school')
    // A guiding question of the phase "focus bepalen": in the body only.
    expect(`${instrument.title} ${instrument.lead} ${instrument.meta}`.toLowerCase()).not.toContain('problematiek')
    const outcome = runQuery(seed, parseQuery('problematiek bakenen'), { types: ['instrument'] })
    expect(outcome.mode).toBe('all')
    expect(outcome.hits[0]?.record.slug).toBe('aanwezig-op-school')
    // Every seeded instrument is in the index, with the themes of the topics it serves.
    expect(seed.records.filter((r) => r.type === 'instrument').map((r) => r.slug).sort()).toEqual([
      'aanwezig-in-de-klas',
      'aanwezig-op-school',
      'dialoogdocument-ouders',
      'dialoogdocument-school-clb',
      'jij-ziet-mij',
      'preventieplan-afwezigheden',
    ])
    expect(seed.records.find((r) => r.slug === 'preventieplan-afwezigheden' && r.type === 'instrument')!.themes.length).toBeGreaterThan(0)
  })

  it('browses everything when the query has no words', () => {
    const outcome = runQuery(seed, parseQuery('   '))
    expect(outcome.mode).toBe('browse')
    expect(outcome.hits).toHaveLength(seed.records.length)
    expect(runQuery(seed, parseQuery('de en van')).mode).toBe('browse')
    expect(parseQuery('de en van').onlyStopWords).toBe(true)
  })
})

describe('compound-friendly matching', () => {
  let index: SearchIndex
  beforeAll(async () => {
    index = await small([
      topic('a', 'Schooluitval voorkomen'),
      topic('b', 'Uitval in het secundair'),
      topic('c', 'Een school en haar beleid'),
      topic('d', 'Het aanwezigheidsbeleid van de school'),
      topic('e', 'Aanwezigheid telt'),
    ])
  })

  it('finds a compound by one of its parts, after the word itself', () => {
    expect(keys(index, 'uitval')).toEqual(['b', 'a'])
  })

  it('splits a compound query into words the corpus has', () => {
    const outcome = runQuery(index, parseQuery('schoolbeleid'))
    expect(outcome.hits.map((h) => h.record.key).sort()).toEqual(['c', 'd'])
  })

  it('marks the matching part of a compound in a snippet', () => {
    const outcome = runQuery(index, parseQuery('uitval'))
    const match = createMatcher(outcome.matched, index.decompound)
    const title = highlightAll('Schooluitval voorkomen', match)
    expect(title.filter((s) => s.mark).map((s) => s.text)).toEqual(['Schooluitval'])
  })
})

describe('accents in documents', () => {
  it('finds geïnventariseerd by geinventariseerd and the other way round', async () => {
    const index = await small([topic('x', 'Wat we hebben geïnventariseerd'), topic('y', 'Geinventariseerd zonder trema')])
    expect(keys(index, 'geinventariseerd').sort()).toEqual(['x', 'y'])
    expect(keys(index, 'geïnventariseerd').sort()).toEqual(['x', 'y'])
  })
})

describe('highlighting', () => {
  it('marks every form of the query word, with the text as it was written', () => {
    const outcome = runQuery(seed, parseQuery('afwezigheden'))
    const match = createMatcher(outcome.matched, seed.decompound)
    const text = 'Een afwezigheid, twee AFWEZIGHEDEN en een afwezige leerling.'
    const marked = highlightAll(text, match).filter((s) => s.mark).map((s) => s.text)
    expect(marked).toEqual(['afwezigheid', 'AFWEZIGHEDEN', 'afwezige'])
    expect(plain(highlightAll(text, match))).toBe(text)
  })

  it('cuts a snippet around the passage with most query words', () => {
    const outcome = runQuery(seed, parseQuery('ouders gesprek'))
    const match = createMatcher(outcome.matched, seed.decompound)
    const filler = 'Dit is een zin over iets heel anders. '.repeat(40)
    const text = `${filler}Een gesprek met de ouders helpt. ${filler}`
    const segments = snippet(text, match, 2)!
    expect(plain(segments)).toMatch(/^… .*gesprek met de ouders helpt.* …$/)
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['gesprek', 'ouders'])
  })

  it('finds the best passage deep in a long text, accents and all, by reading around the probe’s finds', () => {
    const outcome = runQuery(seed, parseQuery('ouders gesprek'))
    const match = createMatcher(outcome.matched, seed.decompound)
    const filler = 'Dit is een zin over iets heel anders. '.repeat(2500)
    const text = `${filler}Alleen een gesprek hier. ${filler}Een GESPREK met de Óuders helpt. ${filler}`
    expect(text.length).toBeGreaterThan(200_000)
    const segments = snippet(text, match, 2)!
    expect(plain(segments)).toMatch(/^… .*GESPREK met de Óuders helpt.* …$/)
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['GESPREK', 'Óuders'])
  })

  it('returns no snippet for a text without matches', () => {
    const outcome = runQuery(seed, parseQuery('afwezigheden'))
    expect(snippet('Niets te zien hier.', createMatcher(outcome.matched, seed.decompound), 1)).toBeNull()
  })
})

describe('queries from a URL', () => {
  it('cuts long queries at a word boundary and says so', () => {
    const long = 'afwezigheden '.repeat(100)
    const parsed = parseQuery(long)
    expect(parsed.truncated).toBe(true)
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(parsed.text.endsWith('afwezigheden')).toBe(true)
  })

  it('keeps at most a dozen distinct words', () => {
    const many = Array.from({ length: 30 }, (_, i) => `woord${String.fromCharCode(97 + (i % 26))}${i}`).join(' ')
    expect(parseQuery(many).words).toHaveLength(MAX_QUERY_WORDS)
    expect(parseQuery('school school scholen').words).toHaveLength(1)
  })

  it('accepts anything a URL can hold without throwing', () => {
    for (const input of [undefined, null, 42, {}, ['a', 'b'], '\u0000\u0007 %', '\uD83D', '(((', '"', "'", '\\', '*?[]', '💥💥']) {
      const parsed = parseQuery(input)
      expect(() => runQuery(seed, parsed)).not.toThrow()
    }
    expect(parseQuery(['spijbelen', 'x']).text).toBe('spijbelen')
  })
})

describe('list', () => {
  it('shows the last page when asked for a page past the end', () => {
    const result = list(seed, {
      query: parseQuery(''),
      types: ['partner'],
      facets: ['soort', 'regio'],
      selection: {},
      page: 999,
      pageSize: 10,
    })
    expect(result.pageCount).toBe(Math.ceil(result.total / 10))
    expect(result.page).toBe(result.pageCount)
    expect(result.pageAdjusted).toBe(true)
    expect(result.hits.length).toBeGreaterThan(0)
  })
})
