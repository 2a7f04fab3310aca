/**
 * What the browser needs to move the map between states without a request: positions per state (from the
 * server's layout) and, per node, just enough to redraw its curve and links. Titles stay in the HTML.
 */
import type { Box } from './geometry'
import type { MapLayout } from './layout'
import { edgeHalfWidth, type MapNode } from './model'

export interface MapClientData {
  states: string[]
  at: number[][]
  box: Box[]
  extent: Box
  /** Per node: parent index, side, half width (for the curves). */
  nodes: [parent: number, side: number, halfWidth: number][]
  /** Per theme: node index, slug, title and number of topics (for its link in each state). */
  themes: [index: number, slug: string, title: string, count: number][]
}

export const toClientData = (nodes: MapNode[], layout: MapLayout): MapClientData => ({
  states: layout.states,
  at: layout.at,
  box: layout.box,
  extent: layout.extent,
  nodes: nodes.map((node) => [node.parent, node.side, edgeHalfWidth(node)]),
  themes: nodes.filter((node) => node.kind === 'theme').map((node) => [node.index, node.theme!.slug, node.title, node.descendants]),
})
