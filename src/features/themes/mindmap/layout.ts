/**
 * Where every node of the mindmap goes, for every state of the map (nothing unfolded, or one theme unfolded),
 * computed on the server with d3-hierarchy's tidy tree (Reingold–Tilford/Buchheim: a well-kept library
 * instead of hand-written tree math). The map is a classic two-sided mind map: the centre, themes to the right
 * and left, each unfolded branch growing outwards with horizontal, readable labels.
 *
 * All states are computed at once (a few dozen nodes, well under a millisecond) so the browser can move
 * between them without a request and without shipping d3-hierarchy. Folded nodes sit on their theme, hidden,
 * so unfolding looks like the branch growing out of it.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy'

import { atLeast, type Box } from './geometry'
import { columnX, sizes, type MapNode } from './model'

export interface MapLayout {
  /** '' (nothing unfolded), then the slug of every theme. */
  states: string[]
  /** Per state: x and y of every node, flat ([x0, y0, x1, y1, …]) in node order. */
  at: number[][]
  /** Per state: the part of the map to show (visible nodes, padded, at least a minimum size). */
  box: Box[]
  /** How far the visitor may pan: every state's box, with room around it. */
  extent: Box
  /** The same map upright, for a phone held upright (`layoutPortrait`). */
  portrait: PortraitLayout
}

/**
 * The map for a narrow screen: the centre on top, the themes below it in two columns (in reading order, row by row),
 * and an unfolded theme's topics in a column under its row, indented from the theme's outer edge per level. It is
 * about 430 units wide, so all six themes fit a phone's width near their real size (a two-sided map is some 700 wide
 * folded and 1,700 unfolded). `side` is each node's column: -1 left, 1 right (0 for the centre).
 */
export interface PortraitLayout {
  at: number[][]
  box: Box[]
  extent: Box
  side: number[]
}

/** Room in the upright map: between the two columns, rows, the centre and the themes, and a topic and its parent's edge. */
export const portraitGaps = { column: 16, row: 12, belowRoot: 26, sibling: 8, branch: 12, indent: 28 } as const
const portraitPadding = 8

interface Datum {
  node: MapNode | null
  children: Datum[]
}

/** Minimum size of the shown box, so the six folded themes are not blown up on a large screen. */
export const minimumView = { width: 940, height: 420 } as const
const padding = 28
const gaps = { themes: 26, siblings: 10, cousins: 20 } as const

const round = (n: number) => Math.round(n * 10) / 10

export const isVisible = (node: MapNode, state: string, nodes: MapNode[]) =>
  node.depth <= 1 || nodes[node.themeIndex]?.theme?.slug === state

export const layoutMindmap = (nodes: MapNode[]): MapLayout => {
  const children = new Map<number, MapNode[]>()
  for (const node of nodes) if (node.parent >= 0) children.set(node.parent, [...(children.get(node.parent) ?? []), node])
  const themes = children.get(0) ?? []
  const states = ['', ...themes.map((theme) => theme.theme!.slug)]

  const place = (state: string) => {
    const xy = new Array<number>(nodes.length * 2).fill(0)
    for (const side of [1, -1] as const) {
      // Clockwise from the top right: the left side lists its themes bottom to top.
      const sideThemes = themes.filter((theme) => theme.side === side)
      if (side === -1) sideThemes.reverse()
      const datum = (node: MapNode): Datum => ({
        node,
        children: node.kind === 'theme' && node.theme!.slug !== state ? [] : (children.get(node.index) ?? []).map(datum),
      })
      const root = hierarchy<Datum>({ node: null, children: sideThemes.map(datum) })
      const height = (d: HierarchyPointNode<Datum>) => d.data.node?.height ?? 0
      // nodeSize [1, 1]: the separation is the distance itself, from box heights, so no two boxes overlap.
      const placed = tree<Datum>()
        .nodeSize([1, 1])
        .separation(
          (a, b) =>
            (height(a) + height(b)) / 2 +
            (a.depth === 1 && b.depth === 1 ? gaps.themes : a.parent === b.parent ? gaps.siblings : gaps.cousins),
        )(root)
      placed.each((d) => {
        const node = d.data.node
        if (!node) return
        xy[node.index * 2] = round(side * (columnX(node.depth) + node.width / 2))
        xy[node.index * 2 + 1] = round(d.x)
      })
    }
    // Folded nodes wait, hidden, on their theme.
    for (const node of nodes) {
      if (node.depth > 1 && !isVisible(node, state, nodes)) {
        xy[node.index * 2] = xy[node.themeIndex * 2]!
        xy[node.index * 2 + 1] = xy[node.themeIndex * 2 + 1]!
      }
    }
    const visible = nodes.filter((node) => isVisible(node, state, nodes))
    const box = visible.reduce<Box>(
      ([x0, y0, x1, y1], node) => {
        const x = xy[node.index * 2]!
        const y = xy[node.index * 2 + 1]!
        return [Math.min(x0, x - node.width / 2), Math.min(y0, y - node.height / 2), Math.max(x1, x + node.width / 2), Math.max(y1, y + node.height / 2)]
      },
      [-sizes.rootRadius, -sizes.rootRadius, sizes.rootRadius, sizes.rootRadius],
    )
    const padded: Box = [box[0] - padding, box[1] - padding, box[2] + padding, box[3] + padding]
    return { xy, box: atLeast(padded, minimumView.width, minimumView.height).map(round) as Box }
  }

  const placed = states.map(place)
  return {
    states,
    at: placed.map((p) => p.xy),
    box: placed.map((p) => p.box),
    extent: roomAround(placed.map((p) => p.box)),
    portrait: layoutPortrait(nodes, states),
  }
}

