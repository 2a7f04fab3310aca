/**
 * What's new in the browser: /nieuw lists the seed's published content with Dutch dates, types and links, passes
 * axe and asks nothing of other sites; every page's head announces the Atom feed; /feed.xml is served as Atom with
 * absolute links on the app's SITE_URL; the home page and the footer point to /nieuw, and the home page to /bijdragen.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import { describe, expect, it } from 'vitest'

import { openPage, seriousViolations, thirdPartyRequests, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()

const dutchDate = /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/

describe("what's new", () => {
  it('/nieuw lists published changes with their type, a Dutch date and a link, accessibly', async () => {
    const page = await openPage(browser)
    const foreign = thirdPartyRequests(page, baseURL)
    const response = await page.goto(`${baseURL}/nieuw`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Wat is er nieuw')
    const items = page.locator('main ol > li')
    expect(await items.count()).toBe(30)
    const first = items.first()
    expect(await first.locator('p').first().textContent()).toMatch(/^(Onderwerp|Materiaal|Goede praktijk|Instrument) · (Nieuw|Bijgewerkt) op /)
    expect(await first.locator('time').textContent()).toMatch(dutchDate)
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const kinds = new Set(await page.locator('main ol > li p:first-child span').allTextContents())
    expect(kinds.size).toBeGreaterThan(1)
    // Every entry links to a page that exists.
    const href = (await first.getByRole('link').getAttribute('href'))!
    expect(href).toMatch(/^\/(themas|materialen|goede-praktijken|instrumenten)\//)
    expect((await fetch(`${baseURL}${href}`)).status).toBe(200)
    expect(await page.getByRole('link', { name: 'Atom-feed' }).getAttribute('href')).toBe('/feed.xml')
    expect(foreign).toEqual([])
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('announces the feed in the head of every page', async () => {
    for (const path of ['/', '/nieuw', '/themas/risicofactoren/afwezigheden', '/materialen', '/zoeken', '/zoeken?q=spijbelen', '/privacy']) {
      const html = await (await fetch(`${baseURL}${path}`)).text()
      const tag = html.match(/<link[^>]*type="application\/atom\+xml"[^>]*>/)?.[0]
      expect(tag, path).toMatch(/rel="alternate"/)
      expect(tag, path).toMatch(/href="[^"]*\/feed\.xml"/)
      expect(tag, path).toMatch(/title="Toolbox Schooluitval: wat is er nieuw"/)
    }
  })

  it('/feed.xml is an Atom feed with absolute links on the site address', async () => {
    const response = await fetch(`${baseURL}/feed.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseFeed(await response.text())
    expect(feed.meta.type).toBe('atom')
    expect(feed.self).toBe(`${baseURL}/feed.xml`)
    expect(feed.items).toHaveLength(30)
    for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${baseURL}/(themas|materialen|goede-praktijken|instrumenten)/`))
  })

  it('is pointed to from the home page and the footer, beside the call to contribute', async () => {
    const page = await openPage(browser)
    await page.goto(baseURL)
    const invitation = page.getByRole('region', { name: 'Bouw mee aan de toolbox' })
    expect(await invitation.textContent()).toMatch(/werk in uitvoering/)
    expect(await invitation.getByRole('link', { name: 'Deel een praktijk of materiaal' }).getAttribute('href')).toBe('/bijdragen')
    const news = page.getByRole('region', { name: 'Wat is er nieuw?' })
    expect(await news.getByRole('link', { name: 'Bekijk wat er nieuw is' }).getAttribute('href')).toBe('/nieuw')
    expect(await news.getByRole('link', { name: 'of volg de Atom-feed' }).getAttribute('href')).toBe('/feed.xml')
    expect(await page.locator('body > footer').getByRole('link', { name: 'Wat is er nieuw' }).getAttribute('href')).toBe('/nieuw')
    await page.close()
  })
})
