/**
 * Cached public pages stay true to what is published. In Chromium, a redacteur edits a topic in the admin: a saved
 * draft leaves the cached public page as it was, publishing makes it fresh at once; the admin's preview shows the
 * draft on the real page to the editor (draft mode) but never to a visitor; unpublishing answers 404 at once.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useAppEditor } from '@tests/support/appEditor'
import { useAppPayload } from '@tests/support/appPayload'
import { openPage, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()
const app = useAppPayload('fresh-pages')
const { rest, account } = useAppEditor(app, 'cache-redacteur')
const path = '/themas/risicofactoren/frequente-schoolwissels'
let page: Page
let topic: { id: number; summary: string }

/** The public page as an anonymous visitor gets it (no cookies). */
const visit = async (address = path) => {
  const response = await fetch(`${baseURL}${address}`)
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

beforeAll(async () => {
  const found = (await app.payload.find({ collection: 'topics', where: { slug: { equals: 'frequente-schoolwissels' } }, depth: 0 })).docs[0]!
  topic = { id: found.id, summary: found.summary }
  page = await openPage(browser)
})

afterAll(async () => {
  // Back as it was, through the app (so its cache is expired too).
  if (topic) await rest('PATCH', `/api/topics/${topic.id}`, { summary: topic.summary, _status: 'published' })
  await page?.context().close()
})

describe('cached public pages and the admin', () => {
  it('serves the topic page from the cache', async () => {
    const first = await visit()
    expect(first.status).toBe(200)
    expect(first.html).toContain(topic.summary)
    const again = await visit()
    expect(again.cache).toBe('HIT')
    expect(again.html).toContain(topic.summary)
  })

  it('keeps a draft off the public page and shows a publication at once', async () => {
    await page.goto(`${baseURL}/admin/login`)
    await page.locator('#field-email').fill(account.email)
    await page.locator('#field-password').fill(account.password)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${baseURL}/admin`)
    await page.goto(`${baseURL}/admin/collections/topics/${topic.id}`)
    const summary = page.locator('#field-summary')
    await summary.waitFor()

    const draft = 'Een concept over schoolwissels dat bezoekers nog niet mogen zien.'
    await summary.fill(draft)
    await page.getByRole('button', { name: 'Bewaar concept' }).click()
    await expect.poll(async () => page.getByRole('button', { name: 'Bewaar concept' }).isDisabled()).toBe(true)
    const afterDraft = await visit()
    expect(afterDraft.html).toContain(topic.summary)
    expect(afterDraft.html).not.toContain(draft)

    const published = 'Wie vaak van school wisselt, verliest telkens een stuk band met school en klas.'
    await summary.fill(published)
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await expect.poll(async () => (await visit()).html.includes(published), { timeout: 5_000, interval: 100 }).toBe(true)
    // Fresh and cached again, for visitors.
    expect((await visit()).cache).toBe('HIT')
  })

  it('shows a draft in the preview to the editor, not to a visitor, and keeps the cached page for visitors', async () => {
    const draft = 'Voorbeeldtekst: alleen de redactie ziet dit vóór publicatie.'
    const saved = await rest('PATCH', `/api/topics/${topic.id}?draft=true`, { summary: draft })
    expect(saved.status).toBe(200)

    // The admin's preview link for the topic (editorialCollection's admin.preview), in the editor's browser.
    await page.goto(`${baseURL}/voorbeeld?collectie=topics&id=${topic.id}`)
    expect(new URL(page.url()).pathname).toBe(path)
    expect(await page.locator('main').textContent()).toContain(draft)
    expect(await page.getByRole('note', { name: 'Voorbeeld' }).isVisible()).toBe(true)

    const visitor = await visit()
    expect(visitor.html).not.toContain(draft)
    expect(visitor.cache).toBe('HIT')
    // Without a session the preview route turns nothing on.
    const refused = await fetch(`${baseURL}/voorbeeld?collectie=topics&id=${topic.id}`, { redirect: 'manual' })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
    expect(await refused.text()).toContain('Aanmelden nodig')

    // Stopping the preview: the editor sees the published page again.
    await page.getByRole('link', { name: 'Voorbeeld stoppen' }).click()
    await page.goto(`${baseURL}${path}`)
    expect(await page.locator('main').textContent()).not.toContain(draft)
  })

  it('answers 404 at once when the topic is unpublished, and the page again when it is republished', async () => {
    expect((await visit()).status).toBe(200)
    expect((await rest('PATCH', `/api/topics/${topic.id}`, { _status: 'draft' })).status).toBe(200)
    await expect.poll(async () => (await visit()).status, { timeout: 5_000, interval: 100 }).toBe(404)
    expect((await rest('PATCH', `/api/topics/${topic.id}`, { summary: topic.summary, _status: 'published' })).status).toBe(200)
    await expect.poll(async () => (await visit()).status, { timeout: 5_000, interval: 100 }).toBe(200)
    expect((await visit()).html).toContain(topic.summary)
  })
})
