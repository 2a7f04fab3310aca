/**
 * The browser enhancement of the server-rendered map, loaded on demand (MindmapEnhancer imports it when the
 * visitor first points at, touches or tabs into the map, so the home page's first load stays small).
 *
 * d3-zoom does zoom and pan (wheel, pinch, drag, with momentum-free, well-tested maths and touch handling);
 * d3-transition animates nodes and curves between the states the server laid out. Nothing here computes a
 * layout: positions for every state arrive with the page (MapClientData).
 */
import { select } from 'd3-selection'
import { transition } from 'd3-transition'
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom'

import type { MapClientData } from './clientData'
import { connector, fit, focus, uprightConnector, view as openingView } from './geometry'
import { homeHref, parseHomeState, rootFoldLabel, themeLink, type HomeState, type View } from './state'

export interface MindmapController {
  /** Unfolds a theme (folding the others), or folds all with null; `push` adds a history entry. */
  unfold(slug: string | null, push: boolean): void
  /** A zoom button: 'in', 'uit' or 'passend'. */
  act(action: string): void
  destroy(): void
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches
const duration = (ms: number) => (reducedMotion() ? 0 : ms)
const panStep = 80

/**
 * Takes over the explorer (MindmapView): `root` holds the view toggle, the list, the live region and the
 * wheel hint; `svg` is the map. `initial` is the state the server rendered.
 */
/** `element` as a `tag` (the SVG `a` or `g`): the same children and data-root, in its place; unchanged if it is one. */
const asElement = (element: SVGElement, tag: 'a' | 'g'): SVGElement => {
  if (element.tagName.toLowerCase() === tag) return element
  const next = document.createElementNS('http://www.w3.org/2000/svg', tag)
  next.setAttribute('data-root', '')
  next.append(...element.childNodes)
  element.replaceWith(next)
  return next
}

export const createController = (root: HTMLElement, svg: SVGSVGElement, data: MapClientData, initial: HomeState): MindmapController => {
  const viewport = svg.querySelector<SVGGElement>('[data-viewport]')!
  const svgSel = select<SVGSVGElement, unknown>(svg)
  const view = (): View => (root.dataset.view === 'kaart' || root.dataset.view === 'lijst' ? root.dataset.view : 'auto')
  const hooks = {
    onUnfold: (slug: string | null, push: boolean) => {
      const state = { unfolded: slug, view: view() }
      if (push) window.history.pushState(null, '', homeHref(state))
      // The list shows the same state: the unfolded theme open, the others closed.
      root.querySelectorAll<HTMLDetailsElement>('details[data-theme]').forEach((details) => {
        details.open = details.dataset.theme === slug
      })
      const theme = data.themes.find(([, s]) => s === slug)
      const live = root.querySelector('[data-live]')
      if (live) live.textContent = theme ? `${theme[2]} opengevouwen: ${theme[3]} ${theme[3] === 1 ? 'onderwerp' : 'onderwerpen'}.` : "Alle thema's dichtgevouwen."
    },
    onWheelHint: () => {
      const hint = root.querySelector<HTMLElement>('[data-wheel-hint]')
      if (!hint) return
      hint.setAttribute('data-shown', '')
      window.clearTimeout(hintTimer)
      hintTimer = window.setTimeout(() => hint.removeAttribute('data-shown'), 2000)
    },
  }
  let hintTimer = 0
  let current = initial.unfolded ?? ''
  let stateIndex = Math.max(0, data.states.indexOf(current))
  // Wheel zooms with Ctrl/⌘ (and trackpad pinch), or once the visitor has clicked into the map.
  let active = false
  // After the visitor zooms or pans, a resize keeps their view instead of fitting again.
  let userMoved = false

  // A narrow screen (the width where the home page shows the list by default) gets the upright map (layout.ts
  // layoutPortrait): all six themes fit its width near their real size. Turning the phone switches between the two.
  const narrow = window.matchMedia('(max-width: 40rem)')
  let upright = narrow.matches
  const geometry = () => (upright ? data.portrait : data)
  const sideOf = (i: number) => (upright ? data.portrait.side[i]! : data.nodes[i]![1])

  const point = (state: number, i: number) => ({ x: geometry().at[state]![i * 2]!, y: geometry().at[state]![i * 2 + 1]! })
  /** The curve from a node's parent to the node in a state, in the shape of the current orientation. */
  const edgePath = (state: number, i: number) => {
    const [parent, , halfWidth] = data.nodes[i]!
    const [, , parentHalfWidth, parentHalfHeight] = data.nodes[parent]!
    if (upright) {
      return uprightConnector(
        { ...point(state, parent), halfWidth: parentHalfWidth, halfHeight: parentHalfHeight, centre: parent === 0 },
        { ...point(state, i), halfWidth },
        sideOf(i),
      )
    }
    return connector({ ...point(state, parent), halfWidth: parentHalfWidth }, { ...point(state, i), halfWidth }, sideOf(i))
  }
  /** Puts every node and curve where a state has them: at once, or along a transition. */
  const place = (state: number, t: ReturnType<typeof transition> | null) => {
    svg.querySelectorAll<SVGGElement>('[data-node]').forEach((g) => {
      const { x, y } = point(state, Number(g.dataset.node))
      if (t) select(g).transition(t).attr('transform', `translate(${x} ${y})`)
      else g.setAttribute('transform', `translate(${x} ${y})`)
    })
    // A theme's count badge sits on its outer edge: the left one for the upright map's left column.
    for (const [index] of data.themes) {
      const badge = svg.querySelector<SVGGElement>(`[data-node="${index}"] a > g`)
      const halfWidth = data.nodes[index]![2]
      badge?.setAttribute('transform', `translate(${sideOf(index) * (upright ? halfWidth - 4 : halfWidth)} 0)`)
    }
    svg.querySelectorAll<SVGPathElement>('[data-edge]').forEach((path) => {
      const d = edgePath(state, Number(path.dataset.edge))
      if (t) select(path).transition(t).attr('d', d)
      else path.setAttribute('d', d)
    })
  }

  /** The SVG works in CSS pixels from now on: viewBox = its own size, so zoom 1 is the type's real size. */
  const size = () => {
    const { width, height } = svg.getBoundingClientRect()
    return { width: Math.max(1, width), height: Math.max(1, height) }
  }
  const useViewportSize = () => {
    const { width, height } = size()
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`)
    return { width, height }
  }
  const fitted = () => {
    const { width, height } = size()
    const t = fit(geometry().box[stateIndex]!, width, height)
    return zoomIdentity.translate(t.x, t.y).scale(t.k)
  }
  /** What a state opens on: the whole map where it is readable, else (a phone) part of it at real size (geometry.ts). */
  const opening = () => {
    const { width, height } = size()
    const theme = data.themes.find(([, slug]) => slug === data.states[stateIndex])?.[0] ?? null
    const nodes = data.nodes.map(([parent, , halfWidth], i): [number, number, number] => [parent, sideOf(i), halfWidth])
    let part = focus(geometry().at[stateIndex]!, nodes, theme)
    // Upright, the unfolded theme sits right above its topics: open on both, from the theme down.
    if (upright && theme !== null) {
      const { x, y } = point(stateIndex, theme)
      const [, , halfWidth, halfHeight] = data.nodes[theme]!
      part = [Math.min(part[0], x - halfWidth), Math.min(part[1], y - halfHeight - 8), Math.max(part[2], x + halfWidth), part[3]]
    }
    const t = openingView(geometry().box[stateIndex]!, part, width, height, upright)
    return zoomIdentity.translate(t.x, t.y).scale(t.k)
  }

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 4])
    .clickDistance(6)
    .filter((event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) =>
      event.type === 'wheel' ? Boolean(event.ctrlKey || event.metaKey || active) : !event.ctrlKey && !event.button,
    )
    // A mouse wheel with Ctrl steps gently; a trackpad pinch (Ctrl + small deltas) needs the boost.
    .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey && Math.abs(event.deltaY) < 50 ? 8 : 1))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString())
      if (event.sourceEvent) userMoved = true
    })

  /** How far the visitor may pan, in the current orientation. */
  const useExtent = () => {
    const [x0, y0, x1, y1] = geometry().extent
    behaviour.translateExtent([
      [x0, y0],
      [x1, y1],
    ])
  }
  useExtent()
  if (upright) place(stateIndex, null)
  useViewportSize()
  svgSel.call(behaviour).call(behaviour.transform, opening())
  // d3-zoom's own double-click zoom would also fire on a double-clicked link.
  svgSel.on('dblclick.zoom', null)
  svg.setAttribute('data-enhanced', '')

  const zoomTo = (transform: ReturnType<typeof fitted>, ms = 450) => {
    svgSel.interrupt('zoom').transition('zoom').duration(duration(ms)).call(behaviour.transform, transform)
  }

  const refreshLinks = () => {
    const state = { unfolded: current || null, view: view() }
    for (const [index, slug, title, count] of data.themes) {
      const link = themeLink({ slug, title, count }, state)
      const a = svg.querySelector<SVGAElement>(`[data-node="${index}"] a`)
      if (!a) continue
      a.setAttribute('href', link.href)
      a.setAttribute('aria-label', link.label)
      if (link.expanded === undefined) a.removeAttribute('aria-expanded')
      else a.setAttribute('aria-expanded', String(link.expanded))
      const badge = a.querySelector('[data-badge]')
      if (badge) badge.textContent = slug === current ? '−' : String(count)
    }
    // The centre is a link (fold everything) only while something is unfolded; otherwise a plain group (Mindmap.tsx).
    const centre = svg.querySelector<SVGElement>('[data-root]')
    if (centre) {
      const element = current ? asElement(centre, 'a') : asElement(centre, 'g')
      if (current) {
        element.setAttribute('href', homeHref({ ...state, unfolded: null }))
        element.setAttribute('aria-label', rootFoldLabel)
      }
    }
  }

  const unfold = (slug: string | null, push: boolean) => {
    const next = slug ?? ''
    const index = data.states.indexOf(next)
    if (index < 0 || next === current) return
    const previousIndex = stateIndex
    current = next
    stateIndex = index
    place(index, transition('move').duration(duration(450)))
    svg.querySelectorAll<SVGGElement>('[data-branch]').forEach((g) => g.toggleAttribute('data-folded', g.dataset.branch !== next))
    svg.setAttribute('data-state', next)
    // The frame's proportions on a phone follow the state's (Mindmap.tsx); the resize observer then fits again.
    const [x0, y0, x1, y1] = data.box[index]!
    svg.style.setProperty('--map-aspect', `${Math.round(x1 - x0)} / ${Math.round(y1 - y0)}`)
    // Folding from the centre takes its link away (nothing left to fold): keep the focus on the theme just folded.
    const centreHadFocus = document.activeElement === svg.querySelector('a[data-root]')
    const folded = data.states[previousIndex] ?? ''
    refreshLinks()
    if (centreHadFocus && folded) svg.querySelector<SVGAElement>(`a[data-theme-link="${folded}"]`)?.focus()
    userMoved = false
    zoomTo(opening())
    hooks.onUnfold(slug, push)
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const k = zoomTransform(svg).k
    const pan = (dx: number, dy: number) => svgSel.interrupt('zoom').transition('zoom').duration(duration(150)).call(behaviour.translateBy, dx / k, dy / k)
    const actions: Record<string, () => void> = {
      ArrowLeft: () => pan(panStep, 0),
      ArrowRight: () => pan(-panStep, 0),
      ArrowUp: () => pan(0, panStep),
      ArrowDown: () => pan(0, -panStep),
      '+': () => zoomBy(1.3),
      '=': () => zoomBy(1.3),
      '-': () => zoomBy(1 / 1.3),
      _: () => zoomBy(1 / 1.3),
      '0': () => fitAll(),
      Escape: () => {
        if (!current) return
        const folded = current
        unfold(null, true)
        svg.querySelector<SVGAElement>(`a[data-theme-link="${folded}"]`)?.focus()
      },
    }
    const action = actions[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  /** Tab may land on a node outside the visible part: bring it into view. */
  const onFocus = (event: FocusEvent) => {
    const g = (event.target as Element).closest?.('[data-node]') as SVGGElement | null
    if (!g) return
    const { x, y } = point(stateIndex, Number(g.dataset.node))
    const [sx, sy] = zoomTransform(svg).apply([x, y])
    const { width, height } = size()
    const margin = 60
    if (sx < margin || sy < margin || sx > width - margin || sy > height - margin) {
      svgSel.interrupt('zoom').transition('zoom').duration(duration(250)).call(behaviour.translateTo, x, y)
    }
  }

  const onPointerDown = (event: PointerEvent) => {
    active = svg.contains(event.target as Node)
  }
  const onWheel = (event: WheelEvent) => {
    if (!active && !event.ctrlKey && !event.metaKey) hooks.onWheelHint()
  }

  const resizeObserver = new ResizeObserver(() => {
    if (svg.getBoundingClientRect().width === 0) return
    useViewportSize()
    if (!userMoved) svgSel.interrupt('zoom').call(behaviour.transform, opening())
  })
  // Back and forward move between the states this controller pushed.
  const onPopState = () => {
    const next = parseHomeState(Object.fromEntries(new URLSearchParams(window.location.search)), data.states)
    root.dataset.view = next.view
    unfold(next.unfolded, false)
  }

  const onOrientation = () => {
    if (upright === narrow.matches) return
    upright = narrow.matches
    svgSel.interrupt('zoom')
    place(stateIndex, null)
    useExtent()
    userMoved = false
    svgSel.call(behaviour.transform, opening())
  }

  resizeObserver.observe(svg)
  narrow.addEventListener('change', onOrientation)
  window.addEventListener('popstate', onPopState)
  svg.addEventListener('keydown', onKey)
  svg.addEventListener('focusin', onFocus)
  svg.addEventListener('wheel', onWheel, { passive: true })
  document.addEventListener('pointerdown', onPointerDown, true)

  const zoomBy = (factor: number) => svgSel.interrupt('zoom').transition('zoom').duration(duration(200)).call(behaviour.scaleBy, factor)
  const fitAll = () => {
    userMoved = false
    zoomTo(fitted())
  }

  const controller: MindmapController = {
    unfold,
    act: (action) => (action === 'in' ? zoomBy(1.4) : action === 'uit' ? zoomBy(1 / 1.4) : fitAll()),
    destroy: () => {
      window.clearTimeout(hintTimer)
      window.removeEventListener('popstate', onPopState)
      narrow.removeEventListener('change', onOrientation)
      resizeObserver.disconnect()
      svg.removeEventListener('keydown', onKey)
      svg.removeEventListener('focusin', onFocus)
      svg.removeEventListener('wheel', onWheel)
      document.removeEventListener('pointerdown', onPointerDown, true)
      svgSel.on('.zoom', null)
      svg.removeAttribute('data-enhanced')
    },
  }
  return controller
}
