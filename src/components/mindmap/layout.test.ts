import { describe, expect, it } from 'vitest'

import { layoutMindmap, type MapTheme } from './layout'

const theme = (n: number, topics = 3): MapTheme => ({
  id: n,
  slug: `thema-${n}`,
  title: `Thema ${n}`,
  colour: 'rood',
  topics: Array.from({ length: topics }, (_, i) => ({ id: n * 100 + i, slug: `t-${n}-${i}`, title: `T ${i}`, gradient: false, parent: null })),
})

describe('mindmap layout', () => {
  const themes = [1, 2, 3, 4, 5, 6].map((n) => theme(n))

  it('places the six themes around the centre when nothing is unfolded', () => {
    const nodes = layoutMindmap(themes, null)
    expect(nodes.filter((n) => n.kind === 'root')).toHaveLength(1)
    const placed = nodes.filter((n) => n.kind === 'theme')
    expect(placed).toHaveLength(6)
    expect(nodes.filter((n) => n.kind === 'topic')).toHaveLength(0)
    const distances = placed.map((n) => Math.hypot(n.x, n.y))
    for (const d of distances) expect(d).toBeCloseTo(distances[0]!, 0)
    // All on different angles.
    expect(new Set(placed.map((n) => Math.round(Math.atan2(n.y, n.x) * 100))).size).toBe(6)
  })

  it('unfolds one theme: its topics only, further out, linked to their theme', () => {
    const nodes = layoutMindmap(themes, 'thema-3')
    const topics = nodes.filter((n) => n.kind === 'topic')
    expect(topics).toHaveLength(3)
    const parent = nodes.find((n) => n.theme?.slug === 'thema-3' && n.kind === 'theme')!
    for (const t of topics) {
      expect(t.theme?.slug).toBe('thema-3')
      expect([t.parentX, t.parentY]).toEqual([parent.x, parent.y])
      expect(Math.hypot(t.x, t.y)).toBeGreaterThan(Math.hypot(parent.x, parent.y))
    }
  })

  it('nests sub-topics under their parent topic', () => {
    const nested = theme(7, 2)
    nested.topics.push({ id: 999, slug: 'sub', title: 'Sub', gradient: false, parent: 700 })
    const nodes = layoutMindmap([nested], 'thema-7')
    const sub = nodes.find((n) => n.topic?.slug === 'sub')!
    const parent = nodes.find((n) => n.topic?.id === 700)!
    expect(sub.depth).toBe(3)
    expect([sub.parentX, sub.parentY]).toEqual([parent.x, parent.y])
  })

  it('ignores an unknown theme in the URL', () => {
    expect(layoutMindmap(themes, 'bestaat-niet').filter((n) => n.kind === 'topic')).toHaveLength(0)
  })
})
