/**
 * The mindmap as a flat list of nodes in reading order (centre, theme 1 with its branch depth-first,
 * theme 2, …): the order of the links in the SVG, so Tab follows the branches. Pure and shared by the
 * server render (Mindmap.tsx), the layout (layout.ts) and — through MapClientData — the browser.
 */
import type { ThemeColourName } from '@/shared/design/tokens'

export interface MapTopic {
  id: number
  slug: string
  title: string
  gradient: boolean
  inProgress: boolean
  parentId: number | null
}

export interface MapTheme {
  id: number
  slug: string
  title: string
  summary: string
  colour: ThemeColourName
  topics: MapTopic[]
}

export type NodeKind = 'root' | 'theme' | 'topic'

/** Box and type sizes per depth, in SVG units (1 unit = 1 CSS px at zoom 1). */
export const sizes = {
  rootRadius: 62,
  theme: { width: 200, fontSize: 15, lineHeight: 19, padY: 12, chars: 19 },
  topic: { width: 214, fontSize: 13.5, lineHeight: 17, padY: 9, chars: 25 },
  subtopic: { width: 196, fontSize: 12.5, lineHeight: 16, padY: 8, chars: 24 },
  maxLines: 3,
  /** Horizontal room between a node and its children, for the connecting curves. */
  gaps: [52, 62, 44] as const,
} as const

export interface MapNode {
  index: number
  kind: NodeKind
  /** 0 centre, 1 theme, 2 topic, 3+ sub-topic. */
  depth: number
  /** Index of the parent node; -1 for the centre. */
  parent: number
  /** Index of the theme node this node belongs to; -1 for the centre. */
  themeIndex: number
  /** 1 right of the centre, -1 left; 0 for the centre. Themes go clockwise from the top right. */
  side: -1 | 0 | 1
  width: number
  height: number
  fontSize: number
  lineHeight: number
  lines: string[]
  title: string
  theme?: MapTheme
  topic?: MapTopic
  /** Topics below this node (all depths). */
  descendants: number
}

/**
 * Breaks a title into at most `maxLines` lines of about `chars` characters, at spaces; the last line ends in
 * '…' when the title is longer. Server-side there is no font to measure, so widths are budgeted in characters.
 */
export const wrapTitle = (text: string, chars: number, maxLines: number = sizes.maxLines): string[] => {
  const lines: string[] = []
  for (const word of text.trim().split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word.length > chars ? `${word.slice(0, chars - 1)}…` : word)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const tail = kept[maxLines - 1]!
  kept[maxLines - 1] = `${tail.length >= chars ? tail.slice(0, chars - 1) : tail}…`
  return kept
}

const sizeFor = (depth: number) => (depth <= 1 ? sizes.theme : depth === 2 ? sizes.topic : sizes.subtopic)

/** Distance from the centre to the inner edge of the column at `depth` (1 = themes). */
export const columnX = (depth: number): number => {
  let x = sizes.rootRadius + sizes.gaps[0]
  for (let d = 1; d < depth; d++) x += sizeFor(d).width + (sizes.gaps[Math.min(d, sizes.gaps.length - 1)] ?? 44)
  return x
}

/** Themes on the right (top to bottom) take the first half; the rest go on the left, bottom to top. */
export const sideOf = (themeIndex: number, themeCount: number): -1 | 1 => (themeIndex < Math.ceil(themeCount / 2) ? 1 : -1)

/**
 * Each topic's parent as drawn: a parent that is not in the list (unpublished, or in another theme) or that
 * would close a loop is dropped, and the topic hangs directly under its theme. Every topic is drawn once.
 */
export const effectiveParents = (topics: MapTopic[]): Map<number, number | null> => {
  const byId = new Map(topics.map((topic) => [topic.id, topic]))
  const parents = new Map<number, number | null>()
  for (const topic of topics) {
    const seen = new Set([topic.id])
    let parent = topic.parentId !== null && byId.has(topic.parentId) ? topic.parentId : null
    for (let up = parent; up !== null; ) {
      if (seen.has(up)) {
        parent = null
        break
      }
      seen.add(up)
      const next = byId.get(up)?.parentId ?? null
      up = next !== null && byId.has(next) ? next : null
    }
    parents.set(topic.id, parent)
  }
  return parents
}

export const buildNodes = (themes: MapTheme[]): MapNode[] => {
  const nodes: MapNode[] = [
    {
      index: 0,
      kind: 'root',
      depth: 0,
      parent: -1,
      themeIndex: -1,
      side: 0,
      width: sizes.rootRadius * 2,
      height: sizes.rootRadius * 2,
      fontSize: 14.5,
      lineHeight: 18,
      lines: ['Samen tegen', 'schooluitval'],
      title: 'Samen tegen schooluitval',
      descendants: 0,
    },
  ]
  const add = (node: Omit<MapNode, 'index' | 'width' | 'height' | 'fontSize' | 'lineHeight' | 'lines' | 'descendants'>) => {
    const size = sizeFor(node.depth)
    const lines = wrapTitle(node.title, size.chars)
    const placed: MapNode = {
      ...node,
      index: nodes.length,
      width: size.width,
      height: lines.length * size.lineHeight + 2 * size.padY,
      fontSize: size.fontSize,
      lineHeight: size.lineHeight,
      lines,
      descendants: 0,
    }
    nodes.push(placed)
    return placed
  }
  themes.forEach((theme, i) => {
    const side = sideOf(i, themes.length)
    const themeNode = add({ kind: 'theme', depth: 1, parent: 0, themeIndex: -1, side, title: theme.title, theme })
    themeNode.themeIndex = themeNode.index
    const parents = effectiveParents(theme.topics)
    const branch = (parentId: number | null, parent: MapNode): number =>
      theme.topics
        .filter((topic) => parents.get(topic.id) === parentId)
        .reduce((count, topic) => {
          const node = add({
            kind: 'topic',
            depth: parent.depth + 1,
            parent: parent.index,
            themeIndex: themeNode.index,
            side,
            title: topic.title,
            theme,
            topic,
          })
          node.descendants = branch(topic.id, node)
          return count + 1 + node.descendants
        }, 0)
    themeNode.descendants = branch(null, themeNode)
  })
  return nodes
}

/** Half the width a curve starts or ends at: the box's edge, or just inside the centre circle. */
export const edgeHalfWidth = (node: Pick<MapNode, 'kind' | 'width'>): number => (node.kind === 'root' ? node.width / 2 - 4 : node.width / 2)
