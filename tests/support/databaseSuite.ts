/**
 * The same checks on SQLite and on PostgreSQL: migrations on an empty database, the first account,
 * and the seed (counts, links, files, idempotence).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { categories } from '@/data/seed/data/categories'
import { instruments } from '@/data/seed/data/instruments'
import { materials } from '@/data/seed/data/materials'
import { partners } from '@/data/seed/data/partners'
import { practices } from '@/data/seed/data/practices'
import { regions } from '@/data/seed/data/regions'
import { themes } from '@/data/seed/data/themes'
import { topics } from '@/data/seed/data/topics'
import { seed, isEmpty } from '@/data/seed/seed'
import { usePayload, type TestPayload } from './payload'

const collections = ['themes', 'topics', 'materials', 'practices', 'partners', 'categories', 'media'] as const

const countAll = async (payload: Payload) =>
  Object.fromEntries(
    await Promise.all(collections.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs] as const)),
  )

export const databaseSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(name, () => {
    const test = usePayload(start)
    let payload: Payload

    beforeAll(() => {
      payload = test.payload
    })

    it('migrates an empty database to the full schema', async () => {
      const status = await payload.find({ collection: 'payload-migrations', limit: 100 })
      expect(status.docs.length).toBeGreaterThan(0)
      for (const collection of collections) expect((await payload.count({ collection })).totalDocs).toBe(0)
      expect(await isEmpty(payload)).toBe(true)
    })

    it('makes the very first account a beheerder', async () => {
      const first = await payload.create({
        collection: 'users',
        data: { email: 'eerste@toolbox.test', password: 'een-lang-wachtwoord', name: 'Eerste', role: 'auteur' },
      })
      expect(first.role).toBe('beheerder')
      const second = await payload.create({
        collection: 'users',
        data: { email: 'tweede@toolbox.test', password: 'een-lang-wachtwoord', name: 'Tweede', role: 'auteur' },
      })
      expect(second.role).toBe('auteur')
    })

    it('seeds every theme, topic, material, practice and partner', async () => {
      const { created } = await seed(payload)
      expect(created).toMatchObject({
        themes: themes.length,
        topics: topics.length,
        materials: materials.length,
        practices: practices.length,
        partners: partners.length,
        instruments: instruments.length,
        categories: categories.length,
        // The top of the hierarchy comes with the migration (the old filter's values); the seed adds the local regions.
        regions: regions.filter((r) => r.parent).length,
        media: materials.length,
      })
      expect(themes).toHaveLength(6)
      // Seed 001: 5 + 5 + 6 + 3 + 2 + 3 sub-themes directly under the six themes.
      const direct = topics.filter((t) => !t.parent)
      expect(direct).toHaveLength(24)
      expect(await countAll(payload)).toEqual({
        themes: 6,
        topics: topics.length,
        materials: materials.length,
        practices: practices.length,
        partners: partners.length,
        categories: categories.length,
        media: materials.length,
      })
      // Everything seeded is public.
      const { totalDocs } = await payload.count({ collection: 'topics', overrideAccess: false })
      expect(totalDocs).toBe(topics.length)
    })

    it('seeds the regions as a hierarchy and links partners to their local region', async () => {
      const arktos = (await payload.find({ collection: 'partners', where: { slug: { equals: 'arktos' } }, depth: 1 })).docs[0]!
      const places = (arktos.regions ?? []).map((r) => (typeof r === 'object' ? [r.slug, r.breadcrumbs?.map((b) => b.label)] : r))
      expect(places).toEqual([
        ['halle', ['Vlaams-Brabant', 'Halle']],
        ['diest', ['Vlaams-Brabant', 'Diest']],
      ])
      const top = await payload.find({ collection: 'regions', where: { parent: { exists: false } }, pagination: false })
      expect(top.docs.map((r) => r.slug).sort()).toEqual(['antwerpen', 'brussel', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'vlaanderen', 'west-vlaanderen'])
    })

    it('links counterparts both ways and topics to target groups', async () => {
      const bySlug = async (slug: string) =>
        (await payload.find({ collection: 'topics', where: { slug: { equals: slug } }, depth: 1 })).docs[0]!
      const slugs = (list: unknown) => (list as { slug: string }[]).map((t) => t.slug)
      const absences = await bySlug('afwezigheden')
      const detection = await bySlug('vroege-detectie')
      expect(slugs(absences.counterparts)).toContain('vroege-detectie')
      expect(slugs(detection.counterparts)).toContain('afwezigheden')
      expect(slugs((await bySlug('taalachterstand-anderstalige-context')).targetGroups)).toContain('basisonderwijs')
      expect(absences.gradient).toBe(true)
    })

    it('stores topic links to the toolbox’s own pages, and refuses a path that leaves the site', async () => {
      const detection = (await payload.find({ collection: 'topics', where: { slug: { equals: 'vroege-detectie' } } })).docs[0]!
      expect(detection.links?.map((l) => l.url)).toContain('/vroegdetectie')
      // An editor adds a link to a list: the field's validation accepts a path of the site.
      const links = [...(detection.links ?? []), { label: 'Materialen over vroegdetectie', url: '/materialen?q=detectie' }]
      const updated = await payload.update({ collection: 'topics', id: detection.id, data: { links } })
      expect(updated.links?.at(-1)?.url).toBe('/materialen?q=detectie')
      await expect(
        payload.update({ collection: 'topics', id: detection.id, data: { links: [{ label: 'Elders', url: '//evil.example' }] } }),
      ).rejects.toThrow()
    })

    it('stores a real, non-empty file for every material', async () => {
      const { docs } = await payload.find({ collection: 'materials', depth: 1, limit: 1000 })
      expect(docs).toHaveLength(materials.length)
      const formats = new Set<string>()
      for (const material of docs) {
        const file = material.file as { filename: string; mimeType: string; filesize: number }
        const bytes = readFileSync(path.join(process.env.MEDIA_DIR!, file.filename))
        expect(bytes.length, file.filename).toBeGreaterThan(1000)
        expect(bytes.length).toBe(file.filesize)
        if (file.mimeType === 'application/pdf') expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
        else expect(bytes.subarray(0, 2).toString()).toBe('PK') // a .docx is a zip package
        formats.add(file.mimeType)
      }
      expect(formats.size).toBe(2)
    })

    it('never shows drafts to anonymous visitors', async () => {
      const theme = (await payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!
      const draft = await payload.create({
        collection: 'topics',
        draft: true,
        data: { title: 'Geheim concept', summary: 'Nog niet klaar', theme: theme.id, contentStatus: 'in-ontwikkeling', _status: 'draft' },
      })
      const visible = await payload.find({ collection: 'topics', overrideAccess: false, draft: true, limit: 1000, depth: 0 })
      expect(visible.docs.map((d) => d.id)).not.toContain(draft.id)
      await payload.delete({ collection: 'topics', id: draft.id })
    })

    it('changes nothing when the seed runs again', async () => {
      const before = await countAll(payload)
      const stamps = (await payload.find({ collection: 'topics', limit: 1000, depth: 0 })).docs.map((d) => d.updatedAt)
      const { created } = await seed(payload)
      expect(Object.values(created).every((n) => n === 0)).toBe(true)
      expect(await countAll(payload)).toEqual(before)
      const after = (await payload.find({ collection: 'topics', limit: 1000, depth: 0 })).docs.map((d) => d.updatedAt)
      expect(after).toEqual(stamps)
      expect(await isEmpty(payload)).toBe(false)
    })
  })
