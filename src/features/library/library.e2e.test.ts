/**
 * The materials library, the good practices and the partner directory in Chromium: one list-and-filter pattern,
 * with and without JavaScript; viewing and downloading files; axe on all three lists; bad input.
 */
import { readFileSync } from 'node:fs'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { openPage, seriousViolations, thirdPartyRequests, useBrowser } from '@tests/support/chromium'
import { phone, screens } from '@tests/support/devices'

const { baseURL, browser } = useBrowser()

const noScriptPage = async () => (await browser.newContext({ javaScriptEnabled: false })).newPage()

/** The number the status line announces ("7 materialen …"). */
const announced = async (page: Page) => Number((await page.getByRole('status').first().textContent())!.match(/^\s*(\d+)/)![1])
const resultTitles = (page: Page) => page.locator('[id$="-listing"] li h3 a, [id$="-listing"] li h4 a').allTextContents()
const checkbox = (page: Page, group: string, value: string) => page.locator(`input[type=checkbox][name="${group}"][value="${value}"]`)
/** Ticks a filter option, unfolding its group first (only the first groups start open). */
const tick = async (page: Page, group: string, value: string) => {
  const box = checkbox(page, group, value)
  const details = page.locator('details', { has: box }).last()
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('> summary').click()
  await box.check()
}
/** Waits until the list's script has hooked in: before that, changing a control does nothing (a race on a busy machine). */
const enhanced = (page: Page) => page.locator('[id$="-listing"][data-enhanced]').waitFor()
const countOf = async (page: Page, group: string, value: string) => {
  const label = await page.locator(`label[for="${await checkbox(page, group, value).getAttribute('id')}"]`).textContent()
  return Number(label!.match(/\((\d+)\)\s*$/)![1])
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
/** The publication dates of the listed materials (from their line of facts), as yyyymmdd numbers. */
const listedDates = async (page: Page) =>
  (await page.locator('[id$="-listing"] li h3 + p').allTextContents()).map((line) => {
    const [, d, m, y] = line.match(/(\d{1,2}) (\w+) (\d{4})/)!
    return Number(y) * 10_000 + (months.indexOf(m!) + 1) * 100 + Number(d)
  })

describe('materials library', () => {
  it('lists the materials with format, size, date and publisher; no third-party requests; axe clean', async () => {
    const page = await openPage(browser)
    const foreign = thirdPartyRequests(page, baseURL)
    const response = await page.goto(`${baseURL}/materialen`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Materialen')
    const meta = await page.locator('[id$="-listing"] li p').first().textContent()
    expect(meta).toMatch(/^(PDF|Word) · \d+ kB · \d{1,2} \w+ \d{4} · /)
    expect(foreign).toEqual([])
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('per theme: a theme filter gives only that theme’s heading, and without it each theme holds what its filter counts', async () => {
    const page = await noScriptPage()
    await page.goto(`${baseURL}/materialen?thema=warme-overdracht&weergave=thema`)
    const total = await announced(page)
    expect(total).toBeGreaterThan(0)
    expect(await page.locator('[id$="-listing"] section h3').allTextContents()).toEqual(['Warme overdracht'])
    expect(await resultTitles(page)).toHaveLength(total)

    await page.goto(`${baseURL}/materialen`)
    await page.getByRole('link', { name: 'per thema' }).click()
    await page.waitForURL(/weergave=thema/)
    expect((await page.locator('[id$="-listing"] section h3').allTextContents())[0]).toBe('Risicofactoren')
    const pages = Number((await page.getByRole('status').first().textContent())!.match(/pagina \d+ van (\d+)/)?.[1] ?? 1)
    const under = new Map<string, number>()
    for (let p = 1; p <= pages; p++) {
      if (p > 1) await page.goto(`${baseURL}/materialen?weergave=thema&pagina=${p}`)
      for (const section of await page.locator('[id$="-listing"] section:has(> h3)').all()) {
        const heading = (await section.locator('> h3').textContent())!.replace(/ \(vervolg\)$/, '')
        under.set(heading, (under.get(heading) ?? 0) + (await section.locator('li h4').count()))
      }
    }
    for (const [value, title] of [['warme-overdracht', 'Warme overdracht'], ['risicofactoren', 'Risicofactoren']]) {
      expect(under.get(title), title).toBe(await countOf(page, 'thema', value!))
    }
    await page.close()
  })

  it('filters at once with two checkboxes, keeps the state in the URL, and Back undoes a step', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/materialen?weergave=lijst`)
    await enhanced(page)
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    const expectedAfterFirst = await countOf(page, 'categorie', 'aanwezigheidsbeleid')

    await tick(page, 'categorie', 'aanwezigheidsbeleid')
    await page.waitForURL(/categorie=aanwezigheidsbeleid/)
    await expect.poll(() => announced(page)).toBe(expectedAfterFirst)
    const expectedAfterSecond = await countOf(page, 'regio', 'limburg')
    expect(expectedAfterSecond).toBeGreaterThan(0)
    expect(expectedAfterSecond).toBeLessThan(expectedAfterFirst)

    await tick(page, 'regio', 'limburg')
    await page.waitForURL(/regio=limburg/)
    await expect.poll(() => announced(page)).toBe(expectedAfterSecond)
    expect(await resultTitles(page)).toHaveLength(expectedAfterSecond)
    // Updated in place, not by loading a new page.
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)

    // The same address without JavaScript gives the same list: the URL is the state.
    const plain = await noScriptPage()
    await plain.goto(page.url())
    expect(await resultTitles(plain)).toEqual(await resultTitles(page))
    await plain.close()

    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('regio='))
    await expect.poll(() => announced(page)).toBe(expectedAfterFirst)
    expect(await checkbox(page, 'regio', 'limburg').isChecked()).toBe(false)
    expect(await checkbox(page, 'categorie', 'aanwezigheidsbeleid').isChecked()).toBe(true)
    await page.close()
  })

  it('sorts by publication date and by title', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/materialen?weergave=lijst`)
    await enhanced(page)
    await page.locator('select[name="sorteer"]').selectOption('datum-oud')
    await page.waitForURL(/sorteer=datum-oud/)
    await expect.poll(async () => (await page.locator('[id$="-listing"] li h3').count()) > 0).toBe(true)
    const parsed = await listedDates(page)
    expect(parsed).toEqual([...parsed].sort((a, b) => a - b))
    expect(parsed[0]).toBeLessThan(parsed[parsed.length - 1]!)

    await page.locator('select[name="sorteer"]').selectOption('titel')
    await page.waitForURL(/sorteer=titel/)
    await expect.poll(async () => {
      const titles = await resultTitles(page)
      return titles.join('|') === [...titles].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })).join('|')
    }).toBe(true)
    await page.close()
  })

  it('opens a PDF in the browser and downloads a Word file', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/materialen?formaat=pdf`)
    // Each link's name is one clean string: "Bekijken: <title> (…)", not "Bekijken : …" from a hidden span.
    const view = page.getByRole('link', { name: /^Bekijken: \S.* \(PDF, opent in de browser\)$/ }).first()
    const href = await view.getAttribute('href')
    expect(href).toMatch(/\.pdf$/)
    expect(await view.getAttribute('download')).toBeNull()
    const pdf = await page.context().request.get(new URL(href!, baseURL).toString())
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    expect(pdf.headers()['content-disposition'] ?? '').not.toMatch(/attachment/)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

    await page.goto(`${baseURL}/materialen?formaat=word`)
    const downloadLink = page.getByRole('link', { name: /^Downloaden: \S.* \(Word, \d+ kB\)$/ }).first()
    // Named after the material it belongs to.
    const item = page.locator('[id$="-listing"] li', { has: downloadLink }).first()
    const title = (await item.locator('h3').textContent())!.trim()
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    expect(await item.getByRole('link', { name: new RegExp(`^Downloaden: ${escaped} \\(Word, \\d+ kB\\)$`) }).count()).toBe(1)
    const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const bytes = readFileSync((await download.path())!)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    await page.close()
  })

  it('works without JavaScript: tick two boxes, apply, sort, page', async () => {
    const page = await noScriptPage()
    await page.goto(`${baseURL}/materialen`)
    await tick(page, 'categorie', 'aanwezigheidsbeleid')
    await tick(page, 'bron', 'plg-ankerfiguren')
    await page.getByRole('button', { name: 'Filters toepassen' }).click()
    await page.waitForURL(/categorie=aanwezigheidsbeleid.*bron=plg-ankerfiguren|bron=plg-ankerfiguren.*categorie=aanwezigheidsbeleid/)
    const count = await announced(page)
    expect(count).toBeGreaterThan(0)
    // One entry per material (the default view).
    expect(await resultTitles(page)).toHaveLength(count)
    expect(await checkbox(page, 'bron', 'plg-ankerfiguren').isChecked()).toBe(true)

    await page.locator('select[name="sorteer"]').selectOption('titel')
    await page.getByRole('button', { name: 'Sorteren' }).click()
    await page.waitForURL(/sorteer=titel/)
    expect(page.url()).toContain('categorie=aanwezigheidsbeleid')
    expect(await announced(page)).toBe(count)

    await page.getByRole('link', { name: /^Aanwezigheidsbeleid en afwezigheden/ }).first().click() // the chip removes the filter
    await page.waitForURL((url) => !url.search.includes('categorie='))
    expect(await announced(page)).toBeGreaterThanOrEqual(count)
    await page.close()
  })

  it('sorts by date without JavaScript, newest and oldest first', async () => {
    const page = await noScriptPage()
    await page.goto(`${baseURL}/materialen?weergave=lijst`)
    await page.locator('select[name="sorteer"]').selectOption('datum-oud')
    await page.getByRole('button', { name: 'Sorteren' }).click()
    await page.waitForURL(/sorteer=datum-oud/)
    const oldest = await listedDates(page)
    expect(oldest.length).toBe(await announced(page))
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b))
    expect(oldest[0]).toBeLessThan(oldest[oldest.length - 1]!)

    // Newest first is the default order without search words.
    await page.locator('select[name="sorteer"]').selectOption({ label: 'Nieuwste eerst' })
    await page.getByRole('button', { name: 'Sorteren' }).click()
    await page.waitForURL((url) => !url.search.includes('datum-oud'))
    const newest = await listedDates(page)
    expect(newest).toEqual([...oldest].sort((a, b) => b - a))
    await page.close()
  })

  it('opens a PDF’s page and the PDF, and downloads a Word file from its page, without JavaScript', async () => {
    const page = await noScriptPage()
    await page.goto(`${baseURL}/materialen?formaat=pdf&weergave=lijst`)
    await page.locator('[id$="-listing"] li h3 a').first().click()
    await page.waitForURL(/\/materialen\/[a-z0-9-]+$/)
    const view = page.getByRole('link', { name: 'Bekijken in de browser' })
    const href = await view.getAttribute('href')
    expect(href).toMatch(/\.pdf$/)
    expect(await page.locator('object[type="application/pdf"]').getAttribute('data')).toBe(href)
    const pdf = await page.context().request.get(new URL(href!, baseURL).toString())
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

    await page.goto(`${baseURL}/materialen?formaat=word&weergave=lijst`)
    await page.locator('[id$="-listing"] li h3 a').first().click()
    await page.waitForURL(/\/materialen\/[a-z0-9-]+$/)
    const downloadLink = page.getByRole('link', { name: /^Downloaden \(Word, \d+ kB\)$/ })
    const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    expect(readFileSync((await download.path())!).subarray(0, 2).toString()).toBe('PK')
    await page.close()
  })

  it('searches inside the files, shows the passage, and a material page previews a Word file', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/materialen?q=afsprakentabel`)
    expect(await announced(page)).toBe(1)
    await expect(page.locator('mark', { hasText: /afsprakentabel/i }).count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('Gevonden in de tekst van het bestand.').count()).resolves.toBe(1)

    await page.goto(`${baseURL}/materialen/preventieplan-afwezigheden-plg-antwerpen`)
    expect(await page.locator('h1').textContent()).toBe('Preventieplan afwezigheden')
    await expect(page.getByRole('region', { name: /Tekst uit Preventieplan afwezigheden/ }).textContent()).resolves.toContain('Waarom dit preventieplan?')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('answers bad input with a sane Dutch page, never an error', async () => {
    for (const query of [
      `?q=${'afwezigheden '.repeat(200)}`,
      '?q=%00%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?regio=atlantis&categorie=%27%3B+DROP+TABLE+materials%3B',
      '?pagina=99999',
      '?pagina=-3&sorteer=%F0%9F%92%A5&weergave=x',
      '?q=%E0%A4%A',
    ]) {
      const response = await fetch(`${baseURL}/materialen${query}`)
      expect(response.status, query).toBe(200)
      const html = await response.text()
      expect(html).toContain('<h1>Materialen</h1>')
      expect(html).not.toContain('<script>alert(1)')
    }
    const long = await (await fetch(`${baseURL}/materialen?q=${'afwezigheden '.repeat(200)}`)).text()
    expect(long).toContain('werd ingekort')
    expect(await (await fetch(`${baseURL}/materialen?regio=atlantis`)).text()).toContain('werden genegeerd')
    expect((await fetch(`${baseURL}/materialen/bestaat-niet`)).status).toBe(404)
    expect((await fetch(`${baseURL}/materialen/%00..%2F`)).status).toBe(404)
  })
})

