/** The site search in Chromium: from the header, Dutch matching, the text inside files, nothing found, bad input, axe. */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { compoundsNotInTheSeed, pluralsFromTheSeed } from '@tests/fixtures/searchForms'
import { openPage, seriousViolations, useBrowser } from '@tests/support/chromium'
import { screens } from '@tests/support/devices'

const { baseURL, browser } = useBrowser()

const groupHeadings = (page: Page) => page.locator('main section > h2').allTextContents()
const marked = (page: Page) => page.locator('main mark').allTextContents()

describe('site search', () => {
  it('searches from the header and groups the results by type, with the words marked; axe clean', async () => {
    const page = await openPage(browser)
    await page.goto(baseURL)
    const field = page.locator('header form[role="search"] input[name="q"]')
    await field.fill('afwezigheden')
    await field.press('Enter')
    await page.waitForURL(`${baseURL}/zoeken?q=afwezigheden`)
    expect(await page.locator('h1').textContent()).toBe('Zoeken')
    const headings = await groupHeadings(page)
    expect(headings[0]).toMatch(/^Onderwerpen \(\d+\)$/)
    expect(headings.some((h) => h.startsWith('Materialen'))).toBe(true)
    // Stemming: the singular and other forms are marked too.
    const marks = (await marked(page)).map((m) => m.toLowerCase())
    expect(marks).toContain('afwezigheden')
    expect(marks).toContain('afwezigheid')
    // The first topic carries its theme's colour (risk red).
    const border = await page.locator('main section li').first().evaluate((el) => getComputedStyle(el).borderLeftColor)
    expect(border).toBe('rgb(179, 38, 30)')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('works from the header without JavaScript', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    await page.goto(`${baseURL}/partners`)
    await page.locator('header form[role="search"] input[name="q"]').fill('NAFT Halle')
    await page.locator('header form[role="search"] button[type="submit"]').click()
    await page.waitForURL(/\/zoeken\?q=NAFT\+Halle/)
    await expect(page.getByRole('link', { name: /Schoolondersteuning Halle en de stuurgroep NAFT/ }).count()).resolves.toBeGreaterThan(0)
    await page.close()
  })

  it('finds compound plurals as people type them: dialoogfiches', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/materialen?q=dialoogfiches`)
    expect(Number((await page.getByRole('status').first().textContent())!.match(/^\s*(\d+)/)![1])).toBeGreaterThanOrEqual(2)
    await page.close()
  })

  it('does not turn a place name into another word on /partners', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/partners?q=Antwerpen`)
    await expect(page.getByText(/Geen partners gevonden/).count()).resolves.toBe(1)
    await expect(page.getByText(/Bedoelde u/).count()).resolves.toBe(0)
    await page.close()
  })

  it('finds a word that occurs only inside a PDF, and says where it was found', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/zoeken?q=afsprakentabel`)
    expect(await groupHeadings(page)).toEqual(['Materialen (1)'])
    await expect(page.getByRole('link', { name: 'Leidraad bij het dialoogdocument school', exact: true }).count()).resolves.toBe(1)
    await expect(page.getByText('Gevonden in de tekst van het bestand.').count()).resolves.toBe(1)
    await page.close()
  })

  it('folds accents and forgives a typing slip, and says what it searched for', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/zoeken?q=zorgcontinuum`)
    expect((await marked(page)).some((m) => m.toLowerCase() === 'zorgcontinuüm')).toBe(true)
    await page.goto(`${baseURL}/zoeken?q=afwezigheeden`)
    await expect(page.getByText(/Niets gevonden voor ‘afwezigheeden’; u ziet resultaten voor ‘afwezigheden’/).count()).resolves.toBe(1)
    expect((await groupHeadings(page)).length).toBeGreaterThan(1)
    await page.close()
  })

  it('says so when nothing is found, suggests spellings and offers the themes; axe clean', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/zoeken?q=afsprrakenntabbel`)
    await expect(page.getByText('Niets gevonden voor ‘afsprrakenntabbel’.').count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: 'afsprakentabel' }).count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: 'Risicofactoren' }).count()).resolves.toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'afsprakentabel' }).click()
    await page.waitForURL(/q=afsprakentabel/)
    expect(await groupHeadings(page)).toEqual(['Materialen (1)'])
    await page.close()
  })

  it('shows one type at a time with pages, and the empty search page offers the themes', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/zoeken?q=school&in=onderwerpen`)
    expect((await groupHeadings(page))[0]).toMatch(/^Onderwerpen \(\d+\)$/)
    expect(await page.locator('nav[aria-label="Soort resultaat"] a[aria-current="page"]').textContent()).toMatch(/^Onderwerpen/)
    await page.goto(`${baseURL}/zoeken`)
    await expect(page.getByRole('link', { name: 'Warme overdracht' }).count()).resolves.toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('answers odd and overlong queries with a page, never an error', async () => {
    for (const query of [
      `q=${encodeURIComponent('afwezigheden '.repeat(300))}`,
      'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'q=%00%01%02',
      'q=de+en+van',
      'q=(((&in=iets&pagina=abc',
      'q=school&in=materialen&pagina=999999',
      'q=a&q=b&q=c',
      'q=%F0%9F%92%A5%F0%9F%92%A5',
    ]) {
      const response = await fetch(`${baseURL}/zoeken?${query}`)
      expect(response.status, query).toBe(200)
      const html = await response.text()
      expect(html).toContain('<h1>Zoeken</h1>')
      expect(html).not.toContain('<script>alert(1)')
    }
    const long = await (await fetch(`${baseURL}/zoeken?q=${encodeURIComponent('afwezigheden '.repeat(300))}`)).text()
    expect(long).toContain('werd ingekort')
    expect(await (await fetch(`${baseURL}/zoeken?q=de+en+van`)).text()).toContain('heel gewone woorden')
  })
})

describe.each(screens)('site search on a $name', ({ viewport, name: _name, ...device }) => {
  const open = async () => (await browser.newContext({ viewport, ...device })).newPage()

  it('shows a title match first, on the first screen: the material "Preventieplan afwezigheden" before the topics that mention it', async () => {
    const page = await open()
    await page.goto(`${baseURL}/zoeken?q=preventieplan`)
    const headings = await groupHeadings(page)
    expect(headings[0]).toBe('Materialen (1)')
    expect(headings.some((h) => /^Onderwerpen \(\d+\)$/.test(h))).toBe(true)
    const first = page.locator('main section li a').first()
    expect(await first.textContent()).toBe('Preventieplan afwezigheden')
    expect((await first.boundingBox())!.y + (await first.boundingBox())!.height).toBeLessThanOrEqual(viewport.height)
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()
  })

  it('finds for every plural from the seed what its singular finds, and compound plurals by their parts', async () => {
    const page = await open()
    for (const [plural, singular] of pluralsFromTheSeed) {
      await page.goto(`${baseURL}/zoeken?q=${encodeURIComponent(singular)}`)
      const found = await groupHeadings(page)
      expect(found.length, singular).toBeGreaterThan(0)
      await page.goto(`${baseURL}/zoeken?q=${encodeURIComponent(plural)}`)
      // The same number of results of every kind.
      expect(await groupHeadings(page), plural).toEqual(found)
    }
    for (const compound of compoundsNotInTheSeed) {
      await page.goto(`${baseURL}/zoeken?q=${compound}`)
      expect((await groupHeadings(page)).length, compound).toBeGreaterThan(0)
      // Found as typed, not through a correction.
      await expect(page.getByText(/Niets gevonden voor/).count()).resolves.toBe(0)
    }
    await page.context().close()
  })
})
