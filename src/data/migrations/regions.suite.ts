/**
 * The migration that made partners' regions a hierarchy (a `regions` collection instead of a fixed select), on SQLite
 * (regions.sqlite.integration.test.ts) and PostgreSQL (regions.postgres.integration.test.ts): a database migrated up
 * to the release before, with partners and their versions holding the old select values, comes out with every value
 * kept, now as a link to the region with that slug; the new regions are usable at once (a region inside a province).
 */
import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { postgresServerUrl } from '@tests/support/payload'
import { randomBytes } from 'node:crypto'

type Kind = 'sqlite' | 'postgres'

/** The name of the migration under test: the last one committed when it was written. */
const MIGRATION = /_partner_regions$/

export const regionsMigrationSuite = (kind: Kind) =>
  describe(`partner regions migration on ${kind}`, () => {
    let payload: Payload
    let dir: string
    let database = ''
    const run = async (statement: string) => {
      const db = payload.db as unknown as { drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> } }
      if (kind === 'sqlite') await db.drizzle.run!(sqliteSql.raw(statement))
      else await db.drizzle.execute!(postgresSql.raw(statement))
    }

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'toolbox-regions-'))
      let url = `file:${path.join(dir, 'test.db')}`
      if (kind === 'postgres') {
        database = `toolbox_test_${randomBytes(6).toString('hex')}`
        const admin = new pg.Client({ connectionString: `${postgresServerUrl}/test` })
        await admin.connect()
        await admin.query(`CREATE DATABASE ${database}`)
        await admin.end()
        url = `${postgresServerUrl}/${database}`
      }
      process.env.DATABASE_URL = url
      process.env.MEDIA_DIR = path.join(dir, 'media')
      process.env.PAYLOAD_SECRET ??= 'integration-test-secret'
      const { default: config } = await import('@payload-config')
      payload = await getPayload({ config, key: url })
      const { migrations } = kind === 'postgres' ? await import('@/data/migrations/postgres') : await import('@/data/migrations/sqlite')
      const at = migrations.findIndex((m) => MIGRATION.test(m.name))
      expect(at).toBeGreaterThan(0)
      // The database as the release before left it, with partners (and a version) holding the old values.
      await payload.db.migrate({ migrations: migrations.slice(0, at) as never })
      const partner = (id: number, slug: string) =>
        `INSERT INTO partners (id, name, slug, type, description, _status) VALUES (${id}, 'Partner ${slug}', '${slug}', 'clb', 'Wat hij doet', 'published')`
      await run(partner(1, 'overal'))
      await run(partner(2, 'brabant'))
      await run(partner(3, 'nergens'))
      await run(`INSERT INTO partners_regions ("order", parent_id, value) VALUES (1, 1, 'vlaanderen'), (2, 1, 'brussel'), (1, 2, 'vlaams-brabant')`)
      await run(
        `INSERT INTO _partners_v (id, parent_id, version_name, version_slug, version_type, version_description, version__status, latest) VALUES (7, 2, 'Partner brabant', 'brabant', 'clb', 'Wat hij doet', 'published', ${kind === 'sqlite' ? 1 : 'true'})`,
      )
      await run(`INSERT INTO _partners_v_version_regions ("order", parent_id, value) VALUES (1, 7, 'vlaams-brabant'), (2, 7, 'limburg')`)
      // Now the release with regions as a collection.
      await payload.db.migrate({ migrations: migrations as never })
    }, 120_000)

    afterAll(async () => {
      await payload?.destroy()
      if (kind === 'postgres') {
        const pool = (payload?.db as unknown as { pool?: pg.Pool } | undefined)?.pool
        await Promise.race([pool?.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))])
        const cleanup = new pg.Client({ connectionString: `${postgresServerUrl}/test` })
        await cleanup.connect()
        await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
        await cleanup.end()
      }
      rmSync(dir, { recursive: true, force: true })
    })

    const regionSlugs = async (id: number) => {
      const partner = await payload.findByID({ collection: 'partners', id, depth: 1 })
      return (partner.regions ?? []).map((r) => (typeof r === 'object' ? r.slug : r))
    }

    it('keeps every partner’s regions, in order, as links to the regions with those slugs', async () => {
      expect(await regionSlugs(1)).toEqual(['vlaanderen', 'brussel'])
      expect(await regionSlugs(2)).toEqual(['vlaams-brabant'])
      expect(await regionSlugs(3)).toEqual([])
      // The seven regions of the old select, named as the filter named them, at the top of the hierarchy.
      const { docs } = await payload.find({ collection: 'regions', sort: 'slug', limit: 100, depth: 0 })
      expect(docs.map((r) => [r.slug, r.title, r.parent ?? null])).toEqual([
        ['antwerpen', 'Antwerpen', null],
        ['brussel', 'Brussel', null],
        ['limburg', 'Limburg', null],
        ['oost-vlaanderen', 'Oost-Vlaanderen', null],
        ['vlaams-brabant', 'Vlaams-Brabant', null],
        ['vlaanderen', 'Heel Vlaanderen', null],
        ['west-vlaanderen', 'West-Vlaanderen', null],
      ])
      expect(docs.every((r) => r.breadcrumbs?.length === 1 && r.breadcrumbs[0]!.label === r.title)).toBe(true)
    })

    it('keeps the regions of older versions too', async () => {
      const { docs } = await payload.findVersions({ collection: 'partners', where: { parent: { equals: 2 } }, depth: 1 })
      const version = docs.find((v) => String(v.id) === '7')!
      expect((version.version.regions ?? []).map((r) => (typeof r === 'object' ? r.slug : r))).toEqual(['vlaams-brabant', 'limburg'])
    })

    it('takes a region inside a province at once, and refuses a third level', async () => {
      const { docs } = await payload.find({ collection: 'regions', where: { slug: { equals: 'vlaams-brabant' } }, depth: 0 })
      const province = docs[0]!
      const halle = await payload.create({ collection: 'regions', data: { title: 'Halle', parent: province.id } })
      expect(halle.slug).toBe('halle')
      expect(halle.breadcrumbs?.map((b) => b.label)).toEqual(['Vlaams-Brabant', 'Halle'])
      const updated = await payload.update({ collection: 'partners', id: 3, data: { regions: [halle.id] } })
      expect((updated.regions ?? []).map((r) => (typeof r === 'object' ? r.slug : r))).toEqual(['halle'])
      await expect(payload.create({ collection: 'regions', data: { title: 'Halle-Zuid', parent: halle.id } })).rejects.toThrow(/provincie/)
    })
  })
