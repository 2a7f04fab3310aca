import { describe, expect, it } from 'vitest'

import { createRateLimit } from './rateLimit'

describe('the contribution rate limit', () => {
  it('allows max per window and sender, then again after the window', () => {
    let time = 0
    const allow = createRateLimit({ max: 2, windowMs: 1000, now: () => time })
    expect([allow('a'), allow('a'), allow('a'), allow('b')]).toEqual([true, true, false, true])
    time = 1000
    expect(allow('a')).toBe(true)
  })
})
