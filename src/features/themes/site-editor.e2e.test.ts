/**
 * The map is drawn from the database: a topic an editor publishes appears on the map, in the list, on its
 * theme page and in the sitemap at once; a draft does not. The test writes through the running app's REST API as a
 * redacteur, as the admin panel does (so the app's cached pages are expired by its hooks), and reads the app's own
 * SQLite file through Payload's local API.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useAppEditor } from '@tests/support/appEditor'
import { useAppPayload } from '@tests/support/appPayload'
import { openPage, useBrowser } from '@tests/support/chromium'

const { baseURL, browser } = useBrowser()
const app = useAppPayload('site-editor')
const { rest } = useAppEditor(app, 'site-editor')
let payload: Payload
const created: number[] = []

beforeAll(() => {
  payload = app.payload
})
// Registered after useAppPayload, so it runs before Payload closes (after hooks run in reverse order).
afterAll(async () => {
  for (const id of created) await rest('DELETE', `/api/topics/${id}`).catch(() => undefined)
})

const addTopic = async (title: string, status: 'published' | 'draft', parent?: string) => {
  const theme = (await payload.find({ collection: 'themes', where: { slug: { equals: 'netwerkgericht-werken' } } })).docs[0]!
  const parentDoc = parent ? (await payload.find({ collection: 'topics', where: { slug: { equals: parent } } })).docs[0] : undefined
  const response = await rest('POST', `/api/topics${status === 'draft' ? '?draft=true' : ''}`, {
    title,
    summary: `${title}: een onderwerp dat een redacteur net toevoegde.`,
    theme: theme.id,
    parent: parentDoc?.id,
    contentStatus: 'in-ontwikkeling',
    order: 99,
    _status: status,
  })
  expect(response.status).toBe(201)
  const { doc: topic } = (await response.json()) as { doc: { id: number; slug?: string | null } }
  created.push(topic.id)
  return topic
}

describe('content from the admin', () => {
  it('shows a newly published topic on the map, in the list, on its theme page and in the sitemap; not a draft', async () => {
    const published = await addTopic('Lokale overlegplatformen', 'published', 'partners')
    const draft = await addTopic('Nog geheim concept', 'draft')
    const href = `/themas/netwerkgericht-werken/${published.slug}`

    const page = await openPage(browser)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${baseURL}/?thema=netwerkgericht-werken`)
    const onMap = page.locator(`svg[data-mindmap] a[href="${href}"]`)
    expect(await onMap.isVisible()).toBe(true)
    expect(await onMap.getAttribute('aria-label')).toBe('Lokale overlegplatformen (in ontwikkeling)')
    // Nested under its parent topic: a deeper node, and in the parent's list for screen readers.
    expect(await onMap.getAttribute('data-deep')).toBe('')
    expect(await page.locator('svg[data-mindmap] [aria-label="Dieper in Partners"]').getByRole('link').allTextContents()).toContain('Lokale overlegplatformen')
    expect(await page.locator(`details[data-theme="netwerkgericht-werken"] a[href="${href}"]`).count()).toBe(1)
    expect(await page.locator(`a[href$="/${draft.slug}"]`).count()).toBe(0)

    // The theme's count on the folded map grew by one (the draft does not count).
    await page.goto(baseURL)
    expect(await page.locator('svg[data-mindmap] a[data-theme-link="netwerkgericht-werken"]').getAttribute('aria-label')).toBe(
      'Netwerkgericht werken, 4 onderwerpen: uitvouwen',
    )

    const response = await page.goto(`${baseURL}${href}`)
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').allTextContents()).toEqual([
      'Mindmap',
      'Netwerkgericht werken',
      'Partners',
    ])
    expect((await page.goto(`${baseURL}/themas/netwerkgericht-werken/${draft.slug}`))?.status()).toBe(404)
    await page.close()

    const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text()
    expect(sitemap).toContain(`${baseURL}${href}</loc>`)
    expect(sitemap).not.toContain(draft.slug!)
  })

  it('leaves an unpublished parent out of a published topic\'s breadcrumb', async () => {
    const parent = await addTopic('Verborgen concept-ouder', 'draft')
    const child = await addTopic('Kind onder een concept', 'published', parent.slug!)
    const page = await openPage(browser)
    const response = await page.goto(`${baseURL}/themas/netwerkgericht-werken/${child.slug}`)
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').allTextContents()).toEqual(['Mindmap', 'Netwerkgericht werken'])
    expect(await page.content()).not.toContain('Verborgen concept-ouder')
    await page.close()
  })
})
