/**
 * Filling in an instrument (/instrumenten/<slug>, the prevention plan) in Chromium, on the built app with its seed:
 * answers typed by keyboard and mouse survive a reload; a fill-in exported as a file comes back after the site's
 * storage is cleared; bad files get a Dutch message and change nothing; the Word export holds the answers (read back
 * with mammoth); a second snapshot appears in the chart; blocked storage is said and the file export offered; no
 * request carries an answer; axe finds nothing serious while filling in; the page reads without JavaScript. Blocked or
 * full storage is simulated by making IndexedDB throw the errors browsers throw then (SecurityError, QuotaExceededError).
 */
import { readFileSync } from 'node:fs'

import mammoth from 'mammoth'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { seriousViolations, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()
const PATH = '/instrumenten/preventieplan-afwezigheden'

/** Answers no page, header or seed contains: any request that holds one of them carries an answer. */
const marker = {
  open: 'Proactieve cirkels op maandag MARKER-7Q2',
  what: 'Onthaalmoment ouders MARKER-K9W',
  who: 'zorgcoordinator MARKER-W3X',
}

async function open(options: { javaScriptEnabled?: boolean; blockStorage?: boolean; fullStorage?: boolean } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, javaScriptEnabled: options.javaScriptEnabled ?? true })
  if (options.blockStorage)
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      }
    })
  if (options.fullStorage)
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const carried: string[] = []
  const seen: string[] = []
  context.on('request', (r) => {
    seen.push(r.url())
    const text = `${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`
    if (Object.values(marker).some((m) => text.includes(m) || text.includes(encodeURIComponent(m)))) carried.push(r.url())
  })
  return { context, page, errors, carried, seen }
}

const loaded = (page: Page) => page.getByText(/Nog niets ingevuld|Bewaard in deze browser|Niet bewaard in deze browser/).first().waitFor()
const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Bewaard in deze browser om' }).waitFor()

/** The first question of a kind in the page (by the workspace's data-kind), so the test follows the seed's content. */
const first = (page: Page, kind: 'open' | 'checklist' | 'scale' | 'actions'): Locator => page.locator(`section[id^="sectie-"] [data-kind="${kind}"]`).first()

async function fillSome(page: Page) {
  await first(page, 'open').locator('textarea').fill(marker.open)
  await first(page, 'checklist').locator('input[type="checkbox"]').first().check()
  await first(page, 'scale').getByRole('radio', { name: '7 van 10' }).check()
  const actions = first(page, 'actions')
  await actions.getByRole('button', { name: 'Actie toevoegen' }).click()
  await actions.getByLabel('Wat (actie 1)').fill(marker.what)
  await actions.getByLabel('Wie (actie 1)').fill(marker.who)
  await actions.getByLabel('Wanneer (actie 1)').fill('september')
  await actions.getByLabel('Afgevinkt (actie 1)').check()
  await saved(page)
}

async function expectFilled(page: Page) {
  await expect(first(page, 'open').locator('textarea').inputValue()).resolves.toBe(marker.open)
  await expect(first(page, 'checklist').locator('input[type="checkbox"]').first().isChecked()).resolves.toBe(true)
  await expect(first(page, 'scale').locator('legend').textContent()).resolves.toContain('7/10')
  await expect(first(page, 'actions').getByLabel('Wat (actie 1)').inputValue()).resolves.toBe(marker.what)
  await expect(first(page, 'actions').getByLabel('Afgevinkt (actie 1)').isChecked()).resolves.toBe(true)
}

async function clearSiteData(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'all' })
}

