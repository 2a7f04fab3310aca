/**
 * The mindmap home page in Chromium: unfold a theme, open a topic, follow the counterpart, come back with ×;
 * the same journey by keyboard and without JavaScript; zoom and pan; reduced motion; the list view on a phone;
 * the enhancement loading only when the map is used.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { themeColours } from '@/shared/design/tokens'
import { seriousViolations, useBrowser } from '@tests/support/chromium'
import { laptop, phone } from '@tests/support/devices'

const { baseURL, browser } = useBrowser()

const desktop = async (options: { javaScriptEnabled?: boolean; reducedMotion?: 'reduce' | 'no-preference' } = {}) =>
  (await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })).newPage()

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
const map = 'svg[data-mindmap]'
const themeLink = (slug: string) => `${map} a[data-theme-link="${slug}"]`
const topicLink = (theme: string, topic: string) => `${map} a[href="/themas/${theme}/${topic}"]`
/** The theme frame's colours: the band (strong) and the content (tint). */
const frameColours = (page: Page) =>
  page.locator('main [data-colour]').first().evaluate((el) => ({
    band: getComputedStyle(el.firstElementChild!).backgroundColor,
    body: getComputedStyle(el.lastElementChild!).backgroundColor,
    text: getComputedStyle(el.lastElementChild!).color,
  }))
const visible = (page: Page, selector: string) => page.locator(selector).isVisible()
const viewportTransform = (page: Page) => page.locator(`${map} [data-viewport]`).getAttribute('transform')
const scaleOf = (transform: string | null) => Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1] ?? 1)

