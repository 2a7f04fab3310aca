/**
 * What every public page shares — header, main navigation, search form, footer, skip link — and the site's
 * SEO basics (titles, descriptions, canonical URLs, Open Graph, sitemap), the privacy and accessibility
 * statements, and odd input on the home page.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { openPage, seriousViolations, useBrowser } from '@tests/support/chromium'
import { laptop, phone } from '@tests/support/devices'

const { baseURL, browser } = useBrowser()

const meta = (page: Page, selector: string, attribute = 'content') => page.locator(selector).first().getAttribute(attribute)

describe('header and footer', () => {
  it('has the site name, the main navigation with the current section, a search form and the footer links', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    const header = page.locator('body > header')
    expect(await header.getByRole('link', { name: 'Toolbox Schooluitval' }).getAttribute('href')).toBe('/')
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))
    expect(links).toEqual([
      ['Mindmap', '/'],
      ['Materialen', '/materialen'],
      ['Goede praktijken', '/goede-praktijken'],
      ['Partners', '/partners'],
      ['Instrumenten', '/instrumenten'],
      ['Vroegdetectie', '/vroegdetectie'],
      ['Zoeken', '/zoeken'],
    ])
    // Inside a theme, the map is the current section.
    expect(await nav.getByRole('link', { name: 'Mindmap' }).getAttribute('aria-current')).toBe('page')
    const search = header.getByRole('search')
    expect(await search.getAttribute('action')).toBe('/zoeken')
    expect(await search.getAttribute('method')).toBe('get')
    expect(await search.getByLabel('Zoeken', { exact: true }).getAttribute('name')).toBe('q')

    const footer = page.locator('body > footer')
    for (const [name, href] of [
      ['Bijdragen', '/bijdragen'],
      ['Toegankelijkheid', '/toegankelijkheid'],
      ['Privacy', '/privacy'],
      ['Aanmelden voor redacteurs', '/admin'],
    ])
      expect(await footer.getByRole('link', { name }).getAttribute('href')).toBe(href)
    await page.close()
  })

  it('searches with a plain GET form, also without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(baseURL)
    await page.locator('body > header').getByLabel('Zoeken', { exact: true }).fill('spijbelen')
    await page.locator('body > header').getByRole('button', { name: 'Zoek' }).click()
    await page.waitForURL(`${baseURL}/zoeken?q=spijbelen`)
    await context.close()
  })

  it('skips to the content', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/beschermende-factoren`)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Naar de inhoud' })
    expect(await skip.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud')
    await page.close()
  })
})

describe('header on a phone', () => {
  it('is compact, with a Menu button that opens and closes the navigation by keyboard', async () => {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await page.goto(`${baseURL}/materialen`)
    const header = page.locator('body > header')
    // Name, menu button and search: about a seventh of the screen (it was some 235 of 844 px).
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120)
    const toggle = header.getByRole('button', { name: 'Menu' })
    const list = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('list')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.locator(`#${await toggle.getAttribute('aria-controls')}`).count()).toBe(1)
    expect(await list.isVisible()).toBe(false)
    // The search field stays in sight, in the row below the name.
    expect(await header.getByLabel('Zoeken', { exact: true }).isVisible()).toBe(true)

    await toggle.focus()
    await page.keyboard.press('Enter')
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await list.isVisible()).toBe(true)
    // The current section is marked; every link is reachable with Tab, in order.
    expect(await list.getByRole('link', { name: 'Materialen' }).getAttribute('aria-current')).toBe('page')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mindmap')
    expect(await seriousViolations(page)).toEqual([])
    // Escape closes it and puts focus back on the button.
    await page.keyboard.press('Escape')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await list.isVisible()).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBeTruthy()
    // Space opens it too, and the button closes it again.
    await page.keyboard.press('Space')
    expect(await list.isVisible()).toBe(true)
    await page.keyboard.press('Space')
    expect(await list.isVisible()).toBe(false)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('shows the navigation without JavaScript, and no button that could not work', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/partners`)
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(await nav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false)
    for (const link of await nav.getByRole('link').all()) expect(await link.isVisible()).toBe(true)
    await context.close()
  })

  it('leaves the desktop header as it was: no menu button, every section in one row', async () => {
    const context = await browser.newContext(laptop)
    const page = await context.newPage()
    await page.goto(`${baseURL}/partners`)
    // Name, search and the row of sections: under a seventh of the screen here too.
    expect((await page.locator('body > header').boundingBox())!.height).toBeLessThanOrEqual(120)
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(await nav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false)
    const tops = await nav.getByRole('link').evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)))
    expect(tops).toHaveLength(7)
    expect(new Set(tops).size).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})

describe('statements', () => {
  it.each([
    ['/privacy', 'Privacy', /geen cookies/i],
    ['/toegankelijkheid', 'Toegankelijkheid', /WCAG 2\.1/],
  ])('%s is a short Dutch statement', async (path, title, text) => {
    const page = await openPage(browser)
    const response = await page.goto(`${baseURL}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe(title)
    expect(await page.locator('main').textContent()).toMatch(text)
    expect(await meta(page, 'link[rel=canonical]', 'href')).toBe(`${baseURL}${path}`)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})

describe('SEO basics', () => {
  it.each(['/vroegdetectie', '/bijdragen', '/materialen', '/goede-praktijken', '/partners'])('gives %s its canonical address as the running site knows it', async (path) => {
    const html = await (await fetch(`${baseURL}${path}`)).text()
    expect(html).toContain(`<link rel="canonical" href="${baseURL}${path}"/>`)
  })

  it('shares every page with the site\'s Open Graph image', async () => {
    for (const path of ['/', '/themas/risicofactoren/afwezigheden', '/materialen']) {
      const html = await (await fetch(`${baseURL}${path}`)).text()
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
      expect(image, path).toBeTruthy()
      const response = await fetch(image!.replace(/^https?:\/\/[^/]+/, baseURL))
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(html).toContain('<meta property="og:image:width" content="1200"/>')
    }
  })

  it('gives a topic page a title, description, canonical URL, Open Graph and a breadcrumb for search engines', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(await page.title()).toBe('Afwezigheden – Risicofactoren – Toolbox Schooluitval')
    expect(await meta(page, 'meta[name=description]')).toContain('sterkste en vroegste signalen')
    expect(await meta(page, 'link[rel=canonical]', 'href')).toBe(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(await meta(page, 'meta[property="og:url"]')).toBe(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(await meta(page, 'meta[property="og:title"]')).toBe('Afwezigheden – Risicofactoren')
    expect(await meta(page, 'meta[property="og:type"]')).toBe('article')
    expect(await meta(page, 'meta[property="og:locale"]')).toBe('nl_BE')
    expect(await meta(page, 'meta[property="og:site_name"]')).toBe('Toolbox Schooluitval')
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(ld['@type']).toBe('BreadcrumbList')
    expect(ld.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Mindmap', 'Risicofactoren', 'Afwezigheden'])
    await page.close()
  })

  it('points every state of the map to one canonical home page', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/?thema=risicofactoren&weergave=lijst`)
    expect(await meta(page, 'link[rel=canonical]', 'href')).toMatch(new RegExp(`^${baseURL}/?$`))
    expect(await meta(page, 'meta[name=description]')).toContain('Zes invalshoeken')
    expect(await page.title()).toBe('Toolbox Schooluitval')
    await page.close()
  })

  it('asks public visitors for no client hints (a critical hint makes the browser load each page twice)', async () => {
    for (const path of ['/', '/themas/risicofactoren', '/materialen']) expect((await fetch(`${baseURL}${path}`)).headers.get('critical-ch'), path).toBeNull()
    expect((await fetch(`${baseURL}/admin/login`)).headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  it('lists every theme and topic in sitemap.xml, with absolute addresses', async () => {
    const xml = await (await fetch(`${baseURL}/sitemap.xml`)).text()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(locs).toContain(`${baseURL}/themas/risicofactoren`)
    expect(locs).toContain(`${baseURL}/themas/risicofactoren/afwezigheden`)
    expect(locs).toContain(`${baseURL}/themas/netwerkgericht-werken/schoolexterne-interventies-naft`)
    expect(locs.filter((loc) => /\/themas\/[^/]+$/.test(loc))).toHaveLength(6)
    for (const loc of locs.slice(0, 8)) expect((await fetch(loc)).status, loc).toBe(200)
    expect(await (await fetch(`${baseURL}/robots.txt`)).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  })
})

describe('odd input on the home page', () => {
  it.each([
    '/?thema=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/?thema=bestaat-niet&weergave=iets',
    '/?thema=risicofactoren&thema=beschermende-factoren',
    `/?thema=${'x'.repeat(5000)}`,
    '/?weergave[]=kaart',
    '/?%E2%9C%93=%E2%9C%93',
  ])('answers %s with the map, never an error', async (path) => {
    const response = await fetch(`${baseURL}${path}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('data-mindmap')
    expect(html).not.toContain('<script>alert(1)')
  })
})
