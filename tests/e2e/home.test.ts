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

describe('home page', () => {
  it('shows the six themes with their topics, in Dutch, from the database', async () => {
    const page = await openPage(browser)
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) foreign.push(request.url())
    })
    const response = await page.goto(baseURL)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    await expect(page.locator('h1').textContent()).resolves.toContain('Toolbox Schooluitval')
    const themes = await page.locator('.theme h2').allTextContents()
    expect(themes).toEqual([
      'Risicofactoren',
      'Beschermende factoren',
      'Specifieke doelgroepen',
      'Interactie tussen leerling en context',
      'Netwerkgericht werken',
      'Warme overdracht',
    ])
    await expect(page.getByText('Afwezigheden', { exact: true }).count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('Vroege detectie', { exact: true }).count()).resolves.toBeGreaterThan(0)
    expect(foreign, 'public pages make no third-party requests').toEqual([])
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