describe('mindmap', () => {
  it('is server-rendered with every theme folded, each a link', async () => {
    const page = await desktop({ javaScriptEnabled: false })
    await page.goto(baseURL)
    expect(await page.locator(`${map} a[data-theme-link]`).count()).toBe(6)
    for (const a of await page.locator(`${map} a[data-theme-link]`).all()) {
      expect(await a.getAttribute('aria-expanded')).toBe('false')
      expect(await a.getAttribute('href')).toMatch(/^\/\?thema=[a-z-]+$/)
    }
    // Topics are in the markup (for unfolding without a request) but hidden: not seen, not reached with Tab.
    expect(await page.locator(`${map} a[href^="/themas/"]`).count()).toBeGreaterThanOrEqual(29)
    expect(await visible(page, topicLink('risicofactoren', 'afwezigheden'))).toBe(false)
    await page.close()
  })

  it('unfolds a theme in place, opens a topic, follows the counterpart and comes back with ×', async () => {
    const page = await desktop()
    await page.goto(baseURL)
    // A marker on window survives in-place changes and disappears on a reload.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
    await page.locator(themeLink('risicofactoren')).click()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    await expect.poll(() => visible(page, topicLink('risicofactoren', 'afwezigheden'))).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
    expect(await page.locator(themeLink('risicofactoren')).getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator(themeLink('risicofactoren')).getAttribute('href')).toBe('/themas/risicofactoren')
    await expect.poll(() => page.locator('[data-live]').textContent()).toContain('Risicofactoren opengevouwen')
    // One theme at a time: unfolding another folds this one; Back returns to it.
    await page.locator(themeLink('beschermende-factoren')).click()
    await page.waitForURL(`${baseURL}/?thema=beschermende-factoren`)
    await expect.poll(() => visible(page, topicLink('risicofactoren', 'afwezigheden'))).toBe(false)
    await page.goBack()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    await expect.poll(() => visible(page, topicLink('risicofactoren', 'afwezigheden'))).toBe(true)
    expect(await seriousViolations(page)).toEqual([])

    await page.locator(topicLink('risicofactoren', 'afwezigheden')).click()
    await page.waitForURL(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(await frameColours(page)).toEqual({ band: rgb(themeColours.rood.strong), body: rgb(themeColours.rood.tint), text: rgb(themeColours.rood.onTint) })

    await page.getByRole('link', { name: /Vroege detectie/ }).filter({ hasText: '→' }).click()
    await page.waitForURL(`${baseURL}/themas/beschermende-factoren/vroege-detectie`)
    expect(await frameColours(page)).toEqual({ band: rgb(themeColours.groen.strong), body: rgb(themeColours.groen.tint), text: rgb(themeColours.groen.onTint) })

    await page.getByRole('link', { name: 'Sluiten: terug naar de mindmap' }).click()
    await page.waitForURL(`${baseURL}/?thema=beschermende-factoren`)
    expect(await visible(page, topicLink('beschermende-factoren', 'vroege-detectie'))).toBe(true)
    expect(await visible(page, topicLink('risicofactoren', 'afwezigheden'))).toBe(false)
    await page.close()
  })

  it('works with the keyboard alone: Tab order follows the branches, Enter opens, focus is visible', async () => {
    const page = await desktop()
    await page.goto(baseURL)
    const focused = () => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), href: document.activeElement?.getAttribute('href') }))
    const tabTo = async (match: (f: { label?: string | null; href?: string | null }) => boolean) => {
      // A cap, not a claim: the topic page has many links before its counterpart block.
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab')
        if (match(await focused())) return
      }
      throw new Error('not reached with Tab')
    }
    // The skip link comes first.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud')
    await tabTo((f) => f.label?.startsWith('Risicofactoren,') ?? false)
    // A visible focus: the box gets a thick outline in the focus colour.
    const ring = await page.locator(`${themeLink('risicofactoren')} > rect`).evaluate((rect) => [getComputedStyle(rect).stroke, getComputedStyle(rect).strokeWidth])
    expect(ring).toEqual([rgb('#1A4FD6'), '4px'])
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    // Focus stays on the theme; the next Tab reaches its first topic.
    await page.keyboard.press('Tab')
    expect((await focused()).href).toBe('/themas/risicofactoren/afwezigheden')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseURL}/themas/risicofactoren/afwezigheden`)
    await tabTo((f) => f.href === '/themas/beschermende-factoren/vroege-detectie')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseURL}/themas/beschermende-factoren/vroege-detectie`)
    await tabTo((f) => f.href === '/?thema=beschermende-factoren')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseURL}/?thema=beschermende-factoren`)
    expect(await visible(page, topicLink('beschermende-factoren', 'vroege-detectie'))).toBe(true)
    // Escape folds the theme again and keeps the focus on it.
    await page.locator(themeLink('beschermende-factoren')).focus()
    await page.waitForSelector(`${map}[data-enhanced]`)
    await page.keyboard.press('Escape')
    await page.waitForURL(`${baseURL}/`)
    expect((await focused()).label).toMatch(/^Beschermende factoren, \d+ onderwerpen: uitvouwen/)
    await page.close()
  })

  it('works without JavaScript: the same journey through plain links', async () => {
    const page = await desktop({ javaScriptEnabled: false })
    await page.goto(baseURL)
    // No zoom buttons without the script that makes them work.
    expect(await visible(page, '[data-zoom]')).toBe(false)
    await page.locator(themeLink('risicofactoren')).click()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    expect(await visible(page, topicLink('risicofactoren', 'afwezigheden'))).toBe(true)
    await page.locator(topicLink('risicofactoren', 'afwezigheden')).click()
    await page.waitForURL(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect((await frameColours(page)).body).toBe(rgb(themeColours.rood.tint))
    await page.getByRole('link', { name: /Vroege detectie/ }).filter({ hasText: '→' }).click()
    await page.waitForURL(`${baseURL}/themas/beschermende-factoren/vroege-detectie`)
    expect((await frameColours(page)).body).toBe(rgb(themeColours.groen.tint))
    await page.getByRole('link', { name: 'Sluiten: terug naar de mindmap' }).click()
    await page.waitForURL(`${baseURL}/?thema=beschermende-factoren`)
    expect(await visible(page, topicLink('beschermende-factoren', 'vroege-detectie'))).toBe(true)
    // The centre folds everything.
    await page.locator(`${map} a[data-root]`).click()
    await page.waitForURL(`${baseURL}/`)
    expect(await visible(page, topicLink('beschermende-factoren', 'vroege-detectie'))).toBe(false)
    await page.close()
  })

  it('has no link that goes nowhere: the centre is a link only while it can fold something', async () => {
    const page = await desktop()
    await page.goto(baseURL)
    // Every link in the map can be followed (crawlers and audits flag an <a> without href).
    expect(await page.locator(`${map} a:not([href])`).count()).toBe(0)
    expect(await page.locator(`${map} g[data-root]`).count()).toBe(1)
    // Unfolded in place, the centre becomes the way back; folded again, a plain group.
    await page.locator(themeLink('risicofactoren')).click()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    const centre = page.locator(`${map} a[data-root]`)
    await expect.poll(() => centre.getAttribute('href')).toBe('/')
    await centre.click()
    await page.waitForURL(`${baseURL}/`)
    await expect.poll(() => page.locator(`${map} g[data-root]`).count()).toBe(1)
    expect(await page.locator(`${map} a:not([href])`).count()).toBe(0)
    // Served unfolded, the centre is a link from the start, also without JavaScript.
    const plain = await desktop({ javaScriptEnabled: false })
    await plain.goto(`${baseURL}/?thema=warme-overdracht`)
    expect(await plain.locator(`${map} a[data-root]`).getAttribute('href')).toBe('/')
    expect(await plain.locator(`${map} a:not([href])`).count()).toBe(0)
    await plain.close()
    await page.close()
  })

  it('tells screen readers the structure: nested lists of themes and topics', async () => {
    const page = await desktop()
    await page.goto(`${baseURL}/?thema=warme-overdracht`)
    const tree = await page.locator(map).ariaSnapshot()
    expect(tree).toContain(`list "Thema's"`)
    expect(tree).toMatch(/link "Warme overdracht: open de themapagina" \[expanded\]/)
    expect(tree).toMatch(/link "Risicofactoren, 8 onderwerpen: uitvouwen"/)
    expect(tree).toContain('list "Onderwerpen van Warme overdracht"')
    expect(tree).toContain('list "Dieper in Scharniermomenten"')
    // Folded branches are not in the tree.
    expect(tree).not.toContain('Afwezigheden')
    await page.close()
  })

  it('zooms with the buttons, Ctrl + wheel and the keys, pans with drag and arrows, and fits again', async () => {
    const page = await desktop()
    await page.goto(baseURL)
    await page.locator(map).hover()
    await page.waitForSelector(`${map}[data-enhanced]`)
    const fitted = scaleOf(await viewportTransform(page))
    await page.getByRole('button', { name: 'Inzoomen' }).click()
    await expect.poll(async () => scaleOf(await viewportTransform(page))).toBeCloseTo(fitted * 1.4, 2)
    await page.getByRole('button', { name: 'Uitzoomen' }).click()
    await expect.poll(async () => scaleOf(await viewportTransform(page))).toBeCloseTo(fitted, 2)

    // A plain wheel scrolls the page and leaves the map; with Ctrl it zooms.
    await page.mouse.move(640, 600)
    await page.mouse.wheel(0, -200)
    await page.waitForTimeout(300)
    expect(scaleOf(await viewportTransform(page))).toBeCloseTo(fitted, 2)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -100)
    await page.keyboard.up('Control')
    await expect.poll(async () => scaleOf(await viewportTransform(page))).toBeGreaterThan(fitted * 1.1)

    // Drag pans.
    const before = await viewportTransform(page)
    const box = (await page.locator(map).boundingBox())!
    await page.mouse.move(box.x + 60, box.y + box.height - 60)
    await page.mouse.down()
    await page.mouse.move(box.x + 260, box.y + box.height - 160, { steps: 8 })
    await page.mouse.up()
    expect(await viewportTransform(page)).not.toBe(before)

    // Keys on a focused node: arrows pan, 0 fits again.
    await page.locator(themeLink('warme-overdracht')).focus()
    await page.keyboard.press('0')
    await expect.poll(async () => scaleOf(await viewportTransform(page))).toBeCloseTo(fitted, 2)
    const fittedTransform = await viewportTransform(page)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => viewportTransform(page)).not.toBe(fittedTransform)
    await page.keyboard.press('+')
    await expect.poll(async () => scaleOf(await viewportTransform(page))).toBeGreaterThan(fitted * 1.2)
    await page.getByRole('button', { name: 'Passend maken' }).click()
    await expect.poll(async () => scaleOf(await viewportTransform(page))).toBeCloseTo(fitted, 2)
    await page.close()
  })

  it('animates unfolding, unless the visitor asks for reduced motion', async () => {
    const positionSoonAfterClick = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await desktop({ reducedMotion })
      await page.goto(baseURL)
      await page.locator(map).hover()
      await page.waitForSelector(`${map}[data-enhanced]`)
      // A topic of the theme that unfolds: it moves out from its theme to its place on the branch.
      const topic = page.locator(`${map} g[data-node]:has(> a[href="/themas/risicofactoren/afwezigheden"])`)
      const start = await topic.getAttribute('transform')
      await page.locator(themeLink('risicofactoren')).click()
      await page.waitForTimeout(120)
      const soon = await topic.getAttribute('transform')
      await page.waitForTimeout(900)
      const end = await topic.getAttribute('transform')
      await page.close()
      return { start, soon, end }
    }
    const reduced = await positionSoonAfterClick('reduce')
    expect(reduced.end).not.toBe(reduced.start)
    expect(reduced.soon).toBe(reduced.end)
    const animated = await positionSoonAfterClick('no-preference')
    expect(animated.end).toBe(reduced.end)
    expect(animated.soon).not.toBe(animated.end)
  })

  it('loads the map enhancement only when the map is used', async () => {
    const page = await desktop()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(baseURL, { waitUntil: 'networkidle' })
    const initial = scripts.length
    expect(await page.locator(`${map}[data-enhanced]`).count()).toBe(0)
    await page.locator(map).hover()
    await page.waitForSelector(`${map}[data-enhanced]`)
    expect(scripts.length).toBeGreaterThan(initial)
    await page.close()
  })

  it('shows the list view on a 390 px wide screen, unfolds there too, and has the map one tap away', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(baseURL, { waitUntil: 'networkidle' })
    expect(await visible(page, map)).toBe(false)
    const risk = page.locator('details[data-theme="risicofactoren"]')
    expect(await risk.isVisible()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    // Nothing of the map's script is loaded for the list.
    await page.waitForTimeout(300)
    expect(await page.locator(`${map}[data-enhanced]`).count()).toBe(0)

    await risk.locator('summary').tap()
    const afwezigheden = risk.getByRole('link', { name: 'Afwezigheden', exact: true })
    expect(await afwezigheden.isVisible()).toBe(true)
    await afwezigheden.tap()
    await page.waitForURL(`${baseURL}/themas/risicofactoren/afwezigheden`)
    await page.getByRole('link', { name: 'Sluiten: terug naar de mindmap' }).tap()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    // Back in the list, with that theme unfolded.
    expect(await page.locator('details[data-theme="risicofactoren"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    expect(await page.locator('details[data-theme="warme-overdracht"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)

    await page.getByRole('link', { name: 'Toon als kaart' }).tap()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren&weergave=kaart`)
    expect(await visible(page, map)).toBe(true)
    expect(await visible(page, topicLink('risicofactoren', 'afwezigheden'))).toBe(true)
    // The way back to the list has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Toon als lijst')

    // Opening a theme in the list puts it in the URL, and the map follows.
    await page.getByRole('link', { name: 'Toon als lijst' }).tap()
    await page.locator('details[data-theme="warme-overdracht"] > summary').tap()
    await page.waitForURL(`${baseURL}/?thema=warme-overdracht&weergave=lijst`)
    await page.getByRole('link', { name: 'Toon als kaart' }).tap()
    await expect.poll(() => visible(page, topicLink('warme-overdracht', 'na-tucht'))).toBe(true)
    await context.close()
  })

  it('switches to the list on a wide screen, and keeps the choice in the URL', async () => {
    const page = await desktop({ javaScriptEnabled: false })
    await page.goto(`${baseURL}/?thema=specifieke-doelgroepen`)
    await page.getByRole('link', { name: 'Toon als lijst' }).click()
    await page.waitForURL(`${baseURL}/?thema=specifieke-doelgroepen&weergave=lijst`)
    expect(await visible(page, map)).toBe(false)
    expect(await page.locator('details[data-theme="specifieke-doelgroepen"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    await page.close()
  })
})

