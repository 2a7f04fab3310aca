/**
 * /vroegdetectie in Chromium: a synthetic school export (the seed 003 shape, with names and national register numbers
 * as real exports have them) is loaded, mapped by hand, scored; the cut-off is changed and the counts follow the
 * engine exactly. Every request the page makes after the file is chosen is recorded: none may carry pupil data, and
 * the page's Content-Security-Policy must forbid sending it anywhere. Plus bad input, an Excel workbook with several
 * sheets, a 50 MB file, encrypted saving, and the page without JavaScript.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { BrowserContext, Page, Request } from 'playwright-core'
import writeExcelFile from 'write-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getRulePreset } from './engine/rules/presets'
import type { RuleSet } from './engine/rules/types'
import { generateSchoolExport, generateSeed003Export, sampleToCsv, type SampleExport } from './engine/sample'
import { createSession } from './engine/session'
import { seriousViolations, useBrowser } from '@tests/support/chromium'
import { screens } from '@tests/support/devices'

const { baseURL, browser } = useBrowser()
let dir: string

// The seed 003 shape, with the id column under a name the tool does not know, so it must be mapped by hand.
const sample: SampleExport = generateSeed003Export()
const idIndex = sample.headers.indexOf('leerling_id')
const renamed: SampleExport = { headers: sample.headers.map((h, i) => (i === idIndex ? 'Code leerling' : h)), rows: sample.rows }
const pupilIds = sample.rows.map((r) => r[idIndex]!)
const names = [...new Set(sample.rows.flatMap((r) => [r[sample.headers.indexOf('naam')]!, r[sample.headers.indexOf('voornaam')]!]))]
const nationalNumbers = sample.rows.map((r) => r[sample.headers.indexOf('rijksregisternummer')]!)

/** The funnel totals the engine itself gives for this file with a changed gate (the page must show the same). */
async function expectedTotals(gate: number): Promise<{ pupils: number; overCodeThreshold: number; flagged: number }> {
  const session = createSession()
  const read = await session.read(new TextEncoder().encode(sampleToCsv(sample)), { fileName: 'x.csv' })
  session.importWith(read.suggestion!.mapping, 'a'.repeat(64))
  const rules: RuleSet = getRulePreset('workshop')!
  rules.gate!.value = gate
  const { pupils, overCodeThreshold, flagged } = session.analyse(rules).report!.funnel.total
  return { pupils, overCodeThreshold, flagged }
}

const fmt = (n: number) => new Intl.NumberFormat('nl-BE').format(n)
// Texts inside a step (the live region repeats some of them for screen readers).
const inResults = (page: Page, text: string | RegExp) => page.locator('#stap-resultaten').getByText(text)
const inMapping = (page: Page, text: string | RegExp) => page.locator('#stap-kolommen').getByText(text)

/** The detection list sits folded below the results: open it (it then stays open, through recalculations too). */
async function openList(page: Page) {
  const fold = page.locator('#stap-detectielijst > details')
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('> summary').click()
}

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, ...options })
  const page = await context.newPage()
  const consoleErrors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text())) consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(e.message))
  return { context, page, consoleErrors }
}

/** The totals row of the funnel table, as numbers: pupils, over the gate, flagged. */
async function funnelTotals(page: Page) {
  const cells = await page.locator('table:has(caption:text("en met een signaal, per leerjaar")) tfoot td').allTextContents()
  const n = (t: string) => Number(t.replace(/\./g, ''))
  return { pupils: n(cells[0]!), overCodeThreshold: n(cells[1]!), flagged: n(cells[3]!) }
}

