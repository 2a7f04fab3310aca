/** Theme and topic pages as a visitor sees them: the fixed shape, the theme colours, counterparts, files, print, 404s. */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { sourceTypes } from '@/shared/vocabulary'
import { themeColours } from '@/shared/design/tokens'
import { openPage, seriousViolations, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
const frame = (page: Page) => page.locator('main [data-colour]').first()
const frameColours = (page: Page) =>
  frame(page).evaluate((el) => ({
    band: getComputedStyle(el.firstElementChild!).backgroundColor,
    body: getComputedStyle(el.lastElementChild!).backgroundColor,
    text: getComputedStyle(el.lastElementChild!).color,
  }))
const sectionHeadings = (page: Page) => page.locator('main article h2').allTextContents()

describe('theme page', () => {
  it('shows the theme in its colour, with its introduction, its topics, a breadcrumb and ×', async () => {
    const page = await openPage(browser)
    const response = await page.goto(`${baseURL}/themas/risicofactoren`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Risicofactoren')
    expect(await frameColours(page)).toEqual({ band: rgb(themeColours.rood.strong), body: rgb(themeColours.rood.tint), text: rgb(themeColours.rood.onTint) })
    expect(await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').allTextContents()).toEqual(['Mindmap'])
    expect(await page.getByRole('link', { name: 'Sluiten: terug naar de mindmap' }).getAttribute('href')).toBe('/?thema=risicofactoren')
    await expect(page.getByRole('link', { name: 'Afwezigheden', exact: true }).count()).resolves.toBe(1)
    // Deeper topics are listed inside their card.
    await expect(page.getByRole('link', { name: 'Terugkeer na afwezigheid' }).count()).resolves.toBe(1)
    expect(await page.title()).toBe('Risicofactoren – Toolbox Schooluitval')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})

describe('topic page', () => {
  it('has the fixed shape, in order, and says from which angle the visitor looks', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(await page.locator('h1').textContent()).toBe('Afwezigheden')
    expect(await page.locator('main .lead').first().textContent()).toContain('sterkste en vroegste signalen')
    expect(await sectionHeadings(page)).toEqual([
      'Waarom afwezigheden?',
      'Materialen',
      'Goede praktijken',
      'Samen invullen',
      'Bekijk dit ook als beschermende factor',
      'Voor welke doelgroepen?',
      'Iets toe te voegen?',
    ])
    // Insights each with a source; related websites.
    const insights = page.locator('#waarom ~ ul li')
    expect(await insights.count()).toBeGreaterThan(2)
    for (const source of await page.locator('main cite').allTextContents()) expect(source.length).toBeGreaterThan(5)
    await expect(page.getByRole('heading', { name: 'Relevante websites' }).count()).resolves.toBe(1)
    await expect(page.getByText('Curatieve invalshoek').count()).resolves.toBe(1)
    await expect(page.getByText('Van risico naar bescherming').count()).resolves.toBeGreaterThan(0)
    expect(await page.locator('main time').last().textContent()).toBe('15 juni 2026')
    await expect(page.getByText(/Laatst nagekeken op 15 juni 2026/).count()).resolves.toBe(1)
    expect(await page.getByRole('link', { name: 'Deel uw materiaal, praktijk of feedback' }).getAttribute('href')).toBe('/bijdragen?onderwerp=afwezigheden')
    // Breadcrumb and ×.
    expect(await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').allTextContents()).toEqual(['Mindmap', 'Risicofactoren'])
    expect(await page.getByRole('link', { name: 'Sluiten: terug naar de mindmap' }).getAttribute('href')).toBe('/?thema=risicofactoren')
    // Deeper topics, and their own breadcrumb through the parent.
    await page.getByRole('navigation', { name: 'Dieper in dit onderwerp' }).getByRole('link', { name: 'Terugkeer na afwezigheid' }).click()
    await page.waitForURL(`${baseURL}/themas/risicofactoren/terugkeer-na-afwezigheid`)
    expect(await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').allTextContents()).toEqual(['Mindmap', 'Risicofactoren', 'Afwezigheden'])
    await page.close()
  })

  it('points to the toolbox’s own tools and lists: detection tool, partner list', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/beschermende-factoren/vroege-detectie`)
    const own = page.locator('h3:text-is("Verder in de toolbox") + ul a')
    expect(await own.first().getAttribute('href')).toBe('/vroegdetectie')
    expect(await page.locator('#waarom ~ div a[href="/vroegdetectie"]').textContent()).toBe('vroegdetectie-tool')
    await own.first().click()
    await page.waitForURL(`${baseURL}/vroegdetectie`)

    await page.goto(`${baseURL}/themas/netwerkgericht-werken/partners`)
    await page.getByRole('link', { name: 'partnerlijst', exact: true }).click()
    await page.waitForURL(`${baseURL}/partners`)
    expect(await page.locator('h1').textContent()).toBe('Partners')
    await page.close()
  })

  it('switches the colour on the counterpart and says preventive or curative', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    const block = page.locator('aside[data-counterpart="beschermende-factoren"]')
    expect(await block.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual([
      rgb(themeColours.groen.strong),
      rgb(themeColours.groen.onStrong),
    ])
    expect(await block.textContent()).toMatch(/Hier kijkt u curatief naar afwezigheden.*Daar kijkt u preventief/)
    expect(await seriousViolations(page)).toEqual([])

    await block.getByRole('link', { name: /Vroege detectie/ }).click()
    await page.waitForURL(`${baseURL}/themas/beschermende-factoren/vroege-detectie`)
    expect((await frameColours(page)).body).toBe(rgb(themeColours.groen.tint))
    await expect(page.getByText('Preventieve invalshoek').count()).resolves.toBe(1)
    const back = page.locator('aside[data-counterpart="risicofactoren"]')
    expect(await back.locator('h2').textContent()).toBe('Bekijk dit ook als risicofactor')
    expect(await back.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(themeColours.rood.strong))
    expect(await back.textContent()).toMatch(/Hier kijkt u preventief.*Daar kijkt u curatief/)
    await page.close()
  })

  it('links to the target groups, in their own colour', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/taalachterstand-anderstalige-context`)
    const group = page.locator('#doelgroepen ~ ul').getByRole('link', { name: 'Basisonderwijs' })
    expect(await group.getAttribute('href')).toBe('/themas/specifieke-doelgroepen/basisonderwijs')
    expect(await group.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(themeColours.geel.tint))
    await page.close()
  })

  it('groups materials by source type in the vocabulary order, with format, date, view and download', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    const groups = await page.locator('section[aria-labelledby^="bron-"] > h3').allTextContents()
    const order = sourceTypes.map((t) => t.label as string)
    expect(groups.length).toBeGreaterThan(1)
    expect(groups).toEqual([...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b)))

    const pdf = page.locator('li > article', { has: page.getByRole('link', { name: /^Bekijken/ }) }).first()
    expect(await pdf.textContent()).toMatch(/PDF, \d+ kB/)
    expect(await pdf.locator('time').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/)
    // View opens the file itself (a PDF shows inline: no attachment header); download saves it under its name.
    const view = await pdf.getByRole('link', { name: /^Bekijken/ }).getAttribute('href')
    const inline = await fetch(new URL(view!, baseURL))
    expect(inline.status).toBe(200)
    expect(inline.headers.get('content-type')).toBe('application/pdf')
    expect(inline.headers.get('content-disposition') ?? '').not.toMatch(/attachment/)
    const download = pdf.getByRole('link', { name: /^Downloaden/ })
    expect(await download.getAttribute('download')).toMatch(/\.pdf$/)
    const [saved] = await Promise.all([page.waitForEvent('download'), download.click()])
    expect(saved.suggestedFilename()).toMatch(/\.pdf$/)

    // Word files cannot be shown in the browser: download only.
    const word = page.locator('li > article', { hasText: /Word, \d+ kB/ }).first()
    expect(await word.getByRole('link', { name: /^Bekijken/ }).count()).toBe(0)
    expect(await word.getByRole('link', { name: /^Downloaden/ }).getAttribute('download')).toMatch(/\.docx$/)
    await page.close()
  })

  it('names each file link after its material, format and size, as a screen reader reads it', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    const cards = page.locator('section[aria-labelledby="materialen"] li > article')
    expect(await cards.count()).toBeGreaterThan(1)
    let downloads = 0
    for (const card of await cards.all()) {
      const title = (await card.locator('h4').textContent())!.trim()
      const meta = (await card.locator('p').nth(1).textContent())!
      const kind = /^([^,·]+), (\d+(?:,\d)? [kM]B)/.exec(meta)
      if (!kind) continue
      // One clean name per link, as the accessibility tree has it: "Downloaden: <title> (PDF, 4 kB)", never "Downloaden : …".
      const name = `Downloaden: ${title} (${kind[1]}, ${kind[2]})`
      expect(await card.getByRole('link', { name, exact: true }).count(), name).toBe(1)
      if (kind[1] === 'PDF') expect(await card.getByRole('link', { name: `Bekijken: ${title} (PDF, opent in de browser)`, exact: true }).count()).toBe(1)
      downloads++
    }
    expect(downloads).toBeGreaterThan(1)
    // The names as the browser computes them: none with a space before its colon.
    const tree = await page.locator('section[aria-labelledby="materialen"]').ariaSnapshot()
    expect(tree).toMatch(/link "Downloaden: /)
    expect(tree).not.toMatch(/link "[^"]*\s:/)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('says plainly when a section is empty, and invites a contribution', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/warme-overdracht/na-tucht`)
    expect(await page.locator('#materialen ~ p').first().textContent()).toBe('Nog geen materialen — deel er een.')
    expect(await page.getByRole('link', { name: 'deel er een' }).first().getAttribute('href')).toBe('/bijdragen?onderwerp=na-tucht')
    expect(await page.getByText('Nog geen websites opgenomen.').count()).toBe(1)
    // A topic outside the target groups' theme without target groups says so too.
    await page.goto(`${baseURL}/themas/interactie-leerling-context/schoolcontext`)
    expect(await page.getByText('Nog niet gekoppeld aan een doelgroep.').count()).toBe(1)
    await page.close()
  })

  it('marks unfinished topics as work in progress', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/specifieke-doelgroepen/inclusie`)
    const note = page.getByRole('note', { name: 'In ontwikkeling' })
    expect(await note.textContent()).toContain('nog in ontwikkeling')
    expect(await note.getByRole('link').getAttribute('href')).toBe('/bijdragen?onderwerp=inclusie')
    // In the topic's fixed order: after the last-reviewed date, before the invitation to contribute.
    const order = await page.evaluate(() => {
      const note = document.querySelector('[role="note"]')!
      const reviewed = [...document.querySelectorAll('main p')].find((p) => /nagekeken/.test(p.textContent ?? ''))!
      const invite = [...document.querySelectorAll('main h2')].find((h) => h.textContent === 'Iets toe te voegen?')!
      const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)
      return [follows(reviewed, note), follows(note, invite)]
    })
    expect(order).toEqual([true, true])
    expect(await page.locator('h1 ~ * :text("In ontwikkeling"), header :text("In ontwikkeling")').count()).toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(await page.locator('h1').textContent()).toBe('Afwezigheden')
    expect((await sectionHeadings(page)).slice(0, 3)).toEqual(['Waarom afwezigheden?', 'Materialen', 'Goede praktijken'])
    await context.close()
  })

  it('prints cleanly: no navigation, no map links, links written out', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['body > header', 'body > footer', 'nav[aria-label="Kruimelpad"]', 'a[title="Terug naar de mindmap"]'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
    const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content)
    // Chromium reports the ::after content either as written (attr(href)) or resolved (the address itself).
    const external = page.locator('#waarom ~ ul a[href^="http"]').first()
    const written = await after('#waarom ~ ul a[href^="http"]')
    expect(written.includes('attr(href)') || written.includes((await external.getAttribute('href'))!), written).toBe(true)
    expect(await after('aside[data-counterpart] a')).toContain(`${baseURL}`)
    // The deeper topics are part of the content: they print.
    expect(await page.getByRole('navigation', { name: 'Dieper in dit onderwerp' }).isVisible()).toBe(true)
    expect(await frame(page).evaluate((el) => getComputedStyle(el.lastElementChild!).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
    await page.close()
  })

  it('sends a topic that moved to another theme to its address there', async () => {
    const response = await fetch(`${baseURL}/themas/risicofactoren/vroege-detectie`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(new URL(response.headers.get('location')!, baseURL).pathname).toBe('/themas/beschermende-factoren/vroege-detectie')
  })

  it('answers unknown themes and topics with a helpful Dutch 404', async () => {
    const page = await openPage(browser)
    for (const path of ['/bestaat-niet', '/themas', '/materialen/a/b', '/themas/bestaat-niet', '/themas/risicofactoren/bestaat-niet', '/themas/risicofactoren/afwezigheden/extra', '/themas/%E2%9C%93', `/themas/${'x'.repeat(3000)}`]) {
      const response = await page.goto(`${baseURL}${path}`)
      expect(response?.status(), path).toBe(404)
      await expect.poll(() => page.locator('h1').textContent()).toContain('bestaat niet')
    }
    const search = page.getByRole('search').filter({ has: page.getByLabel('Zoeken in de toolbox') })
    expect(await search.getAttribute('action')).toBe('/zoeken')
    expect(await search.getByLabel('Zoeken in de toolbox').getAttribute('name')).toBe('q')
    expect(await page.locator('main').getByRole('link', { name: 'Risicofactoren' }).getAttribute('href')).toBe('/themas/risicofactoren')
    expect(await page.locator('main').getByRole('link').filter({ hasText: /^[A-Z]/ }).count()).toBeGreaterThanOrEqual(6)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
