import { describe, expect, it } from 'vitest'

import { angleOf, counterpartHeading } from './angle'

describe('angle', () => {
  it('looks curatively at risks and preventively at protection', () => {
    expect(angleOf('risicofactoren')).toBe('curatief')
    expect(angleOf('beschermende-factoren')).toBe('preventief')
    expect(angleOf('warme-overdracht')).toBeNull()
  })

  it('names the counterpart link from the other theme', () => {
    expect(counterpartHeading({ slug: 'beschermende-factoren', title: 'Beschermende factoren' })).toBe('Bekijk dit ook als beschermende factor')
    expect(counterpartHeading({ slug: 'risicofactoren', title: 'Risicofactoren' })).toBe('Bekijk dit ook als risicofactor')
    expect(counterpartHeading({ slug: 'warme-overdracht', title: 'Warme overdracht' })).toBe('Bekijk dit ook vanuit warme overdracht')
  })
})
