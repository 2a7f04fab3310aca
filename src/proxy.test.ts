import { describe, expect, it } from 'vitest'

import { homeRewrite } from './proxy'

const rewrite = (query: string) => homeRewrite(new URLSearchParams(query))

describe("the home page's cached variants", () => {
  it('turns each state of the query string into one path', () => {
    expect(rewrite('')).toBe('/startpagina/-/auto')
    expect(rewrite('thema=risicofactoren')).toBe('/startpagina/risicofactoren/auto')
    expect(rewrite('weergave=lijst&thema=risicofactoren')).toBe('/startpagina/risicofactoren/lijst')
    expect(rewrite('weergave=kaart')).toBe('/startpagina/-/kaart')
  })

  it('folds odd values into the plain map, so they cannot fill the cache', () => {
    expect(rewrite('thema=../admin')).toBe('/startpagina/-/auto')
    expect(rewrite('thema=Risico%20factoren&weergave=tabel')).toBe('/startpagina/-/auto')
    expect(rewrite(`thema=${'a'.repeat(200)}`)).toBe('/startpagina/-/auto')
    expect(rewrite('thema=&weergave=')).toBe('/startpagina/-/auto')
  })
})
