import { describe, expect, it } from 'vitest'

import { colourForTheme } from '@/data/seed/themeColours'
import { themes as seedThemes } from '@/data/seed/data/themes'
import { topics as seedTopics } from '@/data/seed/data/topics'
import { minimumView, isVisible, layoutMindmap } from './layout'
import { buildNodes, sizes, type MapNode, type MapTheme } from './model'

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

describe('the upright map for a phone (seeded tree)', () => {
  const portrait = layout.portrait
  const up = (state: string, node: MapNode) => {
    const s = layout.states.indexOf(state)
    const [x, y] = [portrait.at[s]![node.index * 2]!, portrait.at[s]![node.index * 2 + 1]!]
    return { x, y, x0: x - node.width / 2, x1: x + node.width / 2, y0: y - node.height / 2, y1: y + node.height / 2 }
  }
  const themes = nodes.filter((n) => n.kind === 'theme')

  it('puts the centre on top and the six themes below it in two columns, row by row in reading order', () => {
    expect(up('', nodes[0]!)).toMatchObject({ x: 0, y: 0 })
    const placed = themes.map((n) => up('', n))
    expect(placed.map((p) => Math.sign(p.x))).toEqual([-1, 1, -1, 1, -1, 1])
    for (const [i, p] of placed.entries()) {
      expect(p.y0, themes[i]!.title).toBeGreaterThan(sizes.rootRadius)
      if (i % 2 === 1) expect(p.y).toBe(placed[i - 1]!.y)
      const above = i - (i % 2) - 2
      if (above >= 0) expect(p.y0).toBeGreaterThan(Math.max(placed[above]!.y1, placed[above + 1]!.y1))
    }
  })

  it('is narrow enough for a phone: the folded map fits 390 px near its real size, the six themes at 12 px or more', () => {
    const [x0, y0, x1, y1] = portrait.box[0]!
    // A phone's frame is 358 px wide (390 less the page's margins): the scale that fits the whole folded map across.
    const k = Math.min(358 / (x1 - x0), 480 / (y1 - y0))
    expect(sizes.theme.fontSize * k).toBeGreaterThanOrEqual(12)
    for (const theme of themes) {
      const r = up('', theme)
      expect(r.x0 >= x0 && r.x1 <= x1 && r.y0 >= y0 && r.y1 <= y1, theme.title).toBe(true)
    }
  })

  it.each(['', ...seedThemes.map((t) => t.slug)])('never overlaps two visible boxes, and keeps them inside its box (state %j)', (state) => {
    const s = layout.states.indexOf(state)
    const [x0, y0, x1, y1] = portrait.box[s]!
    const visible = nodes.filter((n) => n.kind !== 'root' && isVisible(n, state, nodes))
    for (const [i, a] of visible.entries()) {
      const ra = up(state, a)
      expect(ra.x0 >= x0 && ra.x1 <= x1 && ra.y0 >= y0 && ra.y1 <= y1, a.title).toBe(true)
      for (const b of visible.slice(i + 1)) {
        const rb = up(state, b)
        const overlap = ra.x0 < rb.x1 && rb.x0 < ra.x1 && ra.y0 < rb.y1 && rb.y0 < ra.y1
        expect(overlap, `${a.title} / ${b.title}`).toBe(false)
      }
    }
    const [e0, f0, e1, f1] = portrait.extent
    expect(e0 <= x0 && f0 <= y0 && e1 >= x1 && f1 >= y1).toBe(true)
  })

  it('unfolds a theme below its row, in reading order, each level indented from its column\'s outer edge', () => {
    const risk = themeNode('risicofactoren')
    const branch = nodes.filter((n) => n.themeIndex === risk.index && n.depth > 1)
    const ys = branch.map((n) => up('risicofactoren', n).y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    expect(up('risicofactoren', branch[0]!).y0).toBeGreaterThan(up('risicofactoren', risk).y1)
    // The next row of themes moves down below the branch.
    expect(up('risicofactoren', themes[2]!).y0).toBeGreaterThan(Math.max(...branch.map((n) => up('risicofactoren', n).y1)))
    // Risicofactoren is in the left column: every level's left edge is further in than its parent's.
    for (const node of branch) expect(up('risicofactoren', node).x0).toBeGreaterThan(up('risicofactoren', nodes[node.parent]!).x0)
    for (const node of nodes.filter((n) => n.depth > 1 && n.themeIndex !== risk.index)) {
      expect(up('risicofactoren', node)).toMatchObject({ x: up('risicofactoren', nodes[node.themeIndex]!).x, y: up('risicofactoren', nodes[node.themeIndex]!).y })
    }
    expect(portrait.side[branch[0]!.index]).toBe(-1)
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
