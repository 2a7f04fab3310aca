/**
 * The editors' maintenance in the admin panel, in Dutch: the dashboard lists what may be out of date with links to
 * edit it, the link check's list starts with the broken links and where they are used and has a "Nu controleren"
 * button, and the date picker writes and shows months in Dutch. The account, the stale documents and the broken
 * link are made (and removed again) through Payload's local API on the running app's own database; the button's
 * request is answered by the test, so no check of the seed's real addresses ever leaves this machine.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useAppPayload } from '@tests/support/appPayload'
import { openPage, useBrowser } from '@tests/support/chromium'

const app = useAppPayload('maintenance-admin')
const { baseURL, browser } = useBrowser()
const account = { email: 'onderhoud-redactie@toolbox.test', password: 'Een-sterk-wachtwoord-2026', name: 'Redactie onderhoud' }
let page: Page
const made: { collection: 'users' | 'topics' | 'materials' | 'link-checks'; id: number | string }[] = []

beforeAll(async () => {
  const user = await app.payload.create({ collection: 'users', data: { ...account, role: 'redacteur' } })
  made.push({ collection: 'users', id: user.id })
  const theme = (await app.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!
  const topic = await app.payload.create({
    collection: 'topics',
    data: { title: 'Verouderd onderwerp', summary: 'Al lang niet nagekeken', theme: theme.id, contentStatus: 'gepubliceerd', lastReviewed: '2024-02-03T12:00:00.000Z', _status: 'published' },
  })
  made.push({ collection: 'topics', id: topic.id })
  const material = await app.payload.create({
    collection: 'materials',
    data: { title: 'Oude brochure', description: 'Van lang geleden', externalUrl: 'https://voorbeeld.test/brochure', sourceType: 'andere', publisher: 'Test', publishedDate: '2018-09-01T12:00:00.000Z', _status: 'published' },
  })
  made.push({ collection: 'materials', id: material.id })
  const link = await app.payload.create({
    collection: 'link-checks',
    data: {
      url: 'https://voorbeeld.test/verdwenen',
      status: 'kapot',
      broken: true,
      statusCode: 404,
      note: 'De website antwoordt met foutcode 404.',
      lastChecked: '2026-11-30T03:00:00.000Z',
      firstFailure: '2026-11-23T03:00:00.000Z',
      usedIn: [{ collection: 'topics', docId: String(topic.id), title: 'Verouderd onderwerp', field: 'Links' }],
    },
  })
  made.push({ collection: 'link-checks', id: link.id })
  page = await openPage(browser)
  await page.goto(`${baseURL}/admin/login`)
  await page.getByRole('button', { name: 'Inloggen' }).waitFor()
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL(`${baseURL}/admin`)
})

afterAll(async () => {
  // Removed again: if the account is the first one (made a beheerder), the admin journey's first-account form comes back.
  for (const { collection, id } of made.reverse()) await app.payload.delete({ collection, id }).catch(() => undefined)
})

describe('maintenance in the admin panel', () => {
  it('lists topics not reviewed for a year and old materials on the dashboard, with links to edit them', async () => {
    await page.goto(`${baseURL}/admin`)
    const section = page.getByRole('region', { name: 'Na te kijken' })
    await section.waitFor()
    const topic = section.getByRole('link', { name: 'Verouderd onderwerp' })
    expect(await topic.getAttribute('href')).toBe(`/admin/collections/topics/${made.find((m) => m.collection === 'topics')!.id}`)
    expect(await section.textContent()).toContain('laatst nagekeken op 3 februari 2024')
    expect(await section.getByRole('link', { name: 'Oude brochure' }).getAttribute('href')).toMatch(/^\/admin\/collections\/materials\/\d+$/)
    expect(await section.textContent()).toContain('gepubliceerd op 1 september 2018')
    // The seed's topics were reviewed in 2026: not listed.
    expect(await section.getByRole('link', { name: 'Afwezigheden', exact: true }).count()).toBe(0)
    await topic.click()
    await page.waitForURL(/\/admin\/collections\/topics\/\d+$/)
  })

  it('shows the date picker in Dutch', async () => {
    const field = page.locator('#field-lastReviewed')
    await field.waitFor()
    const input = field.locator('input').first()
    expect(await input.inputValue()).toBe('3 februari 2024')
    await input.click()
    const months = await page.locator('.react-datepicker__month-select option').allTextContents()
    expect(months.slice(0, 3)).toEqual(['januari', 'februari', 'maart'])
    const days = await page.locator('.react-datepicker__day-name').allTextContents()
    expect(days.join(' ')).toMatch(/ma|di|wo/)
  })

  it('lists the broken links with where they are used, and starts a check on request', async () => {
    await page.goto(`${baseURL}/admin/collections/link-checks?where[broken][equals]=true`)
    const summary = page.getByRole('region', { name: 'Linkcontrole' })
    await summary.waitFor()
    expect(await summary.textContent()).toMatch(/\d+ van de \d+ links? werk/)
    const row = page.locator('table tbody tr', { hasText: 'https://voorbeeld.test/verdwenen' })
    await row.waitFor()
    expect(await row.textContent()).toContain('Kapot (foutcode)')
    const usedIn = row.getByRole('link', { name: 'Verouderd onderwerp' })
    expect(await usedIn.getAttribute('href')).toMatch(/^\/admin\/collections\/topics\/\d+$/)
    // The seed's links are never checked from a test: the button's request is answered here, as the server would,
    // and a result the check would store is stored meanwhile — the list shows it without the page being reloaded.
    let posted = ''
    await page.route('**/api/link-checks/nu-controleren', async (route) => {
      posted = route.request().method()
      const found = await app.payload.create({
        collection: 'link-checks',
        data: { url: 'https://voorbeeld.test/net-gevonden', status: 'kapot', broken: true, statusCode: 410, note: 'De website antwoordt met foutcode 410.', lastChecked: new Date().toISOString(), firstFailure: new Date().toISOString(), usedIn: [] },
      })
      made.push({ collection: 'link-checks', id: found.id })
      await route.fulfill({ status: 202, json: { queued: true, message: 'De controle is gestart. De lijst wordt vanzelf bijgewerkt; alle links controleren kan enkele minuten duren.' } })
    })
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    await summary.getByRole('button', { name: 'Nu controleren' }).click()
    await expect.poll(async () => summary.getByRole('status').textContent()).toMatch(/De controle is gestart/)
    expect(posted).toBe('POST')
    await page.locator('table tbody tr', { hasText: 'https://voorbeeld.test/net-gevonden' }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    // Our part of the page (the summary and its button) has no accessibility violations; the rest is Payload's own.
    const { violations } = await new AxeBuilder({ page }).include('section[aria-label="Linkcontrole"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
  })
})
