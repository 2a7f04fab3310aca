import { describe, expect, it } from 'vitest'

import { openPage, seriousViolations, thirdPartyRequests, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()

const sixThemes = [
  'Risicofactoren',
  'Beschermende factoren',
  'Specifieke doelgroepen',
  'Interactie tussen leerling en context',
  'Netwerkgericht werken',
  'Warme overdracht',
]

describe('home page', () => {
  it('shows the six themes with their topics, in Dutch, from the database', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 1280, height: 900 })
    const foreign = thirdPartyRequests(page, baseURL)
    const response = await page.goto(baseURL)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    await expect(page.locator('h1').textContent()).resolves.toContain('Toolbox Schooluitval')
    // On the map (in map order) and in the list view (the same tree).
    const mapThemes = await page.locator('svg[data-mindmap] a[data-theme-link]').evaluateAll((links) =>
      links.map((a) => a.getAttribute('aria-label')!.split(/[,:]/)[0]),
    )
    expect(mapThemes).toEqual(sixThemes)
    const listThemes = await page.locator('details[data-theme] > summary > span:first-child').allTextContents()
    expect(listThemes).toEqual(sixThemes)
    await expect(page.getByText('Afwezigheden', { exact: true }).count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('Vroege detectie', { exact: true }).count()).resolves.toBeGreaterThan(0)
    // Point at the map: the enhancement loads, still from our own origin only.
    await page.locator('svg[data-mindmap]').hover()
    await page.waitForSelector('svg[data-mindmap][data-enhanced]')
    expect(foreign, 'public pages make no third-party requests').toEqual([])
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