describe('filling in an instrument', () => {
  it('keeps answers in the browser across a reload, sends none of them anywhere, and is axe-clean while filling in', async () => {
    const { page, errors, carried, seen } = await open()
    const response = await page.goto(`${baseURL}${PATH}`)
    expect(response?.status()).toBe(200)
    const csp = response!.headers()['content-security-policy']!
    expect(csp).toContain("connect-src 'none'")
    expect(csp).not.toMatch(/https?:/)
    await loaded(page)
    const section = page.locator('section[id^="sectie-"]').first()
    await expect(section.locator('h2').count()).resolves.toBe(1)
    const before = await section.locator('progress').getAttribute('value')
    expect(before).toBe('0')

    await fillSome(page)
    await expect(section.locator('progress').getAttribute('value')).resolves.toBe('4')
    await expect(section.getByText(/^4 van \d+ vragen beantwoord$/).count()).resolves.toBe(1)
    expect(await seriousViolations(page)).toEqual([])

    await page.reload()
    await page.getByRole('status').filter({ hasText: 'Bewaard in deze browser' }).waitFor()
    await expectFilled(page)
    expect(seen.length).toBeGreaterThan(0) // the recorder is live: the page's own requests went through it
    expect(carried).toEqual([])
    expect(errors).toEqual([])
  })

  it('exports a fill-in, gets it back after the site storage is cleared, and refuses bad files without changing anything', async () => {
    const { context, page, carried } = await open()
    await page.goto(`${baseURL}${PATH}`)
    await loaded(page)
    await fillSome(page)
    await page.getByLabel('Naam van deze invulling').fill('Preventieplan 2026 — Sint-Jozef')
    await page.getByLabel('Naam van deze invulling').press('Enter')
    await saved(page)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewaar als bestand (.json)' }).click()])
    expect(download.suggestedFilename()).toBe('preventieplan-2026-sint-jozef.json')
    const filePath = (await download.path())!
    const file = JSON.parse(readFileSync(filePath, 'utf8'))
    expect(file).toMatchObject({ format: 'toolbox-schooluitval/invulling', version: 1, instrument: { slug: 'preventieplan-afwezigheden' } })

    await clearSiteData(context, page)
    await page.reload()
    await page.getByText('Nog niets ingevuld').first().waitFor()
    await expect(first(page, 'open').locator('textarea').inputValue()).resolves.toBe('')

    const chooser = page.getByLabel('Bestand openen…')
    await chooser.setInputFiles(filePath)
    await page.getByText('"Preventieplan 2026 — Sint-Jozef" is geopend en in deze browser bewaard.').waitFor()
    await expectFilled(page)
    await page.reload()
    await loaded(page)
    await expectFilled(page)

    // Files that are not a fill-in for this instrument: a message, and nothing changes.
    const options = () => page.locator('select').first().locator('option').count()
    const count = await options()
    const bad = async (name: string, content: string | Buffer, message: RegExp) => {
      await chooser.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
      await page.getByText(message).waitFor()
      await expect(options()).resolves.toBe(count)
      await expectFilled(page)
    }
    await bad('plan.json', JSON.stringify({ ...file, instrument: { ...file.instrument, slug: 'dialoogfiche', title: 'Dialoogfiche' } }), /hoort bij een ander instrument \("Dialoogfiche"\)/)
    await bad('kapot.json', readFileSync(filePath, 'utf8').slice(0, 300), /is beschadigd/)
    await bad('foto.json', '\u0089PNG', /geen bestand van een invulling/)
    await bad('elf.json', JSON.stringify({ ...file, fillIn: { ...file.fillIn, answers: { x: { kind: 'scale', value: 11, asked: 'x' } } } }), /is beschadigd/)

    // The same fill-in again: asked first; cancelling keeps what is here, a copy keeps both.
    await chooser.setInputFiles(filePath)
    const dialog = page.getByRole('dialog', { name: 'Deze invulling staat al in deze browser' })
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await page.getByText('Het bestand werd niet geopend. Er is niets veranderd.').waitFor()
    await chooser.setInputFiles(filePath)
    await dialog.getByRole('button', { name: 'Als kopie openen' }).click()
    await page.getByText('"Preventieplan 2026 — Sint-Jozef (kopie)" is geopend en bewaard.').waitFor()
    await expect(options()).resolves.toBe(count + 1)
    await expect(page.getByLabel('Naam van deze invulling').inputValue()).resolves.toBe('Preventieplan 2026 — Sint-Jozef (kopie)')

    // Switch back to the original.
    await page.getByLabel('Invulling', { exact: true }).selectOption({ label: 'Preventieplan 2026 — Sint-Jozef' })
    await page.getByRole('button', { name: 'Openen', exact: true }).click()
    // Opening reads IndexedDB: wait for the form to show the chosen fill-in.
    await expect.poll(() => page.getByLabel('Naam van deze invulling').inputValue()).toBe('Preventieplan 2026 — Sint-Jozef')

    // A fill-in from an older revision, with an answer to a question that has since gone: it opens, that answer apart.
    const older = {
      ...file,
      instrument: { ...file.instrument, revision: '2020-01-01T00:00:00.000Z' },
      fillIn: {
        ...file.fillIn,
        id: 'ouder-bestand',
        name: 'Plan 2025',
        revision: '2020-01-01T00:00:00.000Z',
        answers: { ...file.fillIn.answers, verdwenen: { kind: 'open', text: 'Een antwoord op een oude vraag', asked: 'Fase 9 › Een vraag die er niet meer is' } },
      },
    }
    await chooser.setInputFiles({ name: 'ouder.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) })
    await page.getByText(/gemaakt voor een oudere versie van het instrument/).waitFor()
    const apart = page.locator('#antwoorden-apart')
    await expect(apart.getByText('Fase 9 › Een vraag die er niet meer is').count()).resolves.toBe(1)
    await expect(apart.getByText('Een antwoord op een oude vraag').count()).resolves.toBe(1)
    await expectFilled(page)
    expect(carried).toEqual([])
  })

  it('makes a Word document that holds the answers', async () => {
    const { page } = await open()
    await page.goto(`${baseURL}${PATH}`)
    await loaded(page)
    await fillSome(page)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word-document (.docx)' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const buffer = readFileSync((await download.path())!)
    const { value: text } = await mammoth.extractRawText({ buffer })
    const title = await page.locator('h1').textContent()
    expect(text).toContain(title!.trim())
    expect(text).toContain(marker.open)
    expect(text).toContain(marker.what)
    expect(text).toContain(marker.who)
    expect(text).toContain('7/10')
    expect(text).toContain('☒ afgewerkt')

    // Print (and so PDF): the answers as text, no controls.
    await page.emulateMedia({ media: 'print' })
    await expect(first(page, 'open').locator('div').filter({ hasText: marker.open }).isVisible()).resolves.toBe(true)
    await expect(first(page, 'actions').locator('span').filter({ hasText: marker.what }).isVisible()).resolves.toBe(true)
    await expect(first(page, 'open').locator('textarea').isVisible()).resolves.toBe(false)
    await expect(page.getByRole('button', { name: 'Bewaar als bestand (.json)' }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('button', { name: 'Actie toevoegen' }).first().isVisible()).resolves.toBe(false)
  })

  it('keeps dated snapshots: the second one appears in the chart and the table', async () => {
    const { page, errors } = await open()
    await page.goto(`${baseURL}${PATH}`)
    await loaded(page)
    await first(page, 'scale').getByRole('radio', { name: '4 van 10' }).check()
    const followUp = page.locator('#opvolging')
    await followUp.getByRole('button', { name: 'Momentopname bewaren' }).click()
    const figure = followUp.locator('figure').first()
    await figure.locator('svg circle').first().waitFor()
    await expect(figure.locator('svg circle').count()).resolves.toBe(1)
    await first(page, 'scale').getByRole('radio', { name: '8 van 10' }).check()
    await followUp.getByRole('button', { name: 'Momentopname bewaren' }).click()
    await page.waitForFunction(() => document.querySelectorAll('#opvolging figure')[0]?.querySelectorAll('svg circle').length === 2)
    await expect(figure.locator('svg').getAttribute('aria-label')).resolves.toMatch(/^Scores door de tijd: /)
    await expect(figure.locator('svg').getAttribute('role')).resolves.toBe('img')
    await expect(figure.locator('svg').getAttribute('aria-description')).resolves.toMatch(/4\/10 op .*, 8\/10 op /)
    const row = followUp.locator('table tbody tr').first()
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['4/10', '8/10'])
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('says so when the browser will not store or its storage is full, and offers the file export', async () => {
    const { page } = await open({ blockStorage: true })
    await page.goto(`${baseURL}${PATH}`)
    const alert = page.getByRole('alert').filter({ hasText: 'laat niet toe' })
    await alert.waitFor()
    await first(page, 'open').locator('textarea').fill('Toch ingevuld')
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Bewaar als bestand' }).click()])
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Toch ingevuld')

    // Storage full: the same, and the answer stays on the page.
    const full = await open({ fullStorage: true })
    await full.page.goto(`${baseURL}${PATH}`)
    await loaded(full.page)
    await first(full.page, 'open').locator('textarea').fill('Niet bewaard, wel hier')
    const fullAlert = full.page.getByRole('alert').filter({ hasText: 'De opslag van deze browser is vol' })
    await fullAlert.waitFor()
    await expect(full.page.getByRole('status').filter({ hasText: 'Niet bewaard in deze browser.' }).count()).resolves.toBe(1)
    await expect(fullAlert.getByRole('button', { name: 'Bewaar als bestand' }).count()).resolves.toBe(1)
    await expect(first(full.page, 'open').locator('textarea').inputValue()).resolves.toBe('Niet bewaard, wel hier')
  })

  it('works by keyboard alone', async () => {
    const { page } = await open()
    await page.goto(`${baseURL}${PATH}`)
    await loaded(page)
    /** Tab (forwards) until the focused element matches, as a keyboard user would. */
    const tabTo = async (selector: string, limit = 400) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
      }
      throw new Error(`Tab never reached ${selector}`)
    }
    await tabTo('[aria-pressed]')
    await page.keyboard.press('Enter')
    await expect(page.locator('[aria-pressed]').getAttribute('aria-pressed')).resolves.toBe('true')
    await tabTo('section[id^="sectie-"] [data-kind="checklist"] input[type="checkbox"]')
    await page.keyboard.press('Space')
    await tabTo('section[id^="sectie-"] [data-kind="scale"] input[type="radio"]')
    // Into the radio group, then the arrow keys move the score.
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(first(page, 'scale').locator('legend').textContent()).resolves.toContain('2/10')
    await tabTo('section[id^="sectie-"] [data-kind="open"] textarea')
    await page.keyboard.type('Met het toetsenbord')
    await tabTo('[data-add-row]')
    await page.keyboard.press('Enter')
    // The new row's first cell has the focus.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Wat (actie 1)', undefined, { timeout: 5000 })
    await page.keyboard.type('Actie per toets')
    await saved(page)
    await expect(first(page, 'checklist').locator('input').first().isChecked()).resolves.toBe(true)

    // Delete asks first; Escape cancels and the fill-in stays.
    await page.getByRole('button', { name: 'Verwijderen…' }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Invulling verwijderen?' })
    await dialog.waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await expect(first(page, 'open').locator('textarea').inputValue()).resolves.toBe('Met het toetsenbord')
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).press('Enter')
    await page.getByText(/is verwijderd uit deze browser/).waitFor()
    await expect(first(page, 'open').locator('textarea').inputValue()).resolves.toBe('')
  })

  it('fills in the dialogue sheets the same way: their fields shown, an answer kept, axe-clean, no follow-up', async () => {
    const { page, errors } = await open()
    for (const slug of ['aanwezig-op-school', 'dialoogdocument-ouders']) {
      await page.goto(`${baseURL}/instrumenten/${slug}`)
      await loaded(page)
      if (slug === 'aanwezig-op-school')
        for (const field of ['Doel', 'Richtvragen', 'Rol van het CLB', 'Resultaat', 'Voorwaarden'])
          await expect(page.locator('section[id^="sectie-"]').first().getByRole('heading', { name: field, exact: true }).count(), field).resolves.toBe(1)
      await first(page, 'open').locator('textarea').fill(`Ons antwoord voor ${slug}`)
      await saved(page)
      await expect(page.locator('#opvolging').count()).resolves.toBe(0)
      expect(await seriousViolations(page), slug).toEqual([])
      await page.reload()
      await page.getByRole('status').filter({ hasText: 'Bewaard in deze browser' }).waitFor()
      await expect(first(page, 'open').locator('textarea').inputValue()).resolves.toBe(`Ons antwoord voor ${slug}`)
    }
    expect(errors).toEqual([])
  })

  it('reads without JavaScript: every section and its questions', async () => {
    const { page } = await open({ javaScriptEnabled: false })
    await page.goto(`${baseURL}${PATH}`)
    const sections = await page.locator('section[id^="sectie-"]').count()
    expect(sections).toBeGreaterThan(1)
    await expect(page.locator('section[id^="sectie-"] [data-kind] :is(label, legend)').first().isVisible()).resolves.toBe(true)
    await expect(page.locator('textarea').count()).resolves.toBeGreaterThan(0)
    // (Chromium with scripts switched off still parses <noscript> as text, so its contents are read as HTML.)
    await expect(page.locator('noscript').first().innerHTML()).resolves.toContain('Zonder JavaScript kunt u het instrument lezen en afdrukken')
  })
})
