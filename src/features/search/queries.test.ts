import { beforeAll, describe, expect, it } from 'vitest'

import { buildIndex, type SearchIndex } from './engine/build'
import { toCorpus } from './engine/records'
import { searchSite } from './queries'
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
