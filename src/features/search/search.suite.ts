/**
 * The search on a real database, run on SQLite (search.sqlite.test.ts) and PostgreSQL (search.postgres.test.ts):
 * text extracted at upload, the records the index gets (the same as the seed's on both databases, so results are
 * the same), drafts kept out, filters and counts checked against the database, and freshness across two Payload
 * instances on one database.
 */
import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildIndex, parseQuery, runQuery, toCorpus, type SearchIndex, type SearchRecord } from './engine'
import { seedDocs } from '@tests/fixtures/searchCorpus'
import { materials as seedMaterials } from '@/data/seed/data/materials'
import { seed } from '@/data/seed/seed'
import type { TestPayload } from '@tests/support/payload'

const search = (index: SearchIndex, q: string) => runQuery(index, parseQuery(q)).hits.map((h) => `${h.record.type}:${h.record.slug}`)

/** A record without what differs per database (ids) or per file rendering (a material's extracted text). */
const comparable = (record: SearchRecord) => {
  const { id: _id, key: _key, ...rest } = record
  if (rest.type !== 'material') return rest
  const { body: _body, file, ...material } = rest
  return { ...material, file: file && { mimeType: file.mimeType, filename: file.filename.replace(/-\d+(?=\.\w+$)/, '') } }
}

const waitUntil = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`not within ${timeoutMs} ms`)
}

// Modules that load the Payload config are imported once the test database is set up (the config reads it).
type Queries = typeof import('./queries') &
  Pick<typeof import('@/features/library/queries/materials'), 'materialsListing'> &
  Pick<typeof import('@/features/library/queries/partners'), 'partnersListing'>

