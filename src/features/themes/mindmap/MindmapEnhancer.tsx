'use client'

import { useEffect } from 'react'

import type { MapClientData } from './clientData'
import { readableScale } from './geometry'
import type { HomeState } from './state'

const plainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * The only client code the home page loads up front: it shows the zoom buttons and, the first time the
 * visitor points at, touches, focuses or clicks the map, imports the controller (d3-zoom and the in-place
 * unfolding, ~20 kB) — so a visitor who never uses the map, or reads the list on a phone, never downloads it. Where
 * the map shows too small to read (a phone), it loads at once, as the map must be zoomed to be read there.
 */
export function MindmapEnhancer({ data, initial }: { data: MapClientData; initial: HomeState }) {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-explorer]')
    const mapView = root?.querySelector<HTMLElement>('[data-map-view]')
    const svg = root?.querySelector<SVGSVGElement>('svg[data-mindmap]')
    if (!root || !mapView || !svg) return
    let loading: Promise<{ destroy(): void; unfold(slug: string | null, push: boolean): void; act(action: string): void }> | null = null
    const load = () =>
      (loading ??= import('./controller').then(({ createController }) => createController(root, svg, data, initial)))
    root.querySelector<HTMLElement>('[data-zoom]')?.removeAttribute('hidden')
    root.querySelector<HTMLElement>('[data-help]')?.removeAttribute('hidden')
    // Where the whole map is too small to read (a phone), a map in sight opens at once on part of it at real size.
    const tooSmall = () => {
      const { width, height } = svg.getBoundingClientRect()
      const box = svg.viewBox.baseVal
      return width > 0 && Math.min(width / box.width, height / box.height) < readableScale
    }
    if (tooSmall()) void load()

    const intent = () => void load()
    // Clicks that arrive before the controller: a folded theme unfolds in place, a zoom button acts, once it is there.
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element
      const button = target.closest<HTMLButtonElement>('[data-zoom] button')
      if (button) return void load().then((c) => c.act(button.dataset.action ?? ''))
      const link = target.closest('a')
      if (!link || !plainClick(event)) return
      const unfold = link.getAttribute('aria-expanded') === 'false' ? link.dataset.themeLink : undefined
      const foldAll = link.hasAttribute('data-root') && link.hasAttribute('href')
      if (!unfold && !foldAll) return
      event.preventDefault()
      const href = link.getAttribute('href') ?? '/'
      load()
        .then((c) => c.unfold(unfold ?? null, true))
        .catch(() => window.location.assign(href))
    }
    // Map ↔ list in place (no reload); the choice goes into the URL, so reloading or sharing keeps it.
    const onToggle = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-show]')
      if (!link || !plainClick(event)) return
      event.preventDefault()
      const view = link.dataset.show!
      const params = new URLSearchParams(window.location.search)
      params.set('weergave', view)
      window.history.replaceState(window.history.state, '', `/?${params}`)
      root.dataset.view = view
      // A theme opened in the list since the page loaded: the map shows it unfolded too.
      const wanted = params.get('thema') ?? ''
      if (view === 'kaart' && svg.getAttribute('data-state') !== wanted) void load().then((c) => c.unfold(wanted || null, false))
      else if (view === 'kaart' && tooSmall()) void load()
      // The link just used is now hidden: keep the focus on the one that leads back.
      root.querySelector<HTMLAnchorElement>(`a[data-show="${view === 'lijst' ? 'kaart' : 'lijst'}"]`)?.focus()
    }
    // The list keeps the URL in step too: the theme opened last is the one a shared link or × brings back.
    const onListToggle = (event: Event) => {
      const details = event.target as HTMLDetailsElement
      if (!(details instanceof HTMLDetailsElement) || !details.dataset.theme) return
      const params = new URLSearchParams(window.location.search)
      const current = params.get('thema')
      const stillOpen = root.querySelector<HTMLDetailsElement>('details[data-theme][open]')?.dataset.theme ?? null
      const next = details.open ? details.dataset.theme : current === details.dataset.theme ? stillOpen : current
      if (next === current) return
      if (next) params.set('thema', next)
      else params.delete('thema')
      window.history.replaceState(window.history.state, '', params.size ? `/?${params}` : '/')
    }
    root.addEventListener('toggle', onListToggle, true)
    mapView.addEventListener('pointerenter', intent)
    mapView.addEventListener('touchstart', intent, { passive: true })
    mapView.addEventListener('focusin', intent)
    mapView.addEventListener('click', onClick)
    root.addEventListener('click', onToggle)
    return () => {
      root.removeEventListener('click', onToggle)
      root.removeEventListener('toggle', onListToggle, true)
      mapView.removeEventListener('pointerenter', intent)
      mapView.removeEventListener('touchstart', intent)
      mapView.removeEventListener('focusin', intent)
      mapView.removeEventListener('click', onClick)
      void loading?.then((c) => c.destroy())
    }
  }, [data, initial])
  return null
}
