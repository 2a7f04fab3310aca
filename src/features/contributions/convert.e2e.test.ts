/**
 * An editor handles contributions in the admin panel: a material sent with a PDF (and a script in its text fields)
 * shows its text as text, becomes a draft material with one click ("Omzetten naar concept") and the editor lands on
 * that draft; a practice sent with a PDF becomes a draft practice with the PDF as its attachment, and once the editor
 * publishes it an anonymous visitor finds the PDF on the practice's page and downloads it; another contribution is
 * rejected with a reason. The contributions are stored with the feature's own code
 * (submitContribution) on the running app's database; the redacteur account is made and removed again.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Material, Media, Practice } from '@/payload-types'
import { fileSize } from '@/shared/format'
import { makePdf } from '@tests/fixtures/documents'
import { useAppPayload } from '@tests/support/appPayload'
import { openPage, seriousViolations, thirdPartyRequests, useBrowser } from '@tests/support/chromium'
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

  it('turns a practice with a PDF into a draft with the PDF attached, which visitors download once it is published', async () => {
    const pdf = await makePdf('Maandagbellen: het draaiboek')
    const title = 'Maandagbellen in het eerste jaar'
    const { id } = await submitContribution(
      app.payload,
      { ...contribution(title), kind: 'praktijk', description: 'Elke maandag belt de leerlingbegeleider wie vrijdag afwezig was.\n\nIn drie scholen.' },
      { data: pdf, name: 'draaiboek-maandagbellen.pdf', mimetype: 'application/pdf', size: pdf.length },
    )

    await page.goto(`${baseURL}/admin/collections/submissions/${id}`)
    await page.getByRole('button', { name: 'Omzetten naar concept' }).click()
    await page.waitForURL(/\/admin\/collections\/practices\/\d+/, { timeout: 15_000 })
    const practiceId = Number(/practices\/(\d+)/.exec(page.url())![1])
    await expect.poll(() => page.locator('#field-title').inputValue().catch(() => ''), { timeout: 10_000 }).toBe(title)
    const draft = (await app.payload.findByID({ collection: 'practices', id: practiceId, draft: true, depth: 1 })) as Practice
    const [file] = draft.files as Media[]
    expect(draft.files).toHaveLength(1)
    expect(file).toMatchObject({ mimeType: 'application/pdf', filesize: pdf.length })

    const visitor = await openPage(browser)
    const foreign = thirdPartyRequests(visitor, baseURL)
    const pagePath = `/goede-praktijken/${draft.slug}`
    // A draft: no page, and its file is not for visitors.
    expect((await visitor.goto(`${baseURL}${pagePath}`))!.status()).toBe(404)
    expect((await visitor.request.get(`${baseURL}/api/media/file/${file!.filename}`)).status()).toBe(403)

    // The editor publishes it in the admin.
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await expect
      .poll(async () => (await app.payload.findByID({ collection: 'practices', id: practiceId, depth: 0 }))._status, { timeout: 10_000 })
      .toBe('published')

    // An anonymous visitor sees the attachment on the practice's page, with its type and size, and downloads it.
    expect((await visitor.goto(`${baseURL}${pagePath}`))!.status()).toBe(200)
    const attachments = visitor.getByRole('region', { name: 'Bijlagen' })
    expect(await attachments.getByRole('listitem').count()).toBe(1)
    // Named by its file name: its description is the practice's own title.
    const name = file!.filename!
    expect(name).toMatch(/^draaiboek-maandagbellen.*\.pdf$/)
    expect(await attachments.getByRole('listitem').textContent()).toContain(name)
    // The file's name is part of each link's name, one clean string ("Downloaden: …", no space before the colon).
    const view = attachments.getByRole('link', { name: `Bekijken in de browser: ${name}`, exact: true })
    const download = attachments.getByRole('link', { name: `Downloaden: ${name} (PDF, ${fileSize(pdf.length)})`, exact: true })
    // The file's own address, as on a material's page.
    const href = await download.getAttribute('href')
    expect(new URL(href!, baseURL).pathname).toBe(`/api/media/file/${name}`)
    expect(await view.getAttribute('href')).toBe(href)
    expect(await download.getAttribute('download')).toBe(name)
    const response = await visitor.request.get(new URL(href!, baseURL).href)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/pdf')
    expect(Buffer.from(await response.body()).equals(pdf)).toBe(true)
    // The text is paragraphs; the file is not repeated inside it.
    expect(await visitor.getByRole('region', { name: 'Wat ze doen' }).textContent()).toContain('In drie scholen.')
    expect(await seriousViolations(visitor)).toEqual([])
    expect(foreign).toEqual([])
    await visitor.context().close()
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
