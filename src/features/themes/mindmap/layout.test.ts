import { describe, expect, it } from 'vitest'

import { colourForTheme } from '@/data/seed/themeColours'
import { themes as seedThemes } from '@/data/seed/data/themes'
import { topics as seedTopics } from '@/data/seed/data/topics'
import { minimumView, isVisible, layoutMindmap } from './layout'
import { buildNodes, type MapNode, type MapTheme } from './model'

/** The seeded tree (6 themes, 29 topics, nested up to two levels) as the home page builds it. */
const seeded: MapTheme[] = seedThemes.map((theme, t) => ({
  id: t + 1,
  slug: theme.slug,
  title: theme.title,
  summary: theme.summary,
  colour: colourForTheme[theme.slug],
  topics: seedTopics
    .filter((topic) => topic.theme === theme.slug)
    .sort((a, b) => a.order - b.order)
    .map((topic) => ({
      id: 100 + seedTopics.indexOf(topic),
      slug: topic.slug,
      title: topic.title,
      gradient: Boolean(topic.gradient),
      inProgress: topic.status === 'in-ontwikkeling',
      parentId: topic.parent ? 100 + seedTopics.findIndex((p) => p.slug === topic.parent) : null,
    })),
}))

const nodes = buildNodes(seeded)
const layout = layoutMindmap(nodes)
const at = (state: string, node: MapNode) => {
  const s = layout.states.indexOf(state)
  return { x: layout.at[s]![node.index * 2]!, y: layout.at[s]![node.index * 2 + 1]! }
}
const rect = (state: string, node: MapNode) => {
  const { x, y } = at(state, node)
  return { x0: x - node.width / 2, x1: x + node.width / 2, y0: y - node.height / 2, y1: y + node.height / 2 }
}
const themeNode = (slug: string) => nodes.find((n) => n.kind === 'theme' && n.theme!.slug === slug)!

describe('mindmap layout (seeded tree)', () => {
  it('has one state per theme besides the folded map', () => {
    expect(layout.states).toEqual(['', ...seedThemes.map((t) => t.slug)])
  })

  it('places the themes around the centre: the first three right (top to bottom), the others left (clockwise)', () => {
    const themes = nodes.filter((n) => n.kind === 'theme')
    expect(at('', nodes[0]!)).toEqual({ x: 0, y: 0 })
    const right = themes.slice(0, 3).map((n) => at('', n))
    const left = themes.slice(3).map((n) => at('', n))
    for (const p of right) expect(p.x).toBeGreaterThan(0)
    for (const p of left) expect(p.x).toBeLessThan(0)
    expect(right.map((p) => p.y)).toEqual([...right.map((p) => p.y)].sort((a, b) => a - b))
    expect(left.map((p) => p.y)).toEqual([...left.map((p) => p.y)].sort((a, b) => b - a))
  })

  it.each(['', ...seedThemes.map((t) => t.slug)])('never overlaps two visible boxes (state %j)', (state) => {
    const visible = nodes.filter((n) => n.kind !== 'root' && isVisible(n, state, nodes))
    for (const [i, a] of visible.entries()) {
      for (const b of visible.slice(i + 1)) {
        const [ra, rb] = [rect(state, a), rect(state, b)]
        const overlap = ra.x0 < rb.x1 && rb.x0 < ra.x1 && ra.y0 < rb.y1 && rb.y0 < ra.y1
        expect(overlap, `${a.title} / ${b.title}`).toBe(false)
      }
    }
  })

  it('unfolds one theme: its whole branch shows, further out than its parent, the rest stays folded', () => {
    const risk = themeNode('risicofactoren')
    const branch = nodes.filter((n) => n.themeIndex === risk.index && n.kind === 'topic')
    expect(branch.length).toBe(seedTopics.filter((t) => t.theme === 'risicofactoren').length)
    for (const node of branch) {
      expect(isVisible(node, 'risicofactoren', nodes)).toBe(true)
      expect(Math.abs(at('risicofactoren', node).x)).toBeGreaterThan(Math.abs(at('risicofactoren', nodes[node.parent]!).x))
    }
    const others = nodes.filter((n) => n.kind === 'topic' && n.themeIndex !== risk.index)
    for (const node of others) {
      expect(isVisible(node, 'risicofactoren', nodes)).toBe(false)
      // Folded nodes wait on their theme, so unfolding grows the branch out of it.
      expect(at('risicofactoren', node)).toEqual(at('risicofactoren', nodes[node.themeIndex]!))
    }
  })

  it('keeps siblings in map order from top to bottom', () => {
    const risk = themeNode('risicofactoren')
    const ys = nodes.filter((n) => n.parent === risk.index).map((n) => at('risicofactoren', n).y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
  })

  it('frames every visible node, never smaller than the minimum view', () => {
    for (const [s, state] of layout.states.entries()) {
      const [x0, y0, x1, y1] = layout.box[s]!
      expect(x1 - x0).toBeGreaterThanOrEqual(minimumView.width - 0.1)
      expect(y1 - y0).toBeGreaterThanOrEqual(minimumView.height - 0.1)
      for (const node of nodes.filter((n) => n.kind !== 'root' && isVisible(n, state, nodes))) {
        const r = rect(state, node)
        expect(r.x0 >= x0 && r.x1 <= x1 && r.y0 >= y0 && r.y1 <= y1, node.title).toBe(true)
      }
      const [e0, f0, e1, f1] = layout.extent
      expect(e0 <= x0 && f0 <= y0 && e1 >= x1 && f1 >= y1).toBe(true)
    }
  })
})

describe('mindmap layout (edge cases)', () => {
  it('lays out an empty map and a single theme without topics', () => {
    expect(layoutMindmap(buildNodes([])).states).toEqual([''])
    const one = buildNodes([{ id: 1, slug: 'een', title: 'Eén', summary: '', colour: 'rood', topics: [] }])
    const placed = layoutMindmap(one)
    expect(placed.states).toEqual(['', 'een'])
    expect(placed.at[0]![2]).toBeGreaterThan(0)
  })

  it('handles a hundred topics in one theme without overlap', () => {
    const many: MapTheme = {
      id: 1,
      slug: 'veel',
      title: 'Veel onderwerpen',
      summary: '',
      colour: 'blauw',
      topics: Array.from({ length: 100 }, (_, i) => ({
        id: i + 1,
        slug: `t-${i}`,
        title: `Onderwerp met een vrij lange titel nummer ${i}`,
        gradient: false,
        inProgress: false,
        parentId: i % 10 === 0 ? null : i - (i % 10) + 1,
      })),
    }
    const n = buildNodes([many])
    const l = layoutMindmap(n)
    const visible = n.filter((node) => node.depth > 1)
    const ys = visible.map((node) => ({ node, y: l.at[1]![node.index * 2 + 1]!, x: l.at[1]![node.index * 2]! }))
    for (const [i, a] of ys.entries())
      for (const b of ys.slice(i + 1))
        if (a.x === b.x) expect(Math.abs(a.y - b.y), `${a.node.title} / ${b.node.title}`).toBeGreaterThanOrEqual((a.node.height + b.node.height) / 2)
  })
})
