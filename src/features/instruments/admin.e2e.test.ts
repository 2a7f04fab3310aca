/**
 * An editor changes an instrument in the admin panel, without a developer: folded steps show their own titles, a
 * step's route-map text is edited and published, and the public page's route map shows it. The redacteur account
 * is made (and removed again) through Payload's local API on the running app's own database.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Instrument } from '@/payload-types'
import { useAppPayload } from '@tests/support/appPayload'
import { openPage, useBrowser } from '@tests/support/chromium'

const app = useAppPayload('instruments-admin')
const { baseURL, browser } = useBrowser()
const account = { email: 'instrumenten-redactie@toolbox.test', password: 'Een-sterk-wachtwoord-2026', name: 'Redactie instrumenten' }
let page: Page
let userId: number | undefined
let original: Instrument | undefined

beforeAll(async () => {
  // Removed again after the test: if it is the first account (made a beheerder), the admin journey's own
  // first-account form comes back.
  userId = (await app.payload.create({ collection: 'users', data: { ...account, role: 'redacteur' } })).id
  original = (await app.payload.find({ collection: 'instruments', where: { slug: { equals: 'aanwezig-in-de-klas' } }, depth: 0 })).docs[0]
  page = await openPage(browser)
})
afterAll(async () => {
  if (original) {
    // Restored through the app's REST API, not the local API, so the app's cached instrument page is expired too.
    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    })
    const { token } = (await login.json()) as { token: string }
    await fetch(`${baseURL}/api/instruments/${original.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sections: original.sections, _status: 'published' }),
    })
  }
  if (userId !== undefined) await app.payload.delete({ collection: 'users', id: userId }).catch(() => undefined)
})

const publicPage = async () => (await fetch(`${baseURL}/instrumenten/aanwezig-in-de-klas`)).text()

describe('instruments in the admin panel', () => {
  it('lets a redacteur edit a step and publish it; the route map follows', async () => {
    await page.goto(`${baseURL}/admin/login`)
    await page.getByRole('button', { name: 'Inloggen' }).waitFor()
    await page.locator('#field-email').fill(account.email)
    await page.locator('#field-password').fill(account.password)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${baseURL}/admin`)

    await page.goto(`${baseURL}/admin/collections/instruments/${original!.id}`)
    // Folded rows are named after their content, not "Stap 02".
    await page.getByText('02. Fase 2 – Focus bepalen').first().waitFor()
    const summary = page.locator('#field-sections__1__summary')
    expect(await summary.inputValue()).toBe('Een kleine, haalbare focus')

    const changed = 'Eén haalbare stap voor deze leerling'
    await summary.fill(changed)
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await expect.poll(publicPage, { timeout: 15_000 }).toContain(changed)
  })
})