describe.each(screens)('materials by default on a $name', ({ viewport, name: _name, ...device }) => {
  it('lists each material once, on one page, the first one on the first screen', async () => {
    const page = await (await browser.newContext({ viewport, ...device })).newPage()
    await page.goto(`${baseURL}/materialen`)
    await enhanced(page)
    expect(await announced(page)).toBe(15)
    // One entry per material, on one page (per theme, 15 materials took three pages).
    const titles = await resultTitles(page)
    expect(titles).toHaveLength(15)
    expect(new Set(titles).size).toBe(15)
    expect(await page.locator('[id$="-listing"] section:has(> h3)').count()).toBe(0)
    expect(await page.getByRole('status').first().textContent()).not.toMatch(/pagina/)
    const first = (await page.locator('[id$="-listing"] li h3 a').first().boundingBox())!
    expect(first.y + first.height).toBeLessThanOrEqual(viewport.height)
    await page.context().close()
  })
})

describe('on a phone (390 × 844)', () => {
  const phonePage = async (javaScriptEnabled: boolean) =>
    (await browser.newContext({ ...phone, javaScriptEnabled })).newPage()
  const firstResultTop = (page: Page) =>
    page.locator('[id$="-listing"] li h3 a').first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY)

  for (const javaScriptEnabled of [true, false]) {
    it(`folds the filters and shows the first material on the first screen (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await phonePage(javaScriptEnabled)
      await page.goto(`${baseURL}/materialen`)
      if (javaScriptEnabled) await enhanced(page)
      const panel = page.locator('details[data-filter-panel]')
      expect(await panel.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false)
      expect(await checkbox(page, 'regio', 'limburg').isVisible()).toBe(false)
      // It was about 2,000 px down below the open filter lists.
      expect(await firstResultTop(page)).toBeLessThan(844)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

      // Unfolding works without JavaScript; the summary counts the active filters.
      await panel.locator('> summary').tap()
      await tick(page, 'regio', 'limburg')
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Filters toepassen' }).tap()
      await page.waitForURL(/regio=limburg/)
      await expect.poll(() => panel.locator('> summary').textContent()).toBe('Filters (1 actief)')
      expect(await page.locator('details[data-filter-panel]').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(javaScriptEnabled)
      // axe runs as a script in the page: only where scripts run.
      if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([])
      await page.context().close()
    })
  }

  it('keeps the filters open beside the results on a wide screen, also without JavaScript', async () => {
    const page = await noScriptPage()
    await page.goto(`${baseURL}/materialen`)
    expect(await checkbox(page, 'thema', 'risicofactoren').isVisible()).toBe(true)
    expect(await page.locator('details[data-filter-panel] > summary').isVisible()).toBe(false)
    await page.context().close()
  })
})

describe('good practices and partners: the same pattern', () => {
  it('filters the good practices and opens one; axe clean', async () => {
    const page = await openPage(browser)
    expect((await page.goto(`${baseURL}/goede-praktijken`))?.status()).toBe(200)
    expect(await announced(page)).toBe(12)
    expect(await seriousViolations(page)).toEqual([])
    const expected = await countOf(page, 'thema', 'netwerkgericht-werken')
    await tick(page, 'thema', 'netwerkgericht-werken')
    await page.waitForURL(/thema=netwerkgericht-werken/)
    await expect.poll(() => announced(page)).toBe(expected)
    await page.getByRole('link', { name: 'Schoolondersteuning Halle en de stuurgroep NAFT' }).click()
    await page.waitForURL(`${baseURL}/goede-praktijken/schoolondersteuning-halle`)
    await expect(page.getByRole('link', { name: 'Arktos' }).count()).resolves.toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('filters the partners by region and type, each option with its count; a partner has its own page; axe clean', async () => {
    const page = await openPage(browser)
    expect((await page.goto(`${baseURL}/partners`))?.status()).toBe(200)
    expect(await announced(page)).toBe(23)
    expect(await seriousViolations(page)).toEqual([])
    const brabant = await countOf(page, 'regio', 'vlaams-brabant')
    await tick(page, 'regio', 'vlaams-brabant')
    await page.waitForURL(/regio=vlaams-brabant/)
    await expect.poll(() => announced(page)).toBe(brabant)
    const naft = await countOf(page, 'soort', 'naft-aanbieder')
    await tick(page, 'soort', 'naft-aanbieder')
    await page.waitForURL(/soort=naft-aanbieder/)
    await expect.poll(() => announced(page)).toBe(naft)
    await page.getByRole('link', { name: 'Arktos', exact: true }).click()
    await page.waitForURL(`${baseURL}/partners/arktos`)
    await expect(page.getByRole('heading', { name: 'Goede praktijken met deze partner' }).count()).resolves.toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('narrows the partners to a local region inside its province, and a partner page names its regions', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/partners`)
    // The regions of seed 002 sit under their province, indented.
    const halle = checkbox(page, 'regio', 'halle')
    const option = page.locator('div[data-depth="1"]', { has: halle })
    expect(await option.count()).toBe(1)
    const labels = await page.locator('fieldset:has(input[name="regio"]) label').allTextContents()
    const names = labels.map((l) => l.replace(/\s*\(\d+\)\s*$/, ''))
    expect(names.indexOf('Halle')).toBeGreaterThan(names.indexOf('Vlaams-Brabant'))
    // A province counts the partners of its regions too.
    expect(await countOf(page, 'regio', 'vlaams-brabant')).toBeGreaterThan(await countOf(page, 'regio', 'halle'))
    const inHalle = await countOf(page, 'regio', 'halle')
    await tick(page, 'regio', 'halle')
    await page.waitForURL(/regio=halle/)
    await expect.poll(() => announced(page)).toBe(inHalle)
    for (const name of ['Stad Halle', 'Arktos']) await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(1)
    // The partner page: where it works, each region a way to the partners there.
    await page.getByRole('link', { name: 'Arktos', exact: true }).click()
    await page.waitForURL(`${baseURL}/partners/arktos`)
    const worksIn = page.locator('dt:text-is("Werkt in") + dd')
    await expect(worksIn.textContent()).resolves.toMatch(/^Halle \(Vlaams-Brabant\).*, Diest \(Vlaams-Brabant\)/)
    expect(await worksIn.getByRole('link').first().getAttribute('href')).toBe('/partners?regio=halle')
    // Each named as one clean string, the visible name first.
    await expect(worksIn.getByRole('link', { name: 'Halle (Vlaams-Brabant): alle partners in deze regio', exact: true }).count()).resolves.toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
