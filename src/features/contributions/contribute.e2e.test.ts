/**
 * /bijdragen as a visitor uses it: from a topic's invitation, with the topic filled in; Dutch errors that name the
 * fields; the thanks; the same without JavaScript; and the submission waiting for the editors in the database.
 */
import type { Page } from 'playwright-core'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { elfProgram, makePdf, paddedPdf } from '@tests/fixtures/documents'
import { useAppPayload } from '@tests/support/appPayload'
import { openPage, seriousViolations, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()
const app = useAppPayload('contribute')
let payload: Payload

beforeAll(() => {
  payload = app.payload
})

const fillIn = async (page: Page, title: string) => {
  await page.getByLabel('Een materiaal').check()
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Beschrijving').fill('Een stappenplan voor het eerste gesprek na een lange afwezigheid.')
  await page.getByLabel('Webadres (niet verplicht)').fill('https://www.voorbeeld.be/stappenplan')
  await page.getByLabel('Uw naam').fill('Jef Claes')
  await page.getByLabel('Uw e-mailadres').fill('jef@clb.be')
  await page.getByLabel(/De redactie mag mijn bijdrage lezen/).check()
}

const stored = async (title: string) =>
  (await payload.find({ collection: 'submissions', where: { title: { equals: title } }, depth: 1, overrideAccess: true })).docs

describe('contributing', () => {
  it('goes from a topic to the form with the topic filled in, explains errors, and thanks', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/themas/risicofactoren/afwezigheden`)
    await page.getByRole('link', { name: 'Deel uw materiaal, praktijk of feedback' }).click()
    await page.waitForURL(`${baseURL}/bijdragen?onderwerp=afwezigheden`)
    expect(await page.locator('h1').textContent()).toBe('Bijdragen')
    expect(await page.getByLabel('Bij welk onderwerp?').inputValue()).toBe('afwezigheden')
    expect(await seriousViolations(page)).toEqual([])

    // Sent empty: a summary that takes the focus, links to the fields, and fields marked invalid.
    await page.getByLabel('Titel').fill('   ')
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    // By name: once Next.js has hydrated, its (empty) route announcer is an alert too.
    const summary = page.getByRole('alert', { name: /^Nog niet verstuurd/ })
    await expect.poll(() => summary.isVisible()).toBe(true)
    expect(await summary.locator('h2').textContent()).toBe('Nog niet verstuurd: kijk dit even na')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    expect(await summary.getByRole('link', { name: 'Geef uw bijdrage een titel.' }).getAttribute('href')).toBe('#bijdrage-titel')
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('Bij welk onderwerp?').inputValue()).toBe('afwezigheden')
    expect(await seriousViolations(page)).toEqual([])

    await fillIn(page, 'Stappenplan eerste gesprek')
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    // The first contribution a fresh server stores wakes the route handler and Payload: seconds on a busy machine.
    await expect.poll(() => page.getByRole('heading', { name: 'Bedankt, uw bijdrage is verstuurd' }).isVisible(), { timeout: 10_000 }).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()

    const [submission] = await stored('Stappenplan eerste gesprek')
    expect(submission).toMatchObject({ kind: 'materiaal', status: 'nieuw', email: 'jef@clb.be', url: 'https://www.voorbeeld.be/stappenplan' })
    expect((submission!.topic as { slug: string }).slug).toBe('afwezigheden')
  })

  it('checks the fields in the browser before sending, with the messages of the server', async () => {
    const page = await openPage(browser)
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST') sent.push(new URL(request.url()).pathname)
    })
    await page.goto(`${baseURL}/bijdragen`)
    // The script has taken over once it has switched off the browser's own checks.
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLFormElement>('form[action="/bijdragen/verzenden"]')?.noValidate)).toBe(true)
    await fillIn(page, 'In de browser nagekeken')
    await page.getByLabel('Uw naam').fill('  ')
    await page.getByLabel('Uw e-mailadres').fill('geen-adres')
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    // By name: once Next.js has hydrated, its (empty) route announcer is an alert too.
    const summary = page.getByRole('alert', { name: /^Nog niet verstuurd/ })
    await expect.poll(() => summary.isVisible()).toBe(true)
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Vul uw naam in, zodat de redactie weet van wie de bijdrage komt.',
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.',
    ])
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    expect(await page.getByLabel('Uw e-mailadres').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('Titel').inputValue()).toBe('In de browser nagekeken')
    expect(sent).toEqual([])

    // Put right, the same form goes to the server, which checks it again and stores it.
    await page.getByLabel('Uw naam').fill('Jef Claes')
    await page.getByLabel('Uw e-mailadres').fill('jef@clb.be')
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Bedankt, uw bijdrage is verstuurd' }).isVisible(), { timeout: 10_000 }).toBe(true)
    expect(sent).toEqual(['/bijdragen/verzenden'])
    await page.close()
    expect(await stored('In de browser nagekeken')).toHaveLength(1)
  })

  it('checks again on the server, whatever the browser did, and ignores outcome codes that are not its own', async () => {
    const form = new FormData()
    form.set('soort', 'praktijk')
    form.set('titel', '   ')
    form.set('email', 'geen-adres')
    const response = await fetch(`${baseURL}/bijdragen/verzenden`, { method: 'POST', body: form, headers: { accept: 'application/json' } })
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({
      status: 'fout',
      errors: { titel: 'Geef uw bijdrage een titel.', email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.' },
      values: { soort: 'praktijk', titel: '', email: 'geen-adres' },
    })
    // Names every object has (inherited, not in the tables) are no outcome: the plain form, no error page.
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const page = await fetch(`${baseURL}/bijdragen?fout=${name}&probleem=${name}`)
      expect(page.status, name).toBe(200)
      const html = await page.text()
      expect(html, name).toContain('Verstuur uw bijdrage')
      expect(html, name).not.toContain('Nog niet verstuurd')
    }
  })

  it('works without JavaScript: the browser checks the required fields, the server the rest', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/bijdragen?onderwerp=na-tucht`)
    await fillIn(page, 'Zonder script ingestuurd')
    // A web address the browser accepts but the server refuses: back on the form, with advice per field.
    await page.getByLabel('Webadres (niet verplicht)').fill('javascript:alert(1)')
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    await page.waitForURL(`${baseURL}/bijdragen?fout=webadres&onderwerp=na-tucht`, { timeout: 10_000 })
    expect(await page.getByRole('alert').textContent()).toContain('Kijk het webadres na')
    expect(await page.getByLabel('Bij welk onderwerp?').inputValue()).toBe('na-tucht')
    await fillIn(page, 'Zonder script ingestuurd')
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    // Sent: the confirmation page, which says a confirmation e-mail is on its way.
    await page.waitForURL(`${baseURL}/bijdragen/bedankt`, { timeout: 10_000 })
    expect(await page.getByRole('heading', { level: 1, name: 'Bedankt, uw bijdrage is verstuurd' }).count()).toBe(1)
    expect(await page.locator('main').textContent()).toContain('U krijgt een bevestiging per e-mail')
    await context.close()
    expect(await stored('Zonder script ingestuurd')).toHaveLength(1)
  })

  it('stores nothing from a script that fills in the hidden field, and ignores an unknown topic', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseURL}/bijdragen?onderwerp=bestaat-niet`)
    expect(await page.getByLabel('Bij welk onderwerp?').inputValue()).toBe('')
    await fillIn(page, 'Reclame van een robot')
    await page.locator('#bijdrage-website').fill('https://spam.example')
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Bedankt, uw bijdrage is verstuurd' }).isVisible()).toBe(true)
    await page.close()
    expect(await stored('Reclame van een robot')).toHaveLength(0)
  })

  it('answers odd requests in Dutch, never with an error page', async () => {
    const post = (path: string, init: RequestInit) => fetch(`${baseURL}${path}`, { method: 'POST', redirect: 'manual', ...init })
    // Too large: refused before it is read.
    const huge = new FormData()
    huge.set('beschrijving', 'x'.repeat(3_000_000))
    const tooLarge = await post('/bijdragen/verzenden', { body: huge, headers: { accept: 'application/json' } })
    expect(tooLarge.status).toBe(413)
    expect(await tooLarge.json()).toMatchObject({ status: 'fout', problem: 'te-groot' })
    // Without JavaScript the same answer comes as a redirect to the form.
    const tooLargePlain = await post('/bijdragen/verzenden', { body: huge })
    expect(tooLargePlain.status).toBe(303)
    expect(tooLargePlain.headers.get('location')).toBe('/bijdragen?probleem=te-groot')
    // Not a form at all.
    const garbage = await post('/bijdragen/verzenden', { body: 'rommel', headers: { 'content-type': 'multipart/form-data; boundary=zzz', accept: 'application/json' } })
    expect(garbage.status).toBe(400)
    // Pages are read-only: a POST (even one that looks like a broken server action) gets a 405, not a 500.
    for (const path of ['/', '/bijdragen', '/themas/risicofactoren', '/zoeken']) {
      const response = await post(path, { body: 'rommel', headers: { 'content-type': 'multipart/form-data; boundary=zzz', 'next-action': 'deadbeef' } })
      expect(response.status, path).toBe(405)
      expect(await response.text()).toContain('kan alleen gelezen worden')
    }
    // The form page itself shows unknown outcome codes as a plain form.
    const odd = await fetch(`${baseURL}/bijdragen?fout=${encodeURIComponent('<script>alert(1)</script>')},titel&probleem=bestaat-niet&verzonden=2`)
    expect(odd.status).toBe(200)
    const html = await odd.text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('Kijk de titel na')
    expect(html.match(/<li><a href="#bijdrage-/g)).toHaveLength(1)
  })

  it('sends a material with a file, by keyboard: the file is checked, kept privately and the sender thanked', async () => {
    const page = await openPage(browser)
    // Its own sender address, so the form's rate limit (per sender) does not count this file's other contributions.
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '192.0.2.41' })
    await page.goto(`${baseURL}/bijdragen?onderwerp=afwezigheden`)
    await fillIn(page, 'Stappenplan als PDF')
    // The file field comes right after the web address in the keyboard order, with its hint read out.
    await page.getByLabel('Webadres (niet verplicht)').focus()
    await page.keyboard.press('Tab')
    const fileField = page.getByLabel('Bestand (niet verplicht)')
    expect(await fileField.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await fileField.getAttribute('accept')).toContain('.docx')
    expect(await page.locator(`#${await fileField.getAttribute('aria-describedby')}`).textContent()).toContain('hoogstens 20 MB')
    await fileField.setInputFiles({ name: 'stappenplan.pdf', mimeType: 'application/pdf', buffer: await makePdf('Stappenplan') })
    expect(await seriousViolations(page)).toEqual([])
    // From the consent box, Tab reaches the send button and Enter sends.
    await page.getByLabel(/De redactie mag mijn bijdrage lezen/).focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    const thanks = page.getByRole('heading', { name: 'Bedankt, uw bijdrage is verstuurd' })
    await expect.poll(() => thanks.isVisible(), { timeout: 15_000 }).toBe(true)
    await expect.poll(() => thanks.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()

    const [submission] = await stored('Stappenplan als PDF')
    const file = submission!.file as { filename: string; mimeType: string; url: string }
    expect(file.mimeType).toBe('application/pdf')
    // Private: the file route refuses the public.
    expect((await fetch(`${baseURL}/api/submission-files/file/${file.filename}`)).status).toBe(403)
  })

  it('refuses a renamed program and a file over 20 MB with a Dutch message by the field, keeping what was typed', async () => {
    const page = await openPage(browser)
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '192.0.2.42' })
    await page.goto(`${baseURL}/bijdragen`)
    await fillIn(page, 'Een vermomd programma')
    const fileField = page.getByLabel('Bestand (niet verplicht)')
    const summary = page.getByRole('alert', { name: /^Nog niet verstuurd/ })

    // Too large: the browser says so at once, before sending anything.
    await fileField.setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(20_000_001) })
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    await expect.poll(() => summary.isVisible()).toBe(true)
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Het bestand is te groot: hoogstens 20 MB (dit bestand is 20 MB). Stuur een kleinere versie, of vermeld waar het online staat.',
    ])

    // A program named .pdf: only the server can tell, by its content.
    await fileField.setInputFiles({ name: 'verslag.pdf', mimeType: 'application/pdf', buffer: elfProgram() })
    await page.getByRole('button', { name: 'Verstuur uw bijdrage' }).click()
    await expect.poll(async () => (await summary.getByRole('link').allTextContents()).join(), { timeout: 10_000 }).toContain('past niet bij de naam (.pdf)')
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#bijdrage-bestand')
    expect(await fileField.getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('Titel').inputValue()).toBe('Een vermomd programma')
    expect(await page.getByLabel('Uw e-mailadres').inputValue()).toBe('jef@clb.be')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
    expect(await stored('Een vermomd programma')).toHaveLength(0)
  })

  it('takes a file of nearly 20 MB through the real server, whole (no proxy cuts the body off at 10 MB)', async () => {
    const bytes = await paddedPdf(19_900_000)
    const form = new FormData()
    for (const [name, value] of Object.entries({ soort: 'materiaal', titel: 'Een groot document', beschrijving: 'Bijna 20 MB.', naam: 'Jef Claes', email: 'jef@clb.be', akkoord: 'ja' })) {
      form.set(name, value)
    }
    form.set('bestand', new File([new Uint8Array(bytes)], 'groot.pdf', { type: 'application/pdf' }))
    const response = await fetch(`${baseURL}/bijdragen/verzenden`, { method: 'POST', body: form, headers: { accept: 'application/json', 'x-forwarded-for': '192.0.2.43' } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'verzonden', title: 'Een groot document' })
    const [submission] = await stored('Een groot document')
    expect((submission!.file as { filesize: number }).filesize).toBe(bytes.length)
  })

  it('keeps submissions away from the public API', async () => {
    expect((await fetch(`${baseURL}/api/submissions`)).status).toBe(403)
    const post = await fetch(`${baseURL}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'feedback', title: 'x', description: 'x', name: 'x', email: 'x@x.be' }),
    })
    expect(post.status).toBe(403)
  })
})
