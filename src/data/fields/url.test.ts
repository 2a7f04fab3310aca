import { describe, expect, it } from 'vitest'

import { isSitePath, validateLink, validateUrl } from './url'

describe('link fields', () => {
  it('accepts a page of the toolbox by its path, and web addresses as before', () => {
    for (const value of ['/vroegdetectie', '/partners', '/partners?soort=naft-aanbieder', '/materialen?q=preventieplan#lijst', '/']) {
      expect(validateLink(value), value).toBe(true)
    }
    expect(validateLink('https://www.vclb-koepel.be')).toBe(true)
    expect(validateLink('')).toBe(true)
  })

  it('refuses what would leave the site or is no address, with a Dutch message', () => {
    for (const value of ['//evil.example', '/\\evil.example', '/met spatie', 'javascript:alert(1)', 'vroegdetectie', 'ftp://x.be']) {
      expect(validateLink(value), value).toMatch(/^[A-Z]/)
    }
    expect(isSitePath('//evil.example')).toBe(false)
  })

  it('keeps plain web-address fields to http(s) addresses', () => {
    expect(validateUrl('/vroegdetectie')).not.toBe(true)
  })
})
