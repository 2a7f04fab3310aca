import { describe, expect, it } from 'vitest'

import { sectionOf } from './navigation'

describe('main navigation', () => {
  it('marks the map for the home page and everything inside the themes', () => {
    expect(sectionOf('/')).toBe('/')
    expect(sectionOf('/themas/risicofactoren/afwezigheden')).toBe('/')
    expect(sectionOf('/startpagina/risicofactoren/lijst')).toBe('/')
    expect(sectionOf('/materialen')).toBe('/materialen')
    expect(sectionOf('/goede-praktijken/iets')).toBe('/goede-praktijken')
  })
})