describe('the map, readable on a phone and on a laptop', () => {
  const sizes = [
    // A phone opens on part of the map at real size (labels of 12.5 to 15 px).
    { name: 'phone', ...phone, smallest: 12, labels: 5 },
    // A laptop shows all of it, a little under real size (the page is 74rem wide): 11.7 px for a sub-topic.
    { name: 'laptop', ...laptop, smallest: 11.5, labels: 15 },
  ]
  /** The frame, and the labels of the shown nodes that lie whole inside it, each with its size on screen in CSS px. */
  const labelsInFrame = (page: Page) =>
    page.locator(map).evaluate((svg) => {
      const frame = svg.getBoundingClientRect()
      const labels = [...svg.querySelectorAll<SVGTextElement>('a > text:not([data-badge])')]
        .filter((text) => getComputedStyle(text).visibility !== 'hidden')
        .filter((text) => {
          const box = text.getBoundingClientRect()
          return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom
        })
        .map((text) => ({ text: text.textContent!, size: Number(text.getAttribute('font-size')) * text.getScreenCTM()!.a }))
      return { frame: { left: frame.left, right: frame.right, height: frame.height }, labels, transform: svg.querySelector('[data-viewport]')!.getAttribute('transform') }
    })

  it.each(sizes)('opens on labels of at least $smallest px inside a frame that fits the screen ($name)', async ({ name, viewport, smallest, labels, ...device }) => {
    const context = await browser.newContext({ viewport, ...device })
    const page = await context.newPage()
    await page.goto(`${baseURL}/?thema=risicofactoren&weergave=kaart`)
    // A phone needs the zoom, so the map's script loads at once there; a laptop loads it when the map is used.
    if (name === 'laptop') await page.locator(map).hover()
    await page.locator(`${map}[data-enhanced]`).waitFor()
    // Settled: the frame takes its size and the map its opening view.
    let last: string | null = ''
    await expect.poll(async () => last === (last = (await labelsInFrame(page)).transform)).toBe(true)
    const shown = await labelsInFrame(page)

    expect(shown.frame.left).toBeGreaterThanOrEqual(0)
    expect(shown.frame.right).toBeLessThanOrEqual(viewport.width)
    expect(shown.frame.height).toBeLessThanOrEqual(viewport.height)
    // The unfolded theme's topics are there to read (on a phone at their real size, the rest a drag away).
    expect(shown.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Afwezigheden', 'Leerachterstand']))
    expect(shown.labels.length).toBeGreaterThanOrEqual(labels)
    for (const label of shown.labels) expect(label.size, label.text).toBeGreaterThanOrEqual(smallest)
    expect(await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([viewport.width, viewport.width])
    expect(await seriousViolations(page)).toEqual([])

    // "Passend maken" shows the whole map (on a phone too small to read, but all there).
    await page.getByRole('button', { name: 'Passend maken' }).click()
    await expect.poll(async () => (await labelsInFrame(page)).labels.length).toBe(15)
    await context.close()
  })

  it('stands upright on a phone: all six themes in the frame and on the screen at first sight, readable and reachable', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(`${baseURL}/?weergave=kaart`)
    await page.locator(`${map}[data-enhanced]`).waitFor()
    let last: string | null = ''
    await expect.poll(async () => last === (last = await viewportTransform(page))).toBe(true)
    const shown = await page.locator(map).evaluate((svg) => {
      const frame = svg.getBoundingClientRect()
      const themes = [...svg.querySelectorAll<SVGAElement>('a[data-theme-link]')].map((a) => {
        const box = a.querySelector('rect')!.getBoundingClientRect()
        const label = a.querySelector('text')!
        // What a finger at the box's centre would touch: the theme's own link, not something over it.
        const touched = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return {
          theme: a.dataset.themeLink!,
          box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
          size: Number(label.getAttribute('font-size')) * label.getScreenCTM()!.a,
          reachable: touched !== null && a.contains(touched),
        }
      })
      return { frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom }, themes }
    })
    expect(shown.themes.map((t) => t.theme)).toHaveLength(6)
    for (const { theme, box, size, reachable } of shown.themes) {
      // Inside the frame and inside the screen, without scrolling the page.
      expect(box.left, theme).toBeGreaterThanOrEqual(Math.max(0, shown.frame.left))
      expect(box.right, theme).toBeLessThanOrEqual(Math.min(phone.viewport.width, shown.frame.right))
      expect(box.top, theme).toBeGreaterThanOrEqual(Math.max(0, shown.frame.top))
      expect(box.bottom, theme).toBeLessThanOrEqual(Math.min(phone.viewport.height, shown.frame.bottom))
      // Readable (a theme's label at 12 px or more) and a target a finger can hit (WCAG 2.5.8: 24 px at least).
      expect(size, theme).toBeGreaterThanOrEqual(12)
      expect(Math.min(box.width, box.height), theme).toBeGreaterThanOrEqual(24)
      expect(reachable, theme).toBe(true)
    }
    expect(await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([phone.viewport.width, phone.viewport.width])
    expect(await seriousViolations(page)).toEqual([])

    // A tap unfolds a theme in place; its topics open at their real size in the frame.
    await page.locator(themeLink('warme-overdracht')).tap()
    await page.waitForURL(`${baseURL}/?thema=warme-overdracht&weergave=kaart`)
    await expect.poll(() => visible(page, topicLink('warme-overdracht', 'na-tucht'))).toBe(true)
    await expect
      .poll(() =>
        page.locator(topicLink('warme-overdracht', 'scharniermomenten')).evaluate((a) => {
          const box = a.getBoundingClientRect()
          const frame = a.closest('svg')!.getBoundingClientRect()
          return box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right
        }),
      )
      .toBe(true)
    await context.close()
  })
})
