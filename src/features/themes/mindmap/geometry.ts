/**
 * Small geometry shared by the server render and the browser (so both draw the same curves and fit the same
 * way): the curve between a node and its child, and the transform that fits a box into a viewport.
 */

/** [x0, y0, x1, y1] in map units. */
export type Box = [number, number, number, number]

const round = (n: number) => Math.round(n * 10) / 10

/**
 * A horizontal S-curve from the parent's outer edge to the child's inner edge (a cubic Bézier with both control
 * points at the middle, as mind maps draw them). `side` is 1 right of the centre, -1 left.
 */
export const connector = (
  parent: { x: number; y: number; halfWidth: number },
  child: { x: number; y: number; halfWidth: number },
  side: number,
): string => {
  const sx = parent.x + side * parent.halfWidth
  const ex = child.x - side * child.halfWidth
  const mx = (sx + ex) / 2
  return `M${round(sx)} ${round(parent.y)}C${round(mx)} ${round(parent.y)} ${round(mx)} ${round(child.y)} ${round(ex)} ${round(child.y)}`
}

/** Grows a box around its centre to at least the given size (keeps a folded map from being blown up). */
export const atLeast = ([x0, y0, x1, y1]: Box, width: number, height: number): Box => {
  const dx = Math.max(0, width - (x1 - x0)) / 2
  const dy = Math.max(0, height - (y1 - y0)) / 2
  return [x0 - dx, y0 - dy, x1 + dx, y1 + dy]
}

/** Scale and translation that show `box` centred in a `width` × `height` viewport (like preserveAspectRatio meet). */
export const fit = ([x0, y0, x1, y1]: Box, width: number, height: number) => {
  const k = Math.min(width / (x1 - x0), height / (y1 - y0))
  return { k, x: (width - k * (x1 + x0)) / 2, y: (height - k * (y1 + y0)) / 2 }
}
