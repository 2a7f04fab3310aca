import fc from 'fast-check'
import { radix } from '@orama/orama/trees'
import { describe, expect, it } from 'vitest'

import { wordsWithin } from './fuzzy'
import { editDistance } from './query'

describe('words within a few edits', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('afwezigheid', 'afwezgiheid')).toBe(1)
    expect(editDistance('plan', 'plna')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('finds exactly the words a brute-force comparison finds', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 'r'), minLength: 1, maxLength: 7 })
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, fc.integer({ min: 0, max: 2 }), (vocabulary, query, max) => {
        const tree = new radix.RadixTree()
        for (const w of vocabulary) tree.insert(w, 0)
        const expected = new Map(vocabulary.map((w) => [w, editDistance(query, w)] as const).filter(([, d]) => d <= max))
        expect(wordsWithin(tree, query, max)).toEqual(expected)
      }),
    )
  })
})