/** Every box with half its size of room on each side: how far the visitor may pan. */
const roomAround = (boxes: Box[]): Box => {
  const all = boxes.reduce<Box>(
    ([x0, y0, x1, y1], box) => [Math.min(x0, box[0]), Math.min(y0, box[1]), Math.max(x1, box[2]), Math.max(y1, box[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  )
  const [w, h] = [all[2] - all[0], all[3] - all[1]]
  return [all[0] - w / 2, all[1] - h / 2, all[2] + w / 2, all[3] + h / 2].map(round) as Box
}

/** The upright map (PortraitLayout), for the same states; simple rows and columns, no tree maths needed. */
export const layoutPortrait = (nodes: MapNode[], states: string[]): PortraitLayout => {
  const themes = nodes.filter((node) => node.kind === 'theme')
  const columnOf = new Map(themes.map((theme, i) => [theme.index, i % 2 === 0 ? -1 : 1]))
  const side = nodes.map((node) => (node.kind === 'root' ? 0 : (columnOf.get(node.kind === 'theme' ? node.index : node.themeIndex) ?? 1)))
  const themeX = sizes.theme.width / 2 + portraitGaps.column / 2
  // A theme's outer edge; its topics start an indent further in, one more per level.
  const outer = themeX + sizes.theme.width / 2

  const place = (state: string) => {
    const xy = new Array<number>(nodes.length * 2).fill(0)
    let y = sizes.rootRadius + portraitGaps.belowRoot
    for (let row = 0; row < themes.length; row += 2) {
      const pair = themes.slice(row, row + 2)
      const height = Math.max(...pair.map((theme) => theme.height))
      for (const theme of pair) {
        xy[theme.index * 2] = side[theme.index]! * themeX
        xy[theme.index * 2 + 1] = round(y + height / 2)
      }
      y += height
      const open = pair.find((theme) => theme.theme!.slug === state)
      const branch = open ? nodes.filter((node) => node.depth > 1 && node.themeIndex === open.index) : []
      if (branch.length > 0) y += portraitGaps.branch
      // Nodes come in reading order (depth first): each goes on its own line below the one before.
      for (const node of branch) {
        const nearEdge = outer - portraitGaps.indent * (node.depth - 1)
        xy[node.index * 2] = round(side[node.index]! * (nearEdge - node.width / 2))
        xy[node.index * 2 + 1] = round(y + node.height / 2)
        y += node.height + portraitGaps.sibling
      }
      if (branch.length > 0) y += portraitGaps.branch - portraitGaps.sibling
      y += portraitGaps.row
    }
    for (const node of nodes) {
      if (node.depth > 1 && !isVisible(node, state, nodes)) {
        xy[node.index * 2] = xy[node.themeIndex * 2]!
        xy[node.index * 2 + 1] = xy[node.themeIndex * 2 + 1]!
      }
    }
    const box = nodes
      .filter((node) => isVisible(node, state, nodes))
      .reduce<Box>(
        ([x0, y0, x1, y1], node) => {
          const [x, cy] = [xy[node.index * 2]!, xy[node.index * 2 + 1]!]
          return [Math.min(x0, x - node.width / 2), Math.min(y0, cy - node.height / 2), Math.max(x1, x + node.width / 2), Math.max(y1, cy + node.height / 2)]
        },
        [-sizes.rootRadius, -sizes.rootRadius, sizes.rootRadius, sizes.rootRadius],
      )
    return { xy, box: [box[0] - portraitPadding, box[1] - portraitPadding, box[2] + portraitPadding, box[3] + portraitPadding].map(round) as Box }
  }

  const placed = states.map(place)
  return { at: placed.map((p) => p.xy), box: placed.map((p) => p.box), extent: roomAround(placed.map((p) => p.box)), side }
}
