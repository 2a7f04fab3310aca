/**
 * The editor's path through the admin panel, in Dutch: create the first account, log in, edit a topic,
 * save a draft (the public page keeps the published text), publish, and find the previous version.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { openPage, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()
const account = { email: 'redactie@toolbox.test', password: 'Een-sterk-wachtwoord-2026', name: 'Redactie' }
// One page for the whole file: the tests follow one editor, who stays logged in from test to test.
let page: Page

beforeAll(async () => {
  page = await openPage(browser)
})

const publicSummary = async () =>
  ((await (await fetch(`${baseURL}/api/topics?where[slug][equals]=afwezigheden`)).json()) as { docs: { summary: string }[] })
    .docs[0]!.summary

describe('admin panel', () => {
  it('starts with the Dutch form for the first account', async () => {
    await page.goto(`${baseURL}/admin`)
    await page.waitForURL(/create-first-user/)
    const submit = page.getByRole('button', { name: 'Aanmaken' })
    await submit.waitFor()
    await page.locator('#field-email').fill(account.email)
    await page.locator('#field-password').fill(account.password)
    await page.locator('#field-confirm-password').fill(account.password)
    await page.locator('#field-name').fill(account.name)
    await submit.click()
    await page.waitForURL(`${baseURL}/admin`)
  })

  it('shows the Dutch login page and lets an editor in', async () => {
    await page.context().clearCookies()
    await page.goto(`${baseURL}/admin/login`)
    expect(await page.locator('html').getAttribute('lang')).toBe('nl')
    const submit = page.getByRole('button', { name: 'Inloggen' })
    await submit.waitFor()
    await page.locator('#field-email').fill(account.email)
    await page.locator('#field-password').fill(account.password)
    await submit.click()
    await page.waitForURL(`${baseURL}/admin`)
  })

  it('edits a topic, saves a draft, publishes it and keeps the previous version', async () => {
    const original = await publicSummary()
    await page.goto(`${baseURL}/admin/collections/topics?search=Afwezigheden`)
    await page.getByRole('link', { name: 'Afwezigheden', exact: true }).first().click()
    await page.waitForURL(/\/admin\/collections\/topics\/\d+/)
    const editUrl = page.url().split('?')[0]!
    const versionRows = async () => {
      await page.goto(`${editUrl}/versions`)
      await page.locator('table tbody tr').first().waitFor()
      return page.locator('table tbody tr').count()
    }
    const versionsBefore = await versionRows()
    await page.goto(editUrl)
    const summary = page.locator('#field-summary')

    await summary.fill('Concepttekst die nog niet gepubliceerd is.')
    await page.getByRole('button', { name: 'Bewaar concept' }).click()
    await expect.poll(async () => page.getByRole('button', { name: 'Bewaar concept' }).isDisabled()).toBe(true)
    expect(await publicSummary()).toBe(original)

    const published = 'Afwezigheden zijn het sterkste vroege signaal van schooluitval.'
    await summary.fill(published)
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await expect.poll(publicSummary, { timeout: 15_000 }).toBe(published)

    // The draft and the publication are both in the history, beside the versions that were there before.
    expect(await versionRows()).toBeGreaterThanOrEqual(versionsBefore + 2)
  })
})
