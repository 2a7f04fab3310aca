/**
 * The mindmap's geometry, computed on the server with d3-hierarchy (a well-kept layout library, so no
 * hand-written tree math): the centre, the six themes around it, and — for the unfolded theme only — its
 * topics on an outer ring. Pure: data in, positions out, unit-tested.
 */
import { hierarchy, tree } from 'd3-hierarchy'

export interface MapTopic {
  id: string | number
  slug: string
  title: string
  gradient: boolean
  parent: string | number | null
}

export interface MapTheme {
  id: string | number
  slug: string
  title: string
  colour: string
  topics: MapTopic[]
}

export interface PlacedNode {
  kind: 'root' | 'theme' | 'topic'
  key: string
  title: string
  x: number
  y: number
  depth: number
  theme?: MapTheme
  topic?: MapTopic
  parentX: number
  parentY: number
}

interface TreeDatum {
  kind: PlacedNode['kind']
  key: string
  title: string
  theme?: MapTheme
  topic?: MapTopic
  children?: TreeDatum[]
}

/** Sub-topics hang under their parent topic; only the unfolded theme shows its branches. */
const topicTree = (theme: MapTheme, parent: MapTopic['id'] | null): TreeDatum[] =>
  theme.topics
    .filter((topic) => (topic.parent ?? null) === parent)
    .map((topic) => ({ kind: 'topic', key: `topic-${topic.id}`, title: topic.title, theme, topic, children: topicTree(theme, topic.id) }))

export const layoutMindmap = (themes: MapTheme[], unfolded: string | null, radius = 460): PlacedNode[] => {
  const data: TreeDatum = {
    kind: 'root',
    key: 'root',
    title: 'Schooluitval',
    children: themes.map((theme) => ({
      kind: 'theme',
      key: `theme-${theme.id}`,
      title: theme.title,
      theme,
      children: theme.slug === unfolded ? topicTree(theme, null) : [],
    })),
  }
  const root = hierarchy(data)
  const depth = Math.max(1, root.height)
  // Radial tree: x is the angle, y the distance from the centre; siblings of other parents keep more room.
  tree<TreeDatum>()
    .size([2 * Math.PI, radius])
    .separation((a, b) => (a.parent === b.parent ? 1 : 2) / Math.max(1, a.depth))(root)
  // Rings: the themes halfway out (further when folded); the branches of the unfolded theme beyond them.
  const ring = (d: { depth: number }) =>
    d.depth === 0 ? 0 : d.depth === 1 ? radius * (depth === 1 ? 0.55 : 0.4) : radius * (0.75 + (0.25 * (d.depth - 2)) / Math.max(1, depth - 2))
  const point = (d: { x?: number; depth: number }) => {
    const angle = (d.x ?? 0) - Math.PI / 2
    return { x: Math.cos(angle) * ring(d), y: Math.sin(angle) * ring(d) }
  }
  // Depth-first (a theme followed by its topics): the order of the links, so Tab follows the branches.
  const ordered: typeof root[] = []
  root.eachBefore((node) => ordered.push(node))
  return ordered.map((node) => {
    const p = point(node)
    const parent = node.parent ? point(node.parent) : p
    return {
      kind: node.data.kind,
      key: node.data.key,
      title: node.data.title,
      depth: node.depth,
      theme: node.data.theme,
      topic: node.data.topic,
      x: Math.round(p.x * 10) / 10,
      y: Math.round(p.y * 10) / 10,
      parentX: Math.round(parent.x * 10) / 10,
      parentY: Math.round(parent.y * 10) / 10,
    }
  })
}
