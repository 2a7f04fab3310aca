/**
 * An editor handles contributions in the admin panel: a material sent with a PDF (and a script in its text fields)
 * shows its text as text, becomes a draft material with one click ("Omzetten naar concept") and the editor lands on
 * that draft; another is rejected with a reason. The contributions are stored with the feature's own code
 * (submitContribution) on the running app's database; the redacteur account is made and removed again.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Material, Media } from '@/payload-types'
import { makePdf } from '@tests/fixtures/documents'
import { useAppPayload } from '@tests/support/appPayload'
import { openPage, useBrowser } from '@tests/support/chromium'
import { submitContribution } from './submit'
import type { Contribution } from './validate'

const app = useAppPayload('contributions-admin')
const { baseURL, browser } = useBrowser()
const account = { email: 'bijdragen-redactie@toolbox.test', password: 'Een-sterk-wachtwoord-2026', name: 'Redactie bijdragen' }
const script = '<script>window.__ran = true; alert(1)</script>'
let page: Page
let userId: number | undefined
const dialogs: string[] = []

const contribution = (title: string): Contribution => ({
  kind: 'materiaal',
  title,
  description: `Een stappenplan voor het eerste gesprek. ${script}`,
  topicSlug: 'afwezigheden',
  url: null,
  name: `Jef ${script}`,
  email: 'jef@clb.be',
  organisation: 'CLB Kempen',
})

beforeAll(async () => {
  // Removed again after the test: if it is the first account (made a beheerder), the admin journey's own
  // first-account form comes back.
  userId = (await app.payload.create({ collection: 'users', data: { ...account, role: 'redacteur' } })).id
  page = await openPage(browser)
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(`${baseURL}/admin/login`)
  await page.getByRole('button', { name: 'Inloggen' }).waitFor()
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL(`${baseURL}/admin`)
})
afterAll(async () => {
  if (userId !== undefined) await app.payload.delete({ collection: 'users', id: userId }).catch(() => undefined)
})

describe('contributions in the admin panel', () => {
  it('shows a script as text, and turns the material into a draft with one click', async () => {
    const pdf = await makePdf('Stappenplan')
    const title = `Stappenplan ${script}`
    const { id } = await submitContribution(app.payload, contribution(title), { data: pdf, name: 'stappenplan.pdf', mimetype: 'application/pdf', size: pdf.length })

    await page.goto(`${baseURL}/admin/collections/submissions/${id}`)
    const titleField = page.locator('#field-title')
    await titleField.waitFor()
    expect(await titleField.inputValue()).toBe(title)
    expect(await page.locator('#field-description').inputValue()).toContain(script)
    expect(await page.locator('#field-name').inputValue()).toBe(`Jef ${script}`)
    // Shown, never run.
    expect(dialogs).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined()

    await page.getByRole('button', { name: 'Omzetten naar concept' }).click()
    await page.waitForURL(/\/admin\/collections\/materials\/\d+/, { timeout: 15_000 })
    const draftId = Number(/materials\/(\d+)/.exec(page.url())![1])
    await expect.poll(() => page.locator('#field-title').inputValue().catch(() => ''), { timeout: 10_000 }).toBe(title)
    expect(dialogs).toEqual([])

    const draft = (await app.payload.findByID({ collection: 'materials', id: draftId, draft: true, depth: 1 })) as Material
    expect(draft).toMatchObject({ _status: 'draft', title, publisher: 'CLB Kempen' })
    expect((draft.file as Media).mimeType).toBe('application/pdf')
    expect((await app.payload.findByID({ collection: 'submissions', id, depth: 0 })).convertedTo).toEqual({ relationTo: 'materials', value: draftId })
  })

  it('rejects a contribution with a reason, mailed to the sender', async () => {
    const { id } = await submitContribution(app.payload, contribution('Dubbel materiaal'))
    await page.goto(`${baseURL}/admin/collections/submissions/${id}`)
    await page.getByRole('button', { name: 'Afwijzen…' }).click()
    await page.getByLabel('Waarom wijst u deze bijdrage af?').fill('Dit materiaal staat al in de toolbox.')
    expect(await page.getByLabel('Mail de reden naar jef@clb.be').isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Afwijzen', exact: true }).click()
    await expect
      .poll(async () => (await app.payload.findByID({ collection: 'submissions', id, depth: 0 })).status, { timeout: 10_000 })
      .toBe('niet-weerhouden')
    const stored = await app.payload.findByID({ collection: 'submissions', id, depth: 0 })
    expect(stored.rejectionReason).toBe('Dit materiaal staat al in de toolbox.')
    expect(stored.rejectionMailedAt).toBeTruthy()
  })
})
