/**
 * The instruments' pages in Chromium: the list, an instrument's frame and route map, the 404, and the links from a
 * topic page and a material page. Independent of the fill-in workspace's details: it relies only on the contract
 * that each section is an element with id `sectie-<id>` holding an h2 with the section's title.
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

/** Collects every request that leaves our own origin. */
const watchForeign = (page: Page) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  return foreign
}

describe('/instrumenten', () => {
  it('lists the six instruments with who made them and what they are; every link opens; axe clean, no third-party requests', async () => {
    const page = await openPage(browser)
    const foreign = watchForeign(page)
    const response = await page.goto(`${baseURL}/instrumenten`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Instrumenten')
    const items = page.locator('main li article')
    expect(await items.count()).toBe(6)
    const plan = items.filter({ hasText: 'Preventieplan afwezigheden' })
    expect(await plan.getByText('PLG Antwerpen', { exact: true }).count()).toBe(1)
    expect(await plan.locator('h2 a').getAttribute('href')).toBe('/instrumenten/preventieplan-afwezigheden')
    for (const href of await page.locator('main li article h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect((await fetch(`${baseURL}${href}`)).status, href).toBe(200)
    }
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(await nav.getByRole('link', { name: 'Instrumenten' }).getAttribute('aria-current')).toBe('page')
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(/\/instrumenten$/)
    expect(await seriousViolations(page)).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })
})

describe('an instrument page', () => {
  it('shows the frame: title, maker, summary, the material it replaces and its topics; axe clean, no third-party requests', async () => {
    const page = await openPage(browser)
    const foreign = watchForeign(page)
    const response = await page.goto(`${baseURL}/instrumenten/preventieplan-afwezigheden`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Preventieplan afwezigheden')
    expect(await page.title()).toContain('Preventieplan afwezigheden – PLG Antwerpen')
    const facts = page.locator('main dl').first()
    expect(await facts.textContent()).toContain('PLG Antwerpen')
    expect(await facts.getByRole('link', { name: 'Preventieplan afwezigheden', exact: true }).getAttribute('href')).toBe(
      '/materialen/preventieplan-afwezigheden-plg-antwerpen',
    )
    expect(await facts.getByRole('link', { name: 'Afwezigheden', exact: true }).getAttribute('href')).toBe('/themas/risicofactoren/afwezigheden')
    expect(await page.getByRole('link', { name: 'Instrumenten' }).first().getAttribute('href')).toBe('/instrumenten')
    expect(await seriousViolations(page)).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  })

  it('draws the route map from the content: the phases in order, each link reaching its section, by keyboard', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/instrumenten/preventieplan-afwezigheden`)
    const map = page.getByRole('navigation', { name: 'Routekaart' })
    const links = map.getByRole('listitem').getByRole('link')
    const steps = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, title: a.querySelector('span')!.textContent! })))
    expect(steps.map((s) => s.title)).toEqual([
      'Fase 0 – Brede basiszorg',
      'Fase 1 – Verhoogde zorg',
      'Fase 2 – Uitbreiding van zorg',
      'Fase 3 – Individueel aangepast curriculum',
    ])
    expect(await map.textContent()).toContain('Verbindend schoolklimaat')
    for (const step of steps) {
      expect(step.href).toMatch(/^#sectie-[\w-]+$/)
      const section = page.locator(step.href)
      expect(await section.count(), step.href).toBe(1)
      expect((await section.locator('h2').first().textContent())?.trim()).toBe(step.title)
    }
    // Keyboard: focus the third step, press Enter, land on its section.
    await links.nth(2).focus()
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.hash === steps[2]!.href)
    const inView = await page.locator(steps[2]!.href).evaluate((el) => {
      const box = el.getBoundingClientRect()
      return box.top < window.innerHeight && box.bottom > 0
    })
    expect(inView).toBe(true)
    await page.close()
  })

  it('serves the frame and the route map without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/instrumenten/aanwezig-op-school`)
    expect(await page.locator('h1').textContent()).toBe("Dialoogfiche 'Aanwezig op school'")
    const map = page.getByRole('navigation', { name: 'Routekaart' })
    expect(await map.getByRole('link').count()).toBe(5)
    await context.close()
  })

  it('has no route map where the instrument has none', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/instrumenten/dialoogdocument-ouders`)
    expect(await page.locator('h1').textContent()).toBe('Dialoogdocument ouders')
    expect(await page.getByRole('navigation', { name: 'Routekaart' }).count()).toBe(0)
    await page.close()
  })

  it('answers an unknown or malformed address with the Dutch 404', async () => {
    for (const path of ['/instrumenten/bestaat-niet', '/instrumenten/Geen%20Slug!']) {
      const page = await openPage(browser)
      const response = await page.goto(`${baseURL}${path}`)
      expect(response?.status(), path).toBe(404)
      expect(await page.locator('h1').textContent()).toBe('Deze pagina bestaat niet (meer)')
      await page.close()
    }
  })
})

describe('links to the instruments', () => {
  it('from the absences topic page and from the material the prevention plan replaces', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    const section = page.locator('section[aria-labelledby="instrumenten"]')
    expect(await section.locator('h2').textContent()).toBe('Samen invullen')
    expect(await section.getByRole('link', { name: 'Preventieplan afwezigheden', exact: true }).getAttribute('href')).toBe('/instrumenten/preventieplan-afwezigheden')

    await page.goto(`${baseURL}/materialen/preventieplan-afwezigheden-plg-antwerpen`)
    expect(await page.locator('main').getByRole('link', { name: 'Preventieplan afwezigheden', exact: true }).getAttribute('href')).toBe(
      '/instrumenten/preventieplan-afwezigheden',
    )
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
