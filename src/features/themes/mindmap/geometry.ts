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

/**
 * The upright map's line (layout.ts `layoutPortrait`): down a trunk from the parent's bottom, then a rounded turn into
 * the child's side. The centre's trunk runs down between the two columns into each theme's inner edge; a theme's or a
 * topic's runs just inside its outer edge into each child's outer edge. `side` is the child's column, -1 or 1.
 */
export const uprightConnector = (
  parent: { x: number; y: number; halfWidth: number; halfHeight: number; centre: boolean },
  child: { x: number; y: number; halfWidth: number },
  side: number,
): string => {
  const r = 6
  const trunk = parent.centre ? parent.x : parent.x + side * (parent.halfWidth - 14)
  const end = parent.centre ? child.x - side * child.halfWidth : child.x + side * child.halfWidth
  const turn = parent.centre ? side : -side
  return `M${round(trunk)} ${round(parent.y + parent.halfHeight)}V${round(child.y - r)}Q${round(trunk)} ${round(child.y)} ${round(trunk + turn * r)} ${round(child.y)}H${round(end)}`
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

/**
 * Below this scale the whole map is too small to read (a theme's 15 px label under 11 px, a sub-topic's under 10):
 * a narrow screen opens on part of the map at its real size instead (`focus`, `view`).
 */
export const readableScale = 0.75

/** Half the height budgeted around a node's centre where only positions are known (a three-line topic box). */
const halfRow = 36

/**
 * The part of the map a narrow screen opens on: the topics of the unfolded theme (`theme`, its node index), or with
 * nothing unfolded the themes right of the centre (the first ones, clockwise from the top right). `at` holds the
 * state's positions ([x0, y0, x1, y1, …]), `nodes` each node's parent, side and half width.
 */
export const focus = (at: number[], nodes: readonly [parent: number, side: number, halfWidth: number, ...rest: number[]][], theme: number | null): Box => {
  const themeChildren = theme === null ? [] : nodes.flatMap(([parent], i) => (parent === theme ? [i] : []))
  const rightThemes = nodes.flatMap(([parent, side], i) => (parent === 0 && side === 1 ? [i] : []))
  // A theme without topics shows itself; a map without themes its centre.
  const shown = themeChildren.length > 0 ? themeChildren : theme !== null ? [theme] : rightThemes.length > 0 ? rightThemes : [0]
  return shown.reduce<Box>(
    ([x0, y0, x1, y1], i) => {
      const [x, y, half] = [at[i * 2]!, at[i * 2 + 1]!, nodes[i]![2]]
      return [Math.min(x0, x - half), Math.min(y0, y - halfRow), Math.max(x1, x + half), Math.max(y1, y + halfRow)]
    },
    [Infinity, Infinity, -Infinity, -Infinity],
  )
}

/**
 * Scale and translation for a `width` × `height` viewport: the whole `box` when it is readable there (`fit`; with `top`
 * from the frame's top rather than its middle, as the upright map reads down from its centre), else `part` at its real
 * size (scale 1, or less if even the part is wider than the viewport), centred across and, when it is taller than the
 * viewport, from its top.
 */
export const view = (box: Box, part: Box, width: number, height: number, top = false) => {
  const whole = fit(box, width, height)
  if (whole.k >= readableScale) return top ? { ...whole, y: -whole.k * box[1] } : whole
  const [x0, y0, x1, y1] = part
  const k = Math.min(1, width / (x1 - x0))
  const y = y1 - y0 <= height / k ? (height - k * (y1 + y0)) / 2 : -k * y0
  return { k, x: (width - k * (x1 + x0)) / 2, y }
}
