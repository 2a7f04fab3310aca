/**
 * The PostgreSQL path of `npm run backup` / `npm run restore`: pg_dump of a live database into the archive,
 * pg_restore into a new, empty database, with the uploaded files. Needs pg_dump, pg_restore and psql (Debian's
 * postgresql-client), as on any machine that runs PostgreSQL.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { materials } from '@/data/seed/data/materials'
import { renderMaterialFile } from '@/data/seed/documents'
import { root } from '@tests/support/app'
import { onPostgresServer, postgresPayload, postgresServerUrl, usePayload } from '@tests/support/payload'

const run = (task: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
    execFile(
      process.execPath,
      ['scripts/run-task.mjs', `src/data/tasks/${task}.ts`, ...args],
      { cwd: root, env: { ...inherited, NODE_ENV: 'production', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    )
  })

describe('backup and restore on PostgreSQL', () => {
  const site = usePayload(postgresPayload)
  const target = `toolbox_restored_${randomBytes(6).toString('hex')}`
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'toolbox-pg-restored-'))
  beforeAll(() => onPostgresServer(`CREATE DATABASE ${target}`))
  afterAll(async () => {
    await onPostgresServer(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`)
    rmSync(elsewhere, { recursive: true, force: true })
  })

  it('dumps the live database with its files and restores both into an empty database and folder', { timeout: 300_000 }, async () => {
    const { payload } = site
    const material = materials.find((m) => m.fileName)!
    const file = await renderMaterialFile(material)
    const upload = await payload.create({ collection: 'media', data: { alt: material.title }, file: { ...file, size: file.data.length } })
    const titles: string[] = []
    for (let i = 0; i < 10; i++) titles.push((await payload.create({ collection: 'categories', data: { title: `Categorie ${i}` } })).title)

    const live = { DATABASE_URL: process.env.DATABASE_URL!, MEDIA_DIR: process.env.MEDIA_DIR!, PAYLOAD_SECRET_FILE: path.join(elsewhere, 'none') }
    const archive = path.join(elsewhere, 'backup.tar.gz')
    const backup = await run('backup', [archive], live)
    expect(backup.code, backup.output).toBe(0)

    const restored = {
      DATABASE_URL: `${postgresServerUrl}/${target}`,
      MEDIA_DIR: path.join(elsewhere, 'media'),
      PAYLOAD_SECRET_FILE: path.join(elsewhere, '.payload-secret'),
    }
    const restore = await run('restore', [archive], restored)
    expect(restore.code, restore.output).toBe(0)

    const client = new pg.Client({ connectionString: restored.DATABASE_URL })
    await client.connect()
    try {
      const rows = await client.query<{ title: string }>('SELECT title FROM categories ORDER BY id')
      expect(rows.rows.map((row) => row.title)).toEqual(titles)
      const media = await client.query<{ filename: string }>('SELECT filename FROM media')
      expect(media.rows.map((row) => row.filename)).toEqual([upload.filename])
    } finally {
      await client.end()
    }
    expect(readFileSync(path.join(restored.MEDIA_DIR, upload.filename!))).toEqual(readFileSync(path.join(live.MEDIA_DIR, upload.filename!)))

    // The database now has tables: a second restore is refused.
    rmSync(restored.MEDIA_DIR, { recursive: true, force: true })
    const again = await run('restore', [archive], restored)
    expect(again.code).toBe(1)
    expect(again.output).toMatch(/Restore refused: .*PostgreSQL database/)
  })
})
