/**
 * What every public page shares — header, main navigation, search form, footer, skip link — and the site's
 * SEO basics (titles, descriptions, canonical URLs, Open Graph, sitemap), the privacy and accessibility
 * statements, and odd input on the home page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, openPage, seriousViolations } from '@tests/support/chromium'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

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