export const searchSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`search on ${name}`, () => {
    let test: TestPayload
    let payload: Payload
    let index: SearchIndex
    let queries: Queries
    const loadCorpus = (p: Payload) => queries.loadCorpus(p)

    beforeAll(async () => {
      test = await start()
      payload = test.payload
      queries = {
        ...(await import('./queries')),
        ...(await import('@/features/library/queries/materials')),
        ...(await import('@/features/library/queries/partners')),
      }
      await seed(payload)
      index = await buildIndex(await loadCorpus(payload))
    })
    afterAll(async () => {
      await test?.close()
    })

    describe('text from files', () => {
      it('is extracted at upload and stored on the file, hidden from the API', async () => {
        const { docs } = await payload.find({ collection: 'media', pagination: false, showHiddenFields: true })
        expect(docs).toHaveLength(seedMaterials.length)
        for (const media of docs) {
          expect(media.extractedText?.length, media.filename!).toBeGreaterThan(200)
          expect(media.textExtraction).toMatch(/doorzoekbaar/)
        }
        const visible = await payload.find({ collection: 'media', limit: 1, overrideAccess: false })
        expect(visible.docs[0]).not.toHaveProperty('extractedText')
        expect(visible.docs[0]!.textExtraction).toBeTruthy()
      })

      it('makes a word that only occurs inside a seeded PDF findable', async () => {
        const leidraad = seedMaterials.find((m) => m.slug === 'leidraad-dialoogdocument-plg-bhg-vlaams-brabant')!
        expect(leidraad.format).toBe('pdf')
        const hits = runQuery(index, parseQuery('afsprakentabel')).hits
        expect(hits.map((h) => h.record.slug)).toEqual([leidraad.slug])
        expect(hits[0]!.record.title).not.toMatch(/afsprakentabel/i)
        expect(hits[0]!.record.lead).not.toMatch(/afsprakentabel/i)
      })

      it('keeps a file’s text when only its description changes, and ignores text sent by a client', async () => {
        const media = (await payload.find({ collection: 'media', limit: 1, showHiddenFields: true })).docs[0]!
        const updated = await payload.update({
          collection: 'media',
          id: media.id,
          data: { alt: 'Nieuwe beschrijving', extractedText: 'ingevoerd door een klant' },
          showHiddenFields: true,
        })
        expect(updated.extractedText).toBe(media.extractedText)
      })
    })

    describe('the index', () => {
      it('gets exactly the seed’s records from the database, in a fixed order: the same results on every database', async () => {
        const fromDatabase = await loadCorpus(payload)
        const fromSeed = toCorpus(seedDocs())
        expect(fromDatabase.records.map(comparable)).toEqual(fromSeed.records.map(comparable))
        expect(fromDatabase.taxonomy).toEqual(fromSeed.taxonomy)
        expect(search(index, 'afwezigheden')[0]).toBe('topic:afwezigheden')
        expect(search(index, 'naft halle')[0]).toBe('practice:schoolondersteuning-halle')
      })

      it('never holds drafts: not a new draft, not the draft edit of a published document, not an unpublished one', async () => {
        const theme = (await payload.find({ collection: 'themes', limit: 1 })).docs[0]!
        await payload.create({
          collection: 'topics',
          draft: true,
          data: { title: 'Geheimzinnigconcept', summary: 'Nog niet klaar', theme: theme.id, contentStatus: 'in-ontwikkeling', _status: 'draft' },
        })
        const practice = (await payload.find({ collection: 'practices', where: { slug: { equals: 'schoolondersteuning-halle' } } })).docs[0]!
        await payload.update({
          collection: 'practices',
          id: practice.id,
          draft: true,
          data: { title: 'Ontwerptitel met stiekemwoord', _status: 'draft' },
        })
        const partner = (await payload.find({ collection: 'partners', where: { slug: { equals: 'vaph' } } })).docs[0]!
        const withPartner = index.records.find((r) => r.type === 'practice' && r.meta.includes(partner.name))!
        expect(withPartner).toBeDefined()
        await payload.update({ collection: 'partners', id: partner.id, data: { _status: 'draft' } })
        try {
          const fresh = await buildIndex(await loadCorpus(payload))
          expect(search(fresh, 'geheimzinnigconcept')).toEqual([])
          expect(search(fresh, 'stiekemwoord')).toEqual([])
          expect(fresh.records.find((r) => r.slug === 'schoolondersteuning-halle')?.title).toBe(practice.title)
          expect(fresh.records.find((r) => r.slug === 'vaph')).toBeUndefined()
          // Relations to the unpublished partner are dropped too: the practice no longer names it.
          expect(fresh.records.find((r) => r.key === withPartner.key)!.meta).not.toContain(partner.name)
        } finally {
          await payload.update({ collection: 'partners', id: partner.id, data: { _status: 'published' } })
        }
        index = await buildIndex(await loadCorpus(payload))
      })
    })

    describe('filters and counts', () => {
      const ids = async (collection: 'materials' | 'partners', where: Where) =>
        (await payload.find({ collection, where, pagination: false, depth: 0, overrideAccess: false })).docs.map((d) => d.id).sort()

      /** The database's own answer to "which materials have this filter value". */
      const materialWhere = async (key: string, value: string): Promise<Where> => {
        const idOf = async (collection: 'categories' | 'topics' | 'themes', slug: string) =>
          (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id
        switch (key) {
          case 'thema': {
            const theme = await idOf('themes', value)
            const topics = (await payload.find({ collection: 'topics', where: { theme: { equals: theme } }, pagination: false })).docs
            return { topics: { in: topics.map((t) => t.id) } }
          }
          case 'categorie':
            return { categories: { in: [await idOf('categories', value)] } }
          case 'doelgroep':
            return { targetGroups: { in: [await idOf('topics', value)] } }
          case 'bron':
            return { sourceType: { equals: value } }
          case 'fase':
            return { phases: { in: [value] } }
          case 'niveau':
            return { educationLevels: { in: [value] } }
          case 'regio':
            return { regions: { in: [value] } }
          case 'formaat': {
            const mime = value === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            const media = (await payload.find({ collection: 'media', where: { mimeType: { equals: mime } }, pagination: false })).docs
            return { file: { in: media.map((m) => m.id) } }
          }
        }
        throw new Error(key)
      }

      it('counts every option of every materials filter as the database does', async () => {
        const model = queries.queryListing(index, queries.materialsListing, { q: '', selection: {}, page: 1 })
        let checked = 0
        for (const group of model.groups) {
          for (const option of group.options) {
            const expected = (await ids('materials', await materialWhere(group.key, option.value))).length
            expect(option.count, `${group.key}=${option.value}`).toBe(expected)
            checked++
          }
        }
        expect(checked).toBeGreaterThan(30)
      })

      it('combines two filters as the database does (OR within a group, AND across)', async () => {
        const selection = { categorie: ['aanwezigheidsbeleid', 'preventie'], regio: ['antwerpen', 'limburg'] }
        const model = queries.queryListing(index, queries.materialsListing, { q: '', selection, page: 1 })
        const expected = await ids('materials', {
          and: [
            { or: [await materialWhere('categorie', 'aanwezigheidsbeleid'), await materialWhere('categorie', 'preventie')] },
            { or: [await materialWhere('regio', 'antwerpen'), await materialWhere('regio', 'limburg')] },
          ],
        })
        expect(expected.length).toBeGreaterThan(0)
        // Per theme (the default view) a material with two themes is listed twice: compare the materials.
        expect([...new Set(model.items.map((i) => i.record.id))].sort()).toEqual(expected)
        expect(model.total).toBe(expected.length)
        // A region option's count: the categories apply, the other region choices do not.
        const limburg = model.groups.find((g) => g.key === 'regio')!.options.find((o) => o.value === 'limburg')!
        const limburgOnly = await ids('materials', {
          and: [
            { or: [await materialWhere('categorie', 'aanwezigheidsbeleid'), await materialWhere('categorie', 'preventie')] },
            await materialWhere('regio', 'limburg'),
          ],
        })
        expect(limburg.count).toBe(limburgOnly.length)
      })

      it('counts partner types and regions as the database does: a province with the regions inside it', async () => {
        // The database's answer for "works in Vlaams-Brabant": the province itself or a region whose parent it is.
        const province = (await payload.find({ collection: 'regions', where: { slug: { equals: 'vlaams-brabant' } }, limit: 1 })).docs[0]!
        const inside = (await payload.find({ collection: 'regions', where: { parent: { equals: province.id } }, pagination: false })).docs
        expect(inside.map((r) => r.slug)).toContain('halle')
        const inBrabant: Where = { regions: { in: [province.id, ...inside.map((r) => r.id)] } }
        const model = queries.queryListing(index, queries.partnersListing, { q: '', selection: { regio: ['vlaams-brabant'] }, page: 1 })
        expect(model.items.map((i) => i.record.id).sort()).toEqual(await ids('partners', inBrabant))
        expect(model.items.map((i) => i.record.slug)).toContain('stad-halle')
        for (const option of model.groups.find((g) => g.key === 'soort')!.options) {
          const expected = await ids('partners', { and: [{ type: { equals: option.value } }, inBrabant] })
          expect(option.count, option.value).toBe(expected.length)
        }
        // A region alone: only the partners that work there, not the province-wide ones.
        const halle = inside.find((r) => r.slug === 'halle')!
        const local = queries.queryListing(index, queries.partnersListing, { q: '', selection: { regio: ['halle'] }, page: 1 })
        expect(local.items.map((i) => i.record.id).sort()).toEqual(await ids('partners', { regions: { in: [halle.id] } }))
        // The options: each province followed by its regions, indented, with the province's count holding theirs.
        const options = model.groups.find((g) => g.key === 'regio')!.options
        const at = options.findIndex((o) => o.value === 'vlaams-brabant')
        expect(options[at]!.depth).toBeUndefined()
        expect(options[at + 1]!.depth).toBe(1)
        expect(options.find((o) => o.value === 'halle')!.label).toBe('Halle')
        expect(options[at]!.count).toBe(model.total)
      })

      it('lists each material once by default, on as few pages as its page size allows', async () => {
        const model = queries.queryListing(index, queries.materialsListing, { q: '', selection: {}, page: 1 })
        expect(model.view).toBe('lijst')
        const total = (await ids('materials', {})).length
        expect(model.total).toBe(total)
        expect(model.pageCount).toBe(Math.ceil(total / queries.materialsListing.pageSize))
        const listed = model.items.map((i) => i.record.id)
        expect(new Set(listed).size).toBe(listed.length)
        expect(listed).toHaveLength(Math.min(total, queries.materialsListing.pageSize))
      })

      it('lists a material under each of its themes per theme, and only under the ticked theme with the theme filter', async () => {
        const all = queries.queryListing(index, { ...queries.materialsListing, pageSize: 1000 }, { q: '', selection: {}, view: 'thema', page: 1 })
        expect(all.view).toBe('thema')
        const counts = new Map(all.groups.find((g) => g.key === 'thema')!.options.map((o) => [o.value, o.count]))
        for (const theme of index.taxonomy.themes) {
          const under = all.items.filter((i) => i.theme === theme.slug)
          // Each heading holds what the theme filter would give: the database's answer.
          expect(under.length, theme.slug).toBe((await ids('materials', await materialWhere('thema', theme.slug))).length)
          expect(under.length, theme.slug).toBe(counts.get(theme.slug) ?? 0)
          for (const item of under) expect(item.record.themes).toContain(theme.slug)
        }

        const one = queries.queryListing(index, queries.materialsListing, { q: '', selection: { thema: ['warme-overdracht'] }, view: 'thema', page: 1 })
        expect(one.total).toBeGreaterThan(0)
        expect(one.items.map((i) => i.theme)).toEqual(one.items.map(() => 'warme-overdracht'))
        expect(one.items).toHaveLength(one.total)
      })

      it('does not call a filter value given twice unknown', () => {
        const model = queries.queryListing(index, queries.materialsListing, { q: '', selection: { regio: ['limburg', 'limburg'] }, page: 1 })
        expect(model.ignoredFilters).toBe(false)
        expect(model.selection).toEqual({ regio: ['limburg'] })
      })

      it('drops unknown filter values and odd input instead of failing', () => {
        const model = queries.queryListing(index, queries.materialsListing, {
          q: '\u0000<script>',
          selection: { regio: ['atlantis', 'limburg'], categorie: ["'; DROP TABLE materials; --"] },
          sort: 'willekeurig',
          page: 9999,
        })
        expect(model.ignoredFilters).toBe(true)
        expect(model.selection).toEqual({ regio: ['limburg'] })
        expect(model.sort).toBe('')
        expect(model.page).toBe(model.pageCount)
      })
    })

    describe('freshness across instances', () => {
      let second: Payload

      beforeAll(async () => {
        // A second Payload on the same database, as a second app instance would be.
        const { default: config } = await import('@payload-config')
        second = await getPayload({ config, key: `${name}-second-instance` })
      })
      afterAll(async () => {
        await second?.destroy()
        // Like tests/support/payload.ts: destroy() leaves a PostgreSQL pool open; end it before the database is dropped.
        const pool = (second?.db as unknown as { pool?: { end: () => Promise<void> } } | undefined)?.pool
        await Promise.race([pool?.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))])
      })

      it('makes a material published through another instance searchable within seconds', async () => {
        const service = queries.createSearchService(payload, { checkIntervalMs: 250 })
        expect(search(await service.get(), 'zebrapadoverleg')).toEqual([])

        const template = (await second.find({ collection: 'materials', limit: 1, depth: 0 })).docs[0]!
        await second.create({
          collection: 'materials',
          data: {
            title: 'Zebrapadoverleg met de buurt',
            description: 'Een nieuw materiaal, gemaakt via een tweede instantie.',
            file: template.file,
            sourceType: 'andere',
            publisher: 'Testredactie',
            publishedDate: '2026-11-22',
            _status: 'published',
          },
        })
        const ms = await waitUntil(async () => search(await service.get(), 'zebrapadoverleg').length === 1)
        expect(ms).toBeLessThan(10_000)
      })

      it('applies edits made through another instance in place, reading only what changed; a deletion rebuilds', async () => {
        const service = queries.createSearchService(payload, { checkIntervalMs: 250 })
        const first = await service.get()
        expect(first.updates).toBe(0)

        // An edited practice (not the one with a pending draft above), and a partner renamed: the practices that
        // name it follow.
        const practice = (
          await second.find({ collection: 'practices', where: { slug: { not_equals: 'schoolondersteuning-halle' } }, sort: 'slug', limit: 1 })
        ).docs[0]!
        await second.update({
          collection: 'practices',
          id: practice.id,
          data: { summary: `${practice.summary} Met een ooievaarsnest.`, _status: 'published' },
        })
        await waitUntil(async () => search(await service.get(), 'ooievaarsnest').includes(`practice:${practice.slug}`))
        const partner = (await second.find({ collection: 'partners', where: { slug: { equals: 'vaph' } } })).docs[0]!
        const naming = (await service.get()).records.filter((r) => r.type === 'practice' && r.meta.includes(partner.name))
        expect(naming.length).toBeGreaterThan(0)
        await second.update({ collection: 'partners', id: partner.id, data: { name: `${partner.name} Wielewaal`, _status: 'published' } })
        await waitUntil(async () => search(await service.get(), 'wielewaal').length === naming.length + 1)
        expect(search(await service.get(), 'wielewaal')).toContain('partner:vaph')

        // Unpublished: the count stays, the visitor can no longer read it, so it leaves the index.
        await second.update({ collection: 'practices', id: practice.id, data: { _status: 'draft' } })
        await waitUntil(async () => search(await service.get(), 'ooievaarsnest').length === 0)

        const updated = await service.get()
        expect(updated.updates).toBeGreaterThanOrEqual(3)
        expect(updated.db).toBe(first.db) // the same Orama data, changed in place
        // Exactly what a full build from the database holds, and the same answers.
        const full = await buildIndex(await loadCorpus(payload))
        expect(updated.records.map(comparable)).toEqual(full.records.map(comparable))
        for (const q of ['wielewaal', 'afwezigheden', 'naft halle', 'ouders']) expect(search(updated, q), q).toEqual(search(full, q))

        await second.update({ collection: 'practices', id: practice.id, data: { _status: 'published' } })
        await waitUntil(async () => search(await service.get(), 'ooievaarsnest').length === 1)

        // A deletion cannot be read from what changed: the index is built anew.
        const material = (await second.find({ collection: 'materials', limit: 1, sort: '-publishedDate' })).docs[0]!
        await second.delete({ collection: 'materials', id: material.id })
        await waitUntil(async () => !(await service.get()).records.some((r) => r.key === `material:${material.id}`))
        const rebuilt = await service.get()
        expect(rebuilt.db).not.toBe(first.db)
        expect(rebuilt.updates).toBe(0)
      })

      it('notices a change written straight into the database, and a deletion', async () => {
        const service = queries.createSearchService(payload, { checkIntervalMs: 250 })
        await service.get()
        const partner = (await payload.find({ collection: 'partners', where: { slug: { equals: 'groep-intro' } } })).docs[0]!
        const now = new Date().toISOString()
        const db = payload.db as unknown as { drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> } }
        if (db.drizzle.run) {
          await db.drizzle.run(sqliteSql`UPDATE partners SET name = 'Groep INTRO Kwartelkoning', updated_at = ${now} WHERE id = ${partner.id}`)
        } else {
          await db.drizzle.execute!(postgresSql`UPDATE partners SET name = 'Groep INTRO Kwartelkoning', updated_at = ${now} WHERE id = ${partner.id}`)
        }
        // The partner itself, and the practices that name it as a partner.
        await waitUntil(async () => search(await service.get(), 'kwartelkoning').includes('partner:groep-intro'))

        const before = await queries.readChangeStamp(payload)
        await second.delete({ collection: 'partners', id: partner.id })
        expect(await queries.readChangeStamp(payload)).not.toEqual(before)
        await waitUntil(async () => search(await service.get(), 'kwartelkoning').length === 0)
      })
    })
  })