function file(name: string, content: string | Uint8Array): string {
  const full = path.join(dir, name)
  writeFileSync(full, content)
  return full
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vroegdetectie-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('/vroegdetectie', () => {
  it('loads a file, maps it, shows the funnel, follows a new cut-off, and sends no pupil data anywhere', async () => {
    const { context, page, consoleErrors } = await open()
    const response = await page.goto(`${baseURL}/vroegdetectie`)
    expect(response?.status()).toBe(200)
    const csp = response!.headers()['content-security-policy']!
    expect(csp).toContain("connect-src 'none'")
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("form-action 'self'")
    expect(csp).toContain('img-src data: blob:')
    expect(csp).toContain("font-src 'none'")
    expect(csp).not.toMatch(/https?:/)
    await expect(page.locator('h1').textContent()).resolves.toContain('Vroegdetectie')
    await expect(page.locator('a[href="/privacy"]').count()).resolves.toBeGreaterThan(0)

    const requests: Request[] = []
    context.on('request', (r) => requests.push(r))
    await page.getByLabel('Sleep het bestand hierheen of kies het').setInputFiles(file('leerlingen.csv', sampleToCsv(renamed)))

    // Step 2: the id column is not recognised; the names and national register numbers are not read at all.
    await page.getByText('Nog te koppelen: "leerling_id" (verplicht).').waitFor()
    await expect(page.getByText('niet ingelezen (persoonsgegevens): naam, voornaam, rijksregisternummer').count()).resolves.toBe(1)
    await page.getByLabel(/^leerling_id/).selectOption('Code leerling')
    await page.getByRole('button', { name: 'Leerlingen inlezen met deze koppeling' }).click()

    // Step 4: the workshop's funnel, per grade and in total.
    await inResults(page, '113 van de 1.332 leerlingen krijgen een signaal (8,5%).').waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Resultaten')
    const rows = await page.locator('table:has(caption:text("en met een signaal, per leerjaar")) tbody tr').allInnerTexts()
    expect(rows.map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['5e leerjaar', '655', '168', '25,6%', '53', '8,1%', '31,5%'],
      ['6e leerjaar', '677', '146', '21,6%', '60', '8,9%', '41,1%'],
    ])
    expect(await funnelTotals(page)).toEqual({ pupils: 1332, overCodeThreshold: 314, flagged: 113 })
    await expect(page.locator('figure svg[role="img"]').count()).resolves.toBeGreaterThanOrEqual(2)
    expect(await seriousViolations(page)).toEqual([])
    // …also with every folded part open (mapping table, per-grade thresholds, JSON editor).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
    expect(await seriousViolations(page)).toEqual([])

    // Change the cut-off in the list: the counts follow, exactly as the engine computes them.
    const at15 = await expectedTotals(15)
    expect(at15.overCodeThreshold).toBeLessThan(314)
    await openList(page)
    const gate = page.locator('#stap-detectielijst').getByLabel('Drempel', { exact: true }).first()
    await gate.fill('15')
    await inResults(page, `${fmt(at15.flagged)} van de 1.332 leerlingen krijgen een signaal`).waitFor()
    expect(await funnelTotals(page)).toEqual(at15)
    await expect(page.getByRole('status').filter({ hasText: 'minder dan daarnet' }).count()).resolves.toBe(1)

    // …and from the cut-off table.
    const at12 = await expectedTotals(12)
    await page.getByRole('button', { name: 'Gebruik meer dan 12' }).click()
    await inResults(page, `${fmt(at12.flagged)} van de 1.332 leerlingen krijgen een signaal`).waitFor()
    expect(await funnelTotals(page)).toEqual(at12)
    await expect(gate.inputValue()).resolves.toBe('12')

    // Add a factor: it is scored at once, and the list is named as changed.
    const factors = page.locator('#stap-detectielijst li[data-kind]')
    await expect(factors.count()).resolves.toBe(9)
    // Each factor's fields (all called "Kolom", "Voorwaarde", "Drempel") are grouped under the factor's name.
    const firstFactor = (await factors.first().locator('h4').textContent())!
    await expect(factors.first().getByRole('button', { name: `Verwijderen: ${firstFactor}`, exact: true }).count()).resolves.toBe(1)
    await expect(page.getByRole('group', { name: firstFactor, exact: true }).getByLabel('Drempel', { exact: true }).count()).resolves.toBe(1)
    await expect(page.getByRole('group', { name: /^Eerste stap: / }).getByLabel('Drempel', { exact: true }).count()).resolves.toBe(1)
    await page.getByRole('button', { name: 'Factor toevoegen' }).click()
    await expect(factors.count()).resolves.toBe(10)
    await factors.nth(9).getByText(/^Bij [\d.]+ leerling/).waitFor()
    await expect(page.locator('#stap-detectielijst p > strong').first().textContent()).resolves.toBe('Workshop vroegdetectie (GO! CLB Vilvoorde) (aangepast)')

    // The list: filtered by class, and a pupil looked up by the school's own number (hashed in the browser).
    const list = page.locator('table:has(caption:text("gesorteerd op"))')
    await page.getByLabel('Klas', { exact: true }).selectOption('5A')
    const klasColumn = (await list.locator('thead th').allInnerTexts()).findIndex((h) => /klas/i.test(h)) + 1
    const classes = await list.locator(`tbody tr td:nth-child(${klasColumn})`).allTextContents()
    expect(classes.length).toBeGreaterThan(0)
    // The cell holds the class and, as there are several schools, the school below it.
    expect(new Set(classes.map((c) => c.replace(/Basisschool.*$/, '')))).toEqual(new Set(['5A']))
    await page.getByRole('button', { name: 'Rij in uw bestand, sorteer', exact: true }).click()
    const sortedRows = (await list.locator('tbody tr td:nth-child(1)').allTextContents()).map(Number)
    expect(sortedRows).toEqual([...sortedRows].sort((a, b) => a - b))
    const firstRow = sortedRows[0]!
    await page.getByLabel('Leerlingnummer opzoeken').fill(pupilIds[firstRow - 2]!)
    await page.getByRole('button', { name: 'Opzoeken', exact: true }).click()
    await page.getByText(`Gevonden: rij ${firstRow}`).waitFor()

    // The signal list export is made in the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Signaallijst downloaden (CSV)' }).click()])
    const exported = readFileSync(await download.path(), 'utf8')
    expect(exported).toContain('pseudoniem;rij_in_bestand;school;klas')
    expect(exported).not.toContain(pupilIds[firstRow - 2]!)
    const [figures] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Cijfers downloaden (CSV)' }).click()])
    expect(readFileSync(await figures.path(), 'utf8')).toContain('trechter;totaal;leerlingen;1332')

    // Nothing left the browser: after the file was chosen, only our own scripts (the worker's) were fetched.
    const secrets = [...pupilIds, ...names, ...nationalNumbers]
    for (const r of requests) {
      const body = r.postData() ?? ''
      expect(r.method(), r.url()).toBe('GET')
      expect(body, r.url()).toBe('')
      expect(r.url().startsWith(`${baseURL}/_next/static/`) || r.url().startsWith('blob:'), r.url()).toBe(true)
      for (const s of secrets) expect(decodeURIComponent(r.url()).includes(s), `${r.url()} carries ${s}`).toBe(false)
    }
    // Nothing stored without asking, and nothing in IndexedDB.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([])
    // Asked to remember the mapping: column names only.
    await page.getByLabel(/^Onthoud deze koppeling/).check()
    const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))
    expect(stored.map(([k]) => k)).toEqual(['vroegdetectie:koppelingen:v1'])
    expect(stored[0]![1]).toContain('"leerling_id":"Code leerling"')
    for (const s of pupilIds.slice(0, 100)) expect(stored[0]![1]).not.toContain(s)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('has a policy the browser enforces: the page and its worker cannot send anything anywhere', async () => {
    const { context, page } = await open()
    const requests: string[] = []
    await page.goto(`${baseURL}/vroegdetectie`)
    await page.getByRole('button', { name: /Voorbeeldschool/ }).click()
    await inResults(page, /krijgen een signaal/).waitFor()
    const answered: string[] = []
    const failed = new Map<string, string>()
    context.on('request', (r) => requests.push(r.url()))
    context.on('response', (r) => answered.push(r.url()))
    context.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText ?? ''))
    const { attempts, violations } = await page.evaluate(async () => {
      const out: string[] = []
      const violations: string[] = []
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`))
      try {
        await fetch('/api/topics', { method: 'POST', body: 'leerling 1000001' })
        out.push('fetch sent')
      } catch {
        out.push('fetch refused')
      }
      // A third-party image, and one from our own origin: neither may carry anything out (a query string would).
      for (const src of ['https://example.org/pixel.png?leerling=1000001', `${location.origin}/vroegdetectie/bestanden/sjabloon.csv?leerling=1000001`]) {
        await new Promise<void>((resolve) => {
          const img = new Image()
          img.onerror = () => {
            out.push('image refused')
            resolve()
          }
          img.onload = () => {
            out.push('image loaded')
            resolve()
          }
          img.src = src
        })
      }
      // Violation reports are dispatched as tasks: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 100))
      return { attempts: out, violations }
    })
    expect(attempts).toEqual(['fetch refused', 'image refused', 'image refused'])
    // Refused by the policy (not by a missing file): the browser reports each refusal.
    expect(violations.some((v) => v.startsWith('connect-src '))).toBe(true)
    expect(violations.some((v) => v.startsWith('img-src https://example.org'))).toBe(true)
    expect(violations.some((v) => v.startsWith(`img-src ${baseURL}/vroegdetectie/bestanden/`)), violations.join('\n')).toBe(true)
    // The worker runs under its own policy (a worker follows its own response's CSP, not the page's).
    const workers = page.workers()
    expect(workers).toHaveLength(1)
    const inWorker = await workers[0]!.evaluate(async () => {
      try {
        await fetch('/api/topics', { method: 'POST', body: 'x' })
        return 'fetch sent'
      } catch {
        return 'fetch refused'
      }
    })
    expect(inWorker).toBe('fetch refused')
    // Nothing reached our server either: the same-origin image shows up as an attempt, which the browser failed
    // without an answer; nothing else was tried.
    const ours = requests.filter((u) => u.startsWith(baseURL))
    expect(ours).toEqual([`${baseURL}/vroegdetectie/bestanden/sjabloon.csv?leerling=1000001`])
    expect(failed.has(ours[0]!), [...failed].join('\n')).toBe(true)
    expect(answered.filter((u) => u.startsWith(baseURL))).toEqual([])
    await context.close()
  })

  it('keeps the last results, marked as not updated, while the edited list cannot be applied', async () => {
    const { context, page } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    await page.getByRole('button', { name: /Voorbeeldschool/ }).click()
    await inResults(page, /krijgen een signaal/).waitFor()
    await openList(page)
    const factor = page.locator('#stap-detectielijst li[data-kind]').first()
    await factor.locator('summary').click()
    const name = factor.getByLabel('Naam van de factor')
    const label = await name.inputValue()
    await name.fill('')
    await page.locator('#stap-detectielijst').getByRole('alert').filter({ hasText: '"label" ontbreekt' }).waitFor()
    await inResults(page, 'Niet bijgewerkt: dit zijn de resultaten van de vorige, geldige lijst.').waitFor()
    // The label replaces fading: the results keep their contrast.
    expect(await seriousViolations(page)).toEqual([])
    await name.fill(label)
    await inResults(page, /^Niet bijgewerkt/).waitFor({ state: 'detached' })
    await context.close()
  })

  it('shows all classes again when a recalculation leaves no one in the chosen class', async () => {
    const { context, page } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    const csv = 'leerling_id;klas;leerjaar;afwezig_Z;jaren_vertraging;tekorten\n1;5A;5;12;1;2\n2;5B;5;20;1;2\n3;5B;5;0;0;0\n'
    await page.getByLabel('Sleep het bestand hierheen of kies het').setInputFiles(file('klassen.csv', csv))
    await inResults(page, '2 van de 3 leerlingen krijgen een signaal').waitFor()
    await page.getByLabel('Klas', { exact: true }).selectOption('5A')
    await inResults(page, '1 leerling in klas 5A').waitFor()
    // Only the pupil in 5B has more than 15 codes: 5A drops out of the list.
    await openList(page)
    await page.locator('#stap-detectielijst').getByLabel('Drempel', { exact: true }).first().fill('15')
    await inResults(page, 'In klas 5A staat met deze lijst niemand meer; de lijst toont weer alle klassen.').waitFor()
    await inResults(page, /^1 leerling, gesorteerd op/).waitFor()
    await context.close()
  })

  it('remembers the mapping (not the data) for the next file with the same columns', async () => {
    const { context, page } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    await page.evaluate(() =>
      localStorage.setItem(
        'vroegdetectie:koppelingen:v1',
        JSON.stringify([{ mapping: { version: 1, fields: { leerling_id: 'Code leerling', leerjaar: 'leerjaar', afwezig_B: 'afwezig_B', afwezig_Z: 'afwezig_Z', afwezig_R: 'afwezig_R', afwezig_P: 'afwezig_P', jaren_vertraging: 'jaren_vertraging', schoolwissels: 'schoolwissels', tekorten: 'tekorten', taalachterstand: 'taalachterstand', gedrag_zorg: 'gedrag_zorg', motivatie_laag: 'motivatie_laag' } }, savedAt: '2026-01-01T00:00:00Z' }]),
      ),
    )
    await page.reload()
    await page.getByLabel('Sleep het bestand hierheen of kies het').setInputFiles(file('leerlingen2.csv', sampleToCsv(renamed)))
    await page.getByText('We gebruikten de koppeling die deze browser onthield').waitFor()
    await inResults(page, '113 van de 1.332 leerlingen krijgen een signaal (8,5%).').waitFor()
    await page.getByRole('button', { name: 'Vergeet ze' }).click()
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await context.close()
  })

  it('saves the work encrypted with a passphrase and opens it again', async () => {
    const { context, page } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    await page.getByRole('button', { name: /Cijfers van de workshop/ }).click()
    await inResults(page, '113 van de 1.332 leerlingen krijgen een signaal (8,5%).').waitFor()
    await page.getByLabel(/^Wachtzin \(minstens/).fill('kort')
    await page.getByLabel('Wachtzin nog eens').fill('kort')
    await page.getByRole('button', { name: 'Bewaar in deze browser' }).click()
    await page.getByText('Kies een wachtzin van minstens 10 tekens').waitFor()
    await page.getByLabel(/^Wachtzin \(minstens/).fill('drie blauwe olifanten')
    await page.getByLabel('Wachtzin nog eens').fill('drie blauwe olifanten')
    await page.getByRole('button', { name: 'Bewaar in deze browser' }).click()
    await page.getByText('Versleuteld bewaard in deze browser.', { exact: true }).waitFor()

    // What IndexedDB holds is ciphertext only.
    const raw = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('vroegdetectie')
          request.onsuccess = () => {
            const get = request.result.transaction('kluis').objectStore('kluis').get('bewaard')
            get.onsuccess = () => resolve(JSON.stringify(get.result))
          }
        }),
    )
    expect(raw).toContain('"format":"vroegdetectie-kluis"')
    for (const s of [...pupilIds.slice(0, 200), 'Basisschool', 'Aandacht']) expect(raw).not.toContain(s)

    await page.reload()
    await page.getByLabel('Wachtzin', { exact: true }).fill('vier groene olifanten')
    await page.getByRole('button', { name: 'Openen', exact: true }).click()
    await page.getByText('De wachtzin klopt niet').waitFor()
    await page.getByLabel('Wachtzin', { exact: true }).fill('drie blauwe olifanten')
    await page.getByRole('button', { name: 'Openen', exact: true }).click()
    await page.getByText(/^Bewaarde resultaten van/).waitFor()
    expect(await funnelTotals(page)).toEqual({ pupils: 1332, overCodeThreshold: 314, flagged: 113 })
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Verwijder uit deze browser' }).click()
    await page.getByText('Er staat geen bewaard werk in deze browser.').waitFor()
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([])
    await context.close()
  })

  it('names the row and column of bad input, lists rows it cannot read, and explains an empty file', async () => {
    const { context, page } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    const input = page.getByLabel('Sleep het bestand hierheen of kies het')
    await input.setInputFiles(file('leeg.csv', ''))
    await page.getByRole('alert').filter({ hasText: 'Het bestand is leeg.' }).waitFor()

    // Windows-1252, comma separated, text in a number column, a duplicate id.
    const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
    await input.setInputFiles(
      file('fouten.csv', latin1('leerling_id,klas,leerjaar,afwezig_B,afwezig_Z\r\n1,5A,5,12,0\r\n2,5Ä,5,twee,3\r\n1,6B,6,1,1\r\n3,Bèta,6,14,2\r\n')),
    )
    await inMapping(page, '2 leerlingen ingelezen').waitFor()
    const table = page.locator('table:has(th:text("Melding"))')
    const problems = await table.locator('tbody tr').allInnerTexts()
    expect(problems.map((r) => r.split('\t').slice(0, 2))).toEqual([
      ['3', 'afwezig_B'],
      ['4', 'leerling_id'],
    ])
    await expect(table.locator('tbody tr').first().textContent()).resolves.toContain('Rij 3, kolom "afwezig_B": "twee" is geen getal.')
    await expect(page.getByText('2 rijen konden niet gelezen worden en tellen niet mee').count()).resolves.toBe(1)
    await expect(page.getByText('tekenset Windows-1252').count()).resolves.toBe(1)
    // Every message can be downloaded, not only the ones listed.
    const [messages] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle meldingen downloaden (CSV)' }).click()])
    const messagesCsv = readFileSync(await messages.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(messagesCsv[0]).toBe('rij;kolom;melding')
    expect(messagesCsv.slice(1).map((l) => l.split(';').slice(0, 2))).toEqual([
      ['3', 'afwezig_B'],
      ['4', 'leerling_id'],
    ])
    expect(await seriousViolations(page)).toEqual([])

    // A file split on "|": one column, and a message that names the likely delimiter.
    await input.setInputFiles(file('streep.csv', 'leerling_id|leerjaar|afwezig_B\n1|5|3\n2|6|12\n'))
    await page.getByText(/lijkt gescheiden door verticale strepen \(\|\)/).waitFor()
    await page.locator('#stap-resultaten').getByText('Koppel eerst de verplichte kolommen').waitFor()

    // "Alles wissen" forgets the file and the results.
    await page.getByRole('button', { name: 'Alles wissen van deze pagina' }).click()
    await page.locator('#stap-resultaten').getByText('Kies eerst een bestand (stap 1).').waitFor()
    await expect(page.locator('#stap-kolommen').count()).resolves.toBe(0)
    await context.close()
  })

  it('lets the user choose the sheet of an Excel file with several', async () => {
    const sheet = (rows: SampleExport) => [rows.headers, ...rows.rows].map((r) => r.map((value) => ({ value })))
    const buffer = await writeExcelFile([
      { sheet: 'Uitleg', data: [[{ value: 'Export uit het leerlingvolgsysteem' }]] },
      { sheet: 'Dit jaar', data: sheet(generateSchoolExport({ seed: 3, pupils: 40 })) },
      { sheet: 'Vorig jaar', data: sheet(generateSchoolExport({ seed: 4, pupils: 25 })) },
      { sheet: 'Leeg', data: [[null]] },
    ] as never).toBuffer()
    const { context, page } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    await page.getByLabel('Sleep het bestand hierheen of kies het').setInputFiles(file('export.xlsx', new Uint8Array(buffer)))
    await page.getByText('Excel, tabblad "Dit jaar"').waitFor()
    await inMapping(page, '40 leerlingen ingelezen').waitFor()
    // An empty sheet says so, and the other sheets can still be chosen.
    await page.getByLabel('Tabblad').selectOption('Leeg')
    await page.getByRole('button', { name: 'Lees dit tabblad' }).click()
    await page.getByRole('alert').filter({ hasText: 'Tabblad "Leeg" is leeg.' }).waitFor()
    await page.getByLabel('Tabblad').selectOption('Vorig jaar')
    await page.getByRole('button', { name: 'Lees dit tabblad' }).click()
    await inMapping(page, '25 leerlingen ingelezen').waitFor()
    await context.close()
  })

  it('reads a large Excel workbook, which is unzipped in nested workers under the same policy', async () => {
    const big = generateSchoolExport({ seed: 5, pupils: 20_000 })
    const buffer = await writeExcelFile([{ sheet: 'Leerlingen', data: [big.headers, ...big.rows].map((r) => r.map((value) => ({ value }))) }] as never).toBuffer()
    expect(buffer.length).toBeGreaterThan(1024 * 1024)
    const { context, page, consoleErrors } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    await page.getByLabel('Sleep het bestand hierheen of kies het').setInputFiles(file('groot.xlsx', new Uint8Array(buffer)))
    await inMapping(page, '20.000 leerlingen ingelezen').waitFor({ timeout: 60_000 })
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 120_000)

  it('reads a 50 MB file in the worker, with progress, without freezing the page', async () => {
    const big = sampleToCsv(generateSchoolExport({ seed: 9, pupils: 390_000, schools: 40 }))
    expect(big.length).toBeGreaterThan(48 * 1024 * 1024)
    const { context, page, consoleErrors } = await open()
    await page.goto(`${baseURL}/vroegdetectie`)
    await page.getByLabel('Sleep het bestand hierheen of kies het').setInputFiles(file('groot.csv', big))
    await page.locator('progress').first().waitFor()
    // The main thread stays free while the worker parses: the page answers a script at once.
    expect(await page.evaluate(() => 1 + 1)).toBe(2)
    await inMapping(page, '390.000 leerlingen ingelezen').waitFor({ timeout: 110_000 })
    await inResults(page, /van de 390\.000 leerlingen krijgen een signaal/).waitFor({ timeout: 60_000 })
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 240_000)

  it('without JavaScript explains the tool and still offers the template and samples', async () => {
    const { context, page } = await open({ javaScriptEnabled: false })
    await page.goto(`${baseURL}/vroegdetectie`)
    await expect(page.getByRole('heading', { name: 'Deze tool heeft JavaScript nodig' }).count()).resolves.toBe(1)
    await expect(page.getByText('Een signaal is geen oordeel').count()).resolves.toBe(1)
    const links = await page.locator('a[href^="/vroegdetectie/bestanden/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(links).toContain('/vroegdetectie/bestanden/sjabloon.csv')
    for (const href of links) {
      const res = await fetch(`${baseURL}${href}`)
      expect(res.status, href).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/csv')
      // A UTF-8 byte order mark, so that Excel shows the accents.
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 3)], href).toEqual([0xef, 0xbb, 0xbf])
    }
    const template = await (await fetch(`${baseURL}/vroegdetectie/bestanden/sjabloon.csv`)).text()
    expect(template.startsWith('leerling_id;school;klas;leerjaar;')).toBe(true)
    expect((await fetch(`${baseURL}/vroegdetectie/bestanden/bestaat-niet.csv`)).status).toBe(404)
    await context.close()
  })
})

describe('/vroegdetectie on first use, on a laptop and on a phone', () => {
  it.each(screens)('shows the results right after the file is read, with the funnel inside its box ($name)', async ({ viewport, ...device }) => {
    const context = await browser.newContext({ viewport, ...device })
    const page = await context.newPage()
    await page.goto(`${baseURL}/vroegdetectie`)
    // Before any file: the detection list is one line with a way in, and its folds say what they hold, whole.
    const list = page.locator('#stap-detectielijst')
    await expect(list.locator('> p').first().textContent()).resolves.toMatch(/^Gekozen lijst: Workshop vroegdetectie.* · signaal vanaf 2 risicofactoren · 9 factoren$/)
    await openList(page)
    const folds = await list.locator('li[data-kind] details > summary').allTextContents()
    expect(folds.length).toBe(9)
    expect(new Set(folds)).toEqual(new Set(['Naam van de factor']))

    await page.getByRole('button', { name: 'Cijfers van de workshop (1332)' }).click()
    await inResults(page, '113 van de 1.332 leerlingen krijgen een signaal (8,5%).').waitFor()
    const heading = page.locator('#stap-resultaten h2')
    await page.waitForFunction(() => document.activeElement?.closest('#stap-resultaten') !== null)
    const place = await page.evaluate(() => {
      const results = document.querySelector('#stap-resultaten')!.getBoundingClientRect()
      const title = document.querySelector('#stap-resultaten h2')!.getBoundingClientRect()
      const file = document.querySelector('#stap-bestand')!.getBoundingClientRect()
      return { top: title.top, bottom: title.bottom, fromFile: results.top - file.bottom, inPage: results.top + window.scrollY, height: innerHeight }
    })
    // Focus moved to the results' heading, so it is in sight; and they follow the file at once, above the list and
    // the mapping (at most a screen or two down the page, below the page's introduction and the file step).
    expect(place.top).toBeGreaterThanOrEqual(0)
    expect(place.bottom).toBeLessThanOrEqual(place.height)
    expect(place.fromFile).toBeLessThan(40)
    // On a laptop within the first two and a half screens of the page (it was some 4,700 px down).
    if (viewport.width > 1000) expect(place.inPage).toBeLessThan(2.5 * place.height)
    expect(await heading.textContent()).toContain('Resultaten')
    const order = await page.locator('section[id^="stap-"]').evaluateAll((sections) => sections.map((s) => s.id))
    expect(order.indexOf('stap-resultaten')).toBeLessThan(order.indexOf('stap-kolommen'))
    expect(order.indexOf('stap-kolommen')).toBeLessThan(order.indexOf('stap-detectielijst'))

    // The funnel's every column is inside its box (the last one, "% van wie …", the workshop's 36%, too), and nothing
    // makes the page wider than the screen (a phone would zoom out: innerWidth would grow past the viewport).
    const funnel = page.locator('div[role="region"]:has(table:has(caption:text("en met een signaal, per leerjaar")))')
    const box = await funnel.evaluate((wrap) => ({ scroll: wrap.scrollWidth, client: wrap.clientWidth }))
    expect(box.scroll).toBeLessThanOrEqual(box.client)
    const last = funnel.locator('tfoot td').last()
    await expect(last.textContent()).resolves.toContain('36%')
    const lastBox = (await last.boundingBox())!
    const wrapBox = (await funnel.boundingBox())!
    expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(wrapBox.x + wrapBox.width + 0.5)
    // So is every other table of the results: the cut-off table (some 1,370 px wide on a phone, headers unwrapped), the
    // quality matrix and the signal rates per group (a school's name in one line). On a phone they stack instead.
    const boxes = await page.locator('#stap-resultaten div[role="region"]').evaluateAll((wraps) =>
      wraps.map((wrap) => ({ table: wrap.querySelector('caption')?.textContent ?? '', scroll: wrap.scrollWidth, client: wrap.clientWidth })),
    )
    expect(boxes.map((b) => b.table)).toEqual(expect.arrayContaining([expect.stringMatching(/^Afkappunten/), 'Signaal tegenover uitkomst', expect.stringMatching(/^Aandeel met een signaal per school/)]))
    for (const b of boxes) expect(b.scroll, b.table).toBeLessThanOrEqual(b.client)
    // The cut-off table stays a table for screen readers, whatever its layout: headers, row headers and cells.
    const cutoffs = page.getByRole('table', { name: 'Afkappunten: aantal leerlingen per drempel' })
    const tree = await cutoffs.ariaSnapshot()
    for (const header of ['Drempel', 'Voldoen aan de drempel', 'Met een signaal', 'Drempel kiezen', '5e leerjaar: voldoen / signaal', '6e leerjaar: voldoen / signaal'])
      expect(tree).toContain(`columnheader "${header}"`)
    expect(tree).toContain('rowheader "meer dan 10 (huidige)"')
    expect(tree).toMatch(/cell "\d+ \/ \d+"/)
    await expect(cutoffs.getByRole('button', { name: 'Gebruik meer dan 12', exact: true }).count()).resolves.toBe(1)
    // Every number of a row is on the screen, the grades' too (on a phone on their own labelled lines).
    const current = cutoffs.locator('tr[data-current]')
    for (const cell of await current.locator('td').all()) {
      const cellBox = (await cell.boundingBox())!
      expect(cellBox.x).toBeGreaterThanOrEqual(0)
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(viewport.width)
    }
    // The page keeps the screen's width with the results in it (the detection list is open since before the file), then
    // with the mapping opened, then with every other fold (per-grade thresholds, the list as JSON, the workshop's words).
    // A phone zooms out to show what sticks out, so innerWidth would grow with scrollWidth: both are held to the screen.
    // (The visually hidden text of the cut-off table's buttons once widened a phone's page to 694 px from inside its
    // scrolling box.)
    const pageWidth = () => page.evaluate(() => ({ inner: innerWidth, scroll: document.documentElement.scrollWidth }))
    expect(await pageWidth(), 'after the file is read').toEqual({ inner: viewport.width, scroll: viewport.width })
    await page.locator('#stap-kolommen details').first().locator('> summary').click()
    await page.locator('#stap-kolommen select').first().waitFor()
    expect(await pageWidth(), 'with the mapping open').toEqual({ inner: viewport.width, scroll: viewport.width })
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
    expect(await pageWidth(), 'with every fold open').toEqual({ inner: viewport.width, scroll: viewport.width })

    // The list says what the row, the pseudonym and the score are; the row in one's own file comes first.
    const key = page.locator('#stap-resultaten dl')
    await expect(key.locator('dt').allTextContents()).resolves.toEqual(['Rij in uw bestand', 'Pseudoniem', 'Score'])
    await expect(key.textContent()).resolves.toContain('uw browser')
    const pupilTable = page.locator('table:has(caption:text("gesorteerd op"))')
    await expect(pupilTable.locator('thead th').first().textContent()).resolves.toContain('Rij in uw bestand')

    // The bar with the effect of an edit belongs to the open list: back at the results, it covers none of them.
    await list.locator('li[data-kind]').first().getByLabel('Drempel', { exact: true }).fill('3')
    const bar = list.getByText('Met deze lijst:')
    await bar.waitFor()
    await list.getByRole('link', { name: 'Naar de resultaten' }).click()
    await page.waitForFunction(() => document.querySelector('#stap-resultaten')!.getBoundingClientRect().top < 5)
    const barTop = await bar.evaluate((p) => p.parentElement!.getBoundingClientRect().top)
    expect(barTop).toBeGreaterThanOrEqual(viewport.height)
    // The list stayed open: the person finds it as they left it.
    await expect(list.locator('> details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true)

    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})
