/** The mindmap home page: unfold a theme, open a topic, come back with ×; by keyboard; without JS; on a phone. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, openPage, seriousViolations } from '../support/chromium'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const topicNode = 'svg a[href="/themas/risicofactoren/afwezigheden"]'

describe('mindmap', () => {
  it('unfolds a theme, opens a topic and returns with × to the unfolded theme', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(baseURL)
    expect(await page.locator('svg.mindmap').isVisible()).toBe(true)
    expect(await page.locator('svg a.mindmap__node--theme').count()).toBe(6)
    expect(await page.locator(topicNode).count()).toBe(0)

    await page.locator('svg a[aria-label="Risicofactoren: toon de onderwerpen"]').click()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    expect(await page.locator('svg a.mindmap__node--topic').count()).toBeGreaterThanOrEqual(5)
    expect(await seriousViolations(page)).toEqual([])

    await page.locator(topicNode).click()
    await page.waitForURL(`${baseURL}/themas/risicofactoren/afwezigheden`)
    await page.locator('.theme-frame__close').click()
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    expect(await page.locator(topicNode).isVisible()).toBe(true)
    await page.close()
  })

  it('works with the keyboard alone', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(baseURL)
    // Tab until the first theme of the map has focus, then Enter unfolds it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
      if (label === 'Risicofactoren: toon de onderwerpen') break
    }
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseURL}/?thema=risicofactoren`)
    // The unfolded theme is followed by its topics in the tab order.
    await page.locator('svg a[aria-label="Risicofactoren: open de themapagina"]').focus()
    await page.keyboard.press('Tab')
    const next = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    expect(next).toMatch(/^\/themas\/risicofactoren\//)
    await page.close()
  })

  it('works without JavaScript: every node is a link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseURL}/?thema=beschermende-factoren`)
    const href = await page.locator('svg a[href="/themas/beschermende-factoren/vroege-detectie"]').getAttribute('href')
    expect(href).toBe('/themas/beschermende-factoren/vroege-detectie')
    await page.locator('svg a[href="/themas/beschermende-factoren/vroege-detectie"]').click()
    await page.waitForURL(`${baseURL}/themas/beschermende-factoren/vroege-detectie`)
    await context.close()
  })

  it('shows the list view on a 390 px wide screen, with the map one tap away', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(baseURL)
    expect(await page.locator('svg.mindmap').isVisible()).toBe(false)
    expect(await page.locator('.list-view').isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'Afwezigheden', exact: true }).isVisible()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Kaartweergave' }).click()
    await page.waitForURL(`${baseURL}/?weergave=kaart`)
    expect(await page.locator('svg.mindmap').isVisible()).toBe(true)
    await page.close()
  })
})
