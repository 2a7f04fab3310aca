/**
 * What the browser needs to move the map between states without a request: positions per state (from the
 * server's layout) and, per node, just enough to redraw its curve and links. Titles stay in the HTML.
 */
import type { Box } from './geometry'
import type { MapLayout, PortraitLayout } from './layout'
import { edgeHalfWidth, type MapNode } from './model'

export interface MapClientData {
  states: string[]
  at: number[][]
  box: Box[]
  extent: Box
  /** Per node: parent index, side, half width and half height (for the curves). */
  nodes: [parent: number, side: number, halfWidth: number, halfHeight: number][]
  /** The upright map for a phone: positions, boxes and pan extent as above, and each node's column. */
  portrait: PortraitLayout
  /** Per theme: node index, slug, title and number of topics (for its link in each state). */
  themes: [index: number, slug: string, title: string, count: number][]
}

export const toClientData = (nodes: MapNode[], layout: MapLayout): MapClientData => ({
  states: layout.states,
  at: layout.at,
  box: layout.box,
  extent: layout.extent,
  nodes: nodes.map((node) => [node.parent, node.side, edgeHalfWidth(node), node.kind === 'root' ? edgeHalfWidth(node) : node.height / 2]),
  portrait: layout.portrait,
  themes: nodes.filter((node) => node.kind === 'theme').map((node) => [node.index, node.theme!.slug, node.title, node.descendants]),
})
