import { describe, expect, it } from 'vitest'

import { isNew, newestFirst, type Change } from './changes'

const change = (title: string, createdAt: string, updatedAt: string): Change => ({ kind: 'material', title, summary: '', path: `/materialen/${title}`, createdAt, updatedAt })

describe('changes', () => {
  it('counts a document saved within a day of its creation as new, later saves as an update', () => {
    expect(isNew(change('a', '2026-05-01T08:00:00Z', '2026-05-01T20:00:00Z'))).toBe(true)
    expect(isNew(change('a', '2026-05-01T08:00:00Z', '2026-05-02T09:00:00Z'))).toBe(false)
  })

  it('puts the newest change first, ties by title, and keeps at most the limit', () => {
    const list = [
      change('b', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
      change('c', '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z'),
      change('a', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
    ]
    expect(newestFirst(list, 3).map((c) => c.title)).toEqual(['c', 'a', 'b'])
    expect(newestFirst(list, 1).map((c) => c.title)).toEqual(['c'])
  })
})
