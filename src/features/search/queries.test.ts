import { beforeAll, describe, expect, it } from 'vitest'

import { buildIndex, updateIndex, type SearchIndex } from './engine/build'
import { toCorpus, type MaterialRecord, type SearchRecord } from './engine/records'
import { byTitle, queryListing, searchSite, type ListingSpec } from './queries'
import { seedDocs } from '@tests/fixtures/searchCorpus'

let seed: SearchIndex
beforeAll(async () => {
  seed = await buildIndex(toCorpus(seedDocs()))
})

describe('/zoeken over the seed content', () => {
  it('shows first the kind of result that holds the best match: a material titled by the query before topics', () => {
    const result = searchSite(seed, { q: 'preventieplan', page: 1 })
    expect(result.counts.onderwerpen).toBeGreaterThan(5)
    expect(result.groups[0]!.scope.value).toBe('materialen')
    expect(result.groups[0]!.items[0]!.record.title).toBe('Preventieplan afwezigheden')
  })

  it('keeps the fixed order when topics hold the best match', () => {
    const result = searchSite(seed, { q: 'afwezigheden', page: 1 })
    expect(result.groups[0]!.scope.value).toBe('onderwerpen')
    expect(result.groups[0]!.items[0]!.record.title).toBe('Afwezigheden')
  })
})

describe('results worked out once per index', () => {
  const listing: ListingSpec<MaterialRecord> = {
    type: 'material',
    pageSize: 20,
    groups: [{ key: 'thema', label: 'Thema', options: (t) => t.themes.map((theme) => ({ value: theme.slug, label: theme.title })) }],
    sorts: [{ value: 'titel', label: 'Titel (A–Z)', compare: byTitle }],
  }
  const request = { q: 'preventieplan', selection: {}, page: 1 }

  it('answers the same request on the same index with the result it worked out before, another request afresh', () => {
    const site = searchSite(seed, { q: 'preventieplan', page: 1 })
    expect(searchSite(seed, { q: 'preventieplan', page: 1 })).toBe(site)
    expect(searchSite(seed, { q: 'preventieplan', scope: 'materialen', page: 1 })).not.toBe(site)
    const list = queryListing(seed, listing, request)
    expect(queryListing(seed, listing, { ...request })).toBe(list)
    expect(queryListing(seed, listing, { ...request, sort: 'titel' })).not.toBe(list)
    expect(queryListing(seed, listing, { ...request, selection: { thema: ['risicofactoren'] } })).not.toBe(list)
  })

  it('answers from the new index once an edit is in it, not from what the previous index worked out', async () => {
    const corpus = toCorpus(seedDocs())
    const index = await buildIndex(corpus)
    const title = (r: { record: SearchRecord }) => r.record.title
    expect(searchSite(index, { q: 'preventieplan', page: 1 }).groups[0]!.items.map(title)).toContain('Preventieplan afwezigheden')
    expect(queryListing(index, listing, request).items.map(title)).toContain('Preventieplan afwezigheden')
    const renamed = corpus.records.map((r) => (r.title === 'Preventieplan afwezigheden' ? { ...r, title: 'Preventieplan verzuim' } : r))
    const updated = (await updateIndex(index, { ...corpus, records: renamed }))!
    expect(searchSite(updated, { q: 'preventieplan', page: 1 }).groups[0]!.items.map(title)).toContain('Preventieplan verzuim')
    expect(queryListing(updated, listing, request).items.map(title)).toContain('Preventieplan verzuim')
    expect(queryListing(updated, listing, request).items.map(title)).not.toContain('Preventieplan afwezigheden')
  })
})
