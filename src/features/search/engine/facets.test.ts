import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { applyFacets, type Selection } from './facets'
import type { FacetKey, SearchRecord } from './records'

const groups: FacetKey[] = ['thema', 'regio', 'fase']
const values = ['a', 'b', 'c']

const record = (facets: Partial<Record<FacetKey, string[]>>, i: number): SearchRecord => ({
  type: 'partner',
  regionNames: [],
  key: `p:${i}`,
  id: i,
  slug: `p${i}`,
  url: `/p${i}`,
  title: `P${i}`,
  lead: '',
  meta: '',
  body: '',
  themes: [],
  facets,
  partnerType: 'andere',
  locality: null,
  website: null,
})

/** The definition, literally: an option's count is the size of the result if it were the group's only choice… */
const passes = (r: SearchRecord, selection: Selection, except?: FacetKey) =>
  groups.every((g) => g === except || !selection[g]?.length || (r.facets[g] ?? []).some((v) => selection[g]!.includes(v)))

describe('disjunctive facets', () => {
  it('filters with OR inside a group and AND across groups, and counts like the definition', () => {
    const facetArb = fc.record({ thema: fc.subarray(values), regio: fc.subarray(values), fase: fc.subarray(values) })
    const selectionArb = fc.record({ thema: fc.subarray(values), regio: fc.subarray(values), fase: fc.subarray(values) })
    fc.assert(
      fc.property(fc.array(facetArb, { maxLength: 30 }), selectionArb, (facets, selection) => {
        const records = facets.map(record)
        const { items, counts } = applyFacets(records, (r) => r, groups, selection)
        expect(items).toEqual(records.filter((r) => passes(r, selection)))
        for (const g of groups) {
          for (const v of values) {
            // …plus the choices already made in its own group (ticking it widens the result).
            const expected = records.filter((r) => passes(r, selection, g) && (r.facets[g] ?? []).includes(v)).length
            expect(counts[g]!.get(v) ?? 0).toBe(expected)
          }
        }
      }),
    )
  })
})
