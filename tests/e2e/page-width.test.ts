/**
 * Every kind of public page keeps the screen's width, on a phone (390 × 844, as a phone renders: it zooms out to show
 * whatever sticks out) and on a laptop (1366 × 900): nothing makes the page scroll sideways, with every fold open too.
 * The tools' own states are tested beside them (the detection results in src/features/detection).
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useBrowser } from '@tests/support/chromium'
import { screens } from '@tests/support/devices'

const { baseURL, browser } = useBrowser()

/** One page of every kind, from the seed; `ready` waits for what the page's script fills in after loading. */
const pages: { path: string; status?: number; ready?: string }[] = [
  { path: '/' },
  { path: '/?weergave=lijst&thema=risicofactoren' },
  { path: '/?weergave=kaart' },
  { path: '/?weergave=kaart&thema=risicofactoren' },
  { path: '/themas/risicofactoren' },
  { path: '/themas/risicofactoren/afwezigheden' },
  { path: '/materialen' },
  { path: '/materialen/dialoogdocument-ouders-plg-limburg' },
  { path: '/goede-praktijken' },
  { path: '/goede-praktijken/inspiratiedagen-sts-vlaams-brabant' },
  { path: '/partners' },
  { path: '/partners/arktos' },
  { path: '/instrumenten' },
  // The fill-in bar names the fill-in with its date once it has loaded from the browser's storage.
  { path: '/instrumenten/aanwezig-op-school', ready: 'select:not([disabled])' },
  { path: '/zoeken?q=dialoogfiches' },
  { path: '/bijdragen' },
  { path: '/nieuw' },
  { path: '/privacy' },
  { path: '/toegankelijkheid' },
  { path: '/vroegdetectie' },
  { path: '/bestaat-niet', status: 404 },
]

/**
 * The page's width as the browser lays it out, and what sticks out past the screen (for the failure message): an
 * element outside the screen counts unless a scrolling or clipping box holds it (an absolutely positioned one only when
 * that box is also its containing block).
 */
const pageWidth = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const held = (element: Element) => {
      let positioned = ['absolute', 'fixed'].includes(getComputedStyle(element).position)
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up)
        const clips = style.overflowX !== 'visible'
        if (!positioned && clips) return true
        if (positioned && (style.position !== 'static' || style.transform !== 'none')) {
          if (clips) return true
          positioned = ['absolute', 'fixed'].includes(style.position)
        }
      }
      return false
    }
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !held(element))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`)
    return { inner: innerWidth, scroll: document.documentElement.scrollWidth, outside }
  })

describe.each(screens)('every public page on a $name', ({ viewport, name: _name, ...device }) => {
  it.each(pages)('$path keeps the screen width', async ({ path, status = 200, ready }) => {
    const context = await browser.newContext({ viewport, ...device })
    const page = await context.newPage()
    const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(status)
    if (ready) await page.locator(ready).first().waitFor()
    const fits = { inner: viewport.width, scroll: viewport.width, outside: [] }
    expect(await pageWidth(page)).toEqual(fits)
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
    expect(await pageWidth(page), 'with every fold open').toEqual(fits)
    await context.close()
  })
})
