import { describe, expect, it } from 'vitest'

import { isSlug } from '@/shared/paths'
import { attachOrphans } from './themes'

describe('theme queries', () => {
  it('accepts only slugs the slug field can make', () => {
    expect(isSlug('risicofactoren')).toBe(true)
    expect(isSlug('na-tucht-2')).toBe(true)
    for (const bad of ['', 'Risicofactoren', 'a--b', '-a', 'a-', 'é', 'a b', '../x', 'x'.repeat(121), 12])
      expect(isSlug(bad), String(bad)).toBe(false)
  })

  it('hangs topics whose parent is not published directly under the theme', () => {
    expect(attachOrphans([{ id: 1, parentId: null }, { id: 2, parentId: 1 }, { id: 3, parentId: 9 }])).toEqual([
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
      { id: 3, parentId: null },
    ])
  })
})
