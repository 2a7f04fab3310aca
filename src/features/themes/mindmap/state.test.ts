import { describe, expect, it } from 'vitest'

import { homeHref, parseHomeState, themeLink } from './state'

const slugs = ['risicofactoren', 'beschermende-factoren']

describe('home state in the URL', () => {
  it('reads a known theme and a chosen view', () => {
    expect(parseHomeState({ thema: 'risicofactoren', weergave: 'lijst' }, slugs)).toEqual({ unfolded: 'risicofactoren', view: 'lijst' })
  })

  it('ignores unknown, repeated, huge or odd values', () => {
    expect(parseHomeState({ thema: 'bestaat-niet' }, slugs)).toEqual({ unfolded: null, view: 'auto' })
    expect(parseHomeState({ thema: ['beschermende-factoren', 'risicofactoren'], weergave: ['kaart'] }, slugs)).toEqual({
      unfolded: 'beschermende-factoren',
      view: 'kaart',
    })
    expect(parseHomeState({ thema: 'x'.repeat(100_000), weergave: '<script>' }, slugs)).toEqual({ unfolded: null, view: 'auto' })
    expect(parseHomeState({}, slugs)).toEqual({ unfolded: null, view: 'auto' })
  })

  it('writes the shortest URL for a state', () => {
    expect(homeHref({ unfolded: null, view: 'auto' })).toBe('/')
    expect(homeHref({ unfolded: 'risicofactoren', view: 'auto' })).toBe('/?thema=risicofactoren')
    expect(homeHref({ unfolded: 'risicofactoren', view: 'kaart' })).toBe('/?thema=risicofactoren&weergave=kaart')
    expect(homeHref({ unfolded: null, view: 'lijst' })).toBe('/?weergave=lijst')
  })
})

describe('theme links on the map', () => {
  const theme = { slug: 'risicofactoren', title: 'Risicofactoren', count: 8 }

  it('unfolds a folded theme, keeping the chosen view', () => {
    expect(themeLink(theme, { unfolded: null, view: 'kaart' })).toEqual({
      href: '/?thema=risicofactoren&weergave=kaart',
      label: 'Risicofactoren, 8 onderwerpen: uitvouwen',
      expanded: false,
    })
  })

  it('opens the theme page from an unfolded theme, or from a theme without topics', () => {
    expect(themeLink(theme, { unfolded: 'risicofactoren', view: 'auto' })).toMatchObject({ href: '/themas/risicofactoren', expanded: true })
    expect(themeLink({ ...theme, count: 0 }, { unfolded: null, view: 'auto' })).toMatchObject({ href: '/themas/risicofactoren', expanded: undefined })
  })
})
