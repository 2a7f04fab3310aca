import { describe, expect, it } from 'vitest'

import { buildIndex, updateIndex, type SearchIndex } from './build'
import { parseQuery, runQuery } from './query'
import { toCorpus, type SearchCorpus, type SearchRecord } from './records'
import { seedDocs } from '@tests/fixtures/searchCorpus'

const ranked = (index: SearchIndex, q: string) =>
  runQuery(index, parseQuery(q)).hits.map((h) => `${h.record.key} ${h.score.toFixed(6)}`)

/** The seed with a few edits: a changed file text and title, a new material, a partner gone. */
const edited = (corpus: SearchCorpus): SearchCorpus => {
  const records = corpus.records
    .filter((r) => r.slug !== 'vaph')
    .map((r): SearchRecord => (r.type === 'material' && r === corpus.records.find((x) => x.type === 'material') ? { ...r, title: 'Zebrapadoverleg met de buurt', body: `${r.body}\nEen kwartelkoning op de speelplaats.` } : r))
  const template = records.find((r) => r.type === 'material')!
  records.push({ ...template, key: 'material:9999', id: 9999, slug: 'nieuw', title: 'Spijbelpreventie in de eerste graad', body: 'Afwezigheden opvolgen met ouders.' })
  return { records, taxonomy: corpus.taxonomy }
}

describe('updating an index in place', () => {
  it('gives the same results and scores as a full build of the new corpus', async () => {
    const before = toCorpus(seedDocs())
    const after = edited(before)
    const updated = (await updateIndex(await buildIndex(before), after))!
    const full = await buildIndex(after)
    expect(updated.updates).toBe(1)
    expect(updated.records).toBe(after.records)
    for (const q of ['zebrapadoverleg', 'kwartelkoning', 'vaph', 'spijbelpreventie graad', 'afwezigheden', 'ouders school', 'warme overdracht', 'leerlingenbegeleiding']) {
      expect(ranked(updated, q), q).toEqual(ranked(full, q))
    }
    // The vocabulary follows: a word only the removed partner used is gone, a new one is there.
    expect([...updated.vocabulary].sort()).toEqual([...full.vocabulary].sort())
    expect(runQuery(updated, parseQuery('kwatrelkoning')).corrections).toEqual([{ from: 'kwatrelkoning', to: 'kwartelkoning' }])
  })

  it('leaves the previous index object answering as before the update for what did not change', async () => {
    const before = toCorpus(seedDocs())
    const index = await buildIndex(before)
    const expected = ranked(index, 'afwezigheden')
    const updated = (await updateIndex(index, { ...before, records: [...before.records] }))!
    expect(updated.db).toBe(index.db)
    expect(ranked(updated, 'afwezigheden')).toEqual(expected)
  })
})

describe('building', () => {
  it('lets other work in at least every few tens of milliseconds', async () => {
    const corpus = toCorpus(seedDocs())
    // A bigger corpus: the seed's materials, many times over, under new keys.
    const materials = corpus.records.filter((r) => r.type === 'material')
    const records = Array.from({ length: 40 }, (_, i) => materials.map((m) => ({ ...m, key: `${m.key}-${i}`, id: `${m.id}-${i}` }))).flat()
    // The hold is counted in this process's CPU time, not wall time: on a busy machine the operating system may
    // pause the whole process, which is no hold of the build's own making.
    const cpuMs = () => {
      const { user, system } = process.cpuUsage()
      return (user + system) / 1000
    }
    let longest = 0
    let last = cpuMs()
    const timer = setInterval(() => {
      const now = cpuMs()
      longest = Math.max(longest, now - last)
      last = now
    }, 1)
    await buildIndex({ records, taxonomy: corpus.taxonomy })
    clearInterval(timer)
    longest = Math.max(longest, cpuMs() - last) // the stretch since the last tick counts too
    expect(longest).toBeLessThan(150)
  })
})
