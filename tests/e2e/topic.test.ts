/** Theme and topic pages as a visitor sees them: the fixed shape, the theme colours, counterparts, 404s, axe. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { themeColours } from '../../src/design/tokens'
import { launchChromium, openPage, seriousViolations } from '../support/chromium'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
const frameBackground = (page: Page) => page.locator('.theme-frame').evaluate((el) => getComputedStyle(el).backgroundColor)

describe('theme and topic pages', () => {
  it('shows a theme with its topics in the theme colour', async () => {
    const page = await openPage(browser)
    const response = await page.goto(`${baseURL}/themas/risicofactoren`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Risicofactoren')
    expect(await frameBackground(page)).toBe(rgb(themeColours.rood.tint))
    await expect(page.getByRole('link', { name: 'Afwezigheden', exact: true }).count()).resolves.toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('gives a topic its fixed shape and links to its protective counterpart in the other colour', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    const headings = await page.locator('article h2').allTextContents()
    expect(headings.indexOf('Waarom afwezigheden?')).toBe(0)
    expect(headings.indexOf('Materialen')).toBeGreaterThan(0)
    expect(headings.indexOf('Goede praktijken')).toBeGreaterThan(headings.indexOf('Materialen'))
    await expect(page.locator('.insights li').count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('U bekijkt dit onderwerp vanuit de curatieve invalshoek.').count()).resolves.toBe(1)
    expect(await page.locator('.theme-frame__close').getAttribute('href')).toBe('/?thema=risicofactoren')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('link', { name: /Bekijk dit ook als beschermende factor: Vroege detectie/ }).click()
    await page.waitForURL(`${baseURL}/themas/beschermende-factoren/vroege-detectie`)
    expect(await frameBackground(page)).toBe(rgb(themeColours.groen.tint))
    await expect(page.getByText('U bekijkt dit onderwerp vanuit de preventieve invalshoek.').count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: /Bekijk dit ook als risicofactor: Afwezigheden/ }).count()).resolves.toBe(1)
    await page.close()
  })

  it('offers materials grouped by source, to view and to download', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    await expect(page.locator('#bron-plg-ankerfiguren').count()).resolves.toBe(1)
    const download = page.locator('.materials a[download]').first()
    const href = await download.getAttribute('href')
    const file = await fetch(new URL(href!, baseURL))
    expect(file.status).toBe(200)
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    await page.close()
  })

  it('marks unfinished topics as work in progress', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/specifieke-doelgroepen/inclusie`)
    await expect(page.getByText('Work in progress.').count()).resolves.toBe(1)
    await page.close()
  })

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(await page.locator('h1').textContent()).toBe('Afwezigheden')
    await expect(page.locator('article h2').count()).resolves.toBeGreaterThan(2)
    await context.close()
  })

  it('answers unknown themes and topics with a helpful Dutch 404', async () => {
    const page = await openPage(browser)
    for (const path of ['/themas/bestaat-niet', '/themas/risicofactoren/bestaat-niet', '/themas/risicofactoren/vroege-detectie', '/themas/%E2%9C%93']) {
      const response = await page.goto(`${baseURL}${path}`)
      expect(response?.status(), path).toBe(404)
      expect(await page.locator('h1').textContent()).toContain('bestaat niet')
    }
    await expect(page.getByRole('link', { name: 'Risicofactoren' }).count()).resolves.toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
