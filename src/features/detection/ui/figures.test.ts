import { describe, expect, it } from 'vitest'

import { changeText, isStriking } from './figures'

describe('figures', () => {
  it('calls a group striking at 1.5 times the overall rate, from 20 pupils', () => {
    expect(isStriking(15, 10, 20)).toBe(true)
    expect(isStriking(14.9, 10, 200)).toBe(false)
    expect(isStriking(40, 10, 19)).toBe(false)
    expect(isStriking(null, 10, 50)).toBe(false)
    expect(isStriking(5, 0, 50)).toBe(false)
  })

  it('says how the count changed', () => {
    expect(changeText(113, null)).toBeNull()
    expect(changeText(113, 113)).toBeNull()
    expect(changeText(100, 113)).toBe('13 minder dan daarnet (113)')
    expect(changeText(120, 113)).toBe('7 meer dan daarnet (113)')
  })
})
