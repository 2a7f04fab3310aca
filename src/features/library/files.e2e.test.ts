/** Over HTTP, as a visitor: every seeded material's file downloads, and drafts stay invisible. */
import { describe, expect, inject, it } from 'vitest'

const baseURL = inject('baseURL')

describe('public API', () => {
  it('serves every seeded material file, non-empty, with its type', async () => {
    const { docs } = (await (await fetch(`${baseURL}/api/materials?limit=1000&depth=1`)).json()) as {
      docs: { title: string; file: { url: string; mimeType: string; filesize: number } }[]
    }
    expect(docs.length).toBeGreaterThan(5)
    for (const material of docs) {
      const response = await fetch(new URL(material.file.url, baseURL))
      expect(response.status, material.title).toBe(200)
      expect(response.headers.get('content-type')).toContain(material.file.mimeType)
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(bytes.length).toBe(material.file.filesize)
      expect(bytes.length).toBeGreaterThan(1000)
    }
  })

  it("links the site's own files by path, so a download does not depend on SITE_URL or the host name", async () => {
    const { docs } = (await (await fetch(`${baseURL}/api/materials?limit=1&depth=1`)).json()) as { docs: { slug: string; file: { url: string } }[] }
    expect(docs[0]!.file.url).toMatch(/^\/api\/media\/file\//)
    for (const page of [`/materialen/${docs[0]!.slug}`, '/themas/risicofactoren/afwezigheden', '/zoeken?q=preventieplan']) {
      const html = await (await fetch(`${baseURL}${page}`)).text()
      const links = [...html.matchAll(/(?:href|data)="([^"]*\/api\/media\/file\/[^"]*)"/g)].map((match) => match[1])
      expect(links.length, page).toBeGreaterThan(0)
      for (const link of links) expect(link, page).toMatch(/^\/api\/media\/file\//)
    }
  })

  it('gives anonymous visitors published documents only, even when they ask for drafts', async () => {
    const response = await fetch(`${baseURL}/api/topics?draft=true&limit=1000&where[_status][equals]=draft`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: unknown[] }).docs).toEqual([])
  })

  it('refuses writes from anonymous visitors', async () => {
    const response = await fetch(`${baseURL}/api/topics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Inbraak', summary: 'x' }),
    })
    expect(response.status).toBe(403)
  })

  it('lists every theme, topic, list, material, practice and partner in sitemap.xml', async () => {
    const response = await fetch(`${baseURL}/sitemap.xml`)
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(xml).toContain('/themas/risicofactoren/afwezigheden</loc>')
    expect(xml).toContain('/materialen</loc>')
    // Every page listed answers.
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    // home, the 8 fixed pages and every published theme, topic, material, practice, partner and instrument (counted
    // through the public API: other browser tests may publish a document of their own on the same app)
    const published = async (collection: string) =>
      ((await (await fetch(`${baseURL}/api/${collection}?limit=1&depth=0`)).json()) as { totalDocs: number }).totalDocs
    const counts = await Promise.all(['themes', 'topics', 'materials', 'practices', 'partners', 'instruments'].map(published))
    expect(counts.slice(0, 3)).toEqual([6, 29, 15]) // the seed's themes, topics and materials, all there
    expect(locs.length).toBe(1 + 8 + counts.reduce((sum, count) => sum + count, 0))
    for (const loc of locs) expect((await fetch(loc.replace(/^https?:\/\/[^/]+/, baseURL))).status, loc).toBe(200)
    expect(await (await fetch(`${baseURL}/robots.txt`)).text()).toContain('Disallow: /admin')
  })
})
