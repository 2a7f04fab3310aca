import { describe, expect, it } from 'vitest'

import { idOf, idsOf, populated } from './relations'

describe('relation values', () => {
  it('reads the id of a bare id and of a populated document', () => {
    expect(idOf(7)).toBe(7)
    expect(idOf('64f0c0ffee')).toBe('64f0c0ffee')
    expect(idOf({ id: 7, title: 'Spijbelen' })).toBe(7)
    expect(idOf({ id: '64f0c0ffee' })).toBe('64f0c0ffee')
  })

  it('gives undefined for what points nowhere', () => {
    expect(idOf(null)).toBeUndefined()
    expect(idOf(undefined)).toBeUndefined()
    expect(idOf({ title: 'zonder id' })).toBeUndefined()
    expect(idOf({ id: null })).toBeUndefined()
    expect(idOf({ id: { id: 3 } })).toBeUndefined()
    expect(idOf(true)).toBeUndefined()
  })

  it('keeps id 0: a falsy id is still an id', () => {
    expect(idOf(0)).toBe(0)
    expect(idOf({ id: 0 })).toBe(0)
  })

  it('reads a has-many relation in order, mixed forms, and leaves out what points nowhere', () => {
    expect(idsOf([3, { id: 1 }, null, { title: 'x' }, '9'])).toEqual([3, 1, '9'])
    expect(idsOf(null)).toEqual([])
    expect(idsOf('3')).toEqual([])
  })

  it('keeps only the populated documents', () => {
    expect(populated<{ id: number }>([{ id: 1 }, 2, null, { id: 3 }])).toEqual([{ id: 1 }, { id: 3 }])
    expect(populated(undefined)).toEqual([])
  })
})
