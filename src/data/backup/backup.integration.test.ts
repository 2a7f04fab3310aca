/**
 * `npm run backup` on a site that keeps writing, then `npm run restore` into an empty folder: every document the
 * backup saw is there, as one consistent snapshot, with every uploaded file byte for byte and the local secret.
 * A second restore onto the now-filled folder is refused. Real processes, a real SQLite file, real uploads.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { materials } from '@/data/seed/data/materials'
import { renderMaterialFile } from '@/data/seed/documents'
import { root } from '@tests/support/app'
import { sqlitePayload, usePayload } from '@tests/support/payload'

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

describe('backup and restore of a running SQLite site', () => {
  const site = usePayload(sqlitePayload)
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'toolbox-restored-'))
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }))

  it('backs up while edits are in flight and restores every document and file into an empty folder', { timeout: 300_000 }, async () => {
    const { payload } = site
    const siteDir = path.dirname(process.env.MEDIA_DIR!)
    const live = { DATABASE_URL: process.env.DATABASE_URL!, MEDIA_DIR: process.env.MEDIA_DIR!, PAYLOAD_SECRET_FILE: path.join(siteDir, '.payload-secret') }
    writeFileSync(live.PAYLOAD_SECRET_FILE, 'the-generated-secret', { mode: 0o600 })

    const uploads = []
    for (const material of materials.filter((m) => m.fileName).slice(0, 3)) {
      const file = await renderMaterialFile(material)
      uploads.push(await payload.create({ collection: 'media', data: { alt: material.title }, file: { ...file, size: file.data.length } }))
    }
    const before: (number | string)[] = []
    for (let i = 0; i < 20; i++) before.push((await payload.create({ collection: 'categories', data: { title: `Vooraf ${i}` } })).id)

    // Editors keep saving, one after the other, for as long as the backup runs. (libsql answers a local file
    // synchronously: the pause between saves lets this process notice the backup's end, as a server between requests.)
    let backingUp = true
    const failures: unknown[] = []
    let inFlight = 0
    const editing = (async () => {
      while (backingUp) {
        try {
          await payload.create({ collection: 'categories', data: { title: `Tijdens ${inFlight}` } })
          inFlight++
          await new Promise((resolve) => setTimeout(resolve, 5))
        } catch (error) {
          failures.push(error)
        }
      }
    })()
    const archive = path.join(siteDir, 'backups', 'site.tar.gz')
    const backup = await run('backup', [archive], live)
    backingUp = false
    await editing
    expect(backup.code, backup.output).toBe(0)
    expect(failures).toEqual([])
    expect(inFlight).toBeGreaterThan(0)

    const restored = {
      DATABASE_URL: `file:${path.join(elsewhere, 'toolbox.db')}`,
      MEDIA_DIR: path.join(elsewhere, 'media'),
      PAYLOAD_SECRET_FILE: path.join(elsewhere, '.payload-secret'),
    }
    const restore = await run('restore', [archive], restored)
    expect(restore.code, restore.output).toBe(0)

    const db = createClient({ url: restored.DATABASE_URL })
    try {
      // One snapshot: every category saved before the backup, then an unbroken run of those saved during it.
      const ids = (await db.execute('SELECT id FROM categories ORDER BY id')).rows.map((row) => Number(row.id))
      expect(ids.slice(0, before.length)).toEqual(before.map(Number))
      expect(ids).toEqual(ids.map((_, i) => ids[0]! + i))
      const titles = (await db.execute({ sql: 'SELECT title FROM categories WHERE id > ? ORDER BY id', args: [Number(before.at(-1))] })).rows
      expect(titles.map((row) => row.title)).toEqual(titles.map((_, i) => `Tijdens ${i}`))

      const media = (await db.execute('SELECT filename FROM media ORDER BY id')).rows.map((row) => String(row.filename))
      expect(media).toEqual(uploads.map((u) => u.filename))
      for (const name of media) {
        expect(readFileSync(path.join(restored.MEDIA_DIR, name))).toEqual(readFileSync(path.join(live.MEDIA_DIR, name)))
      }
      const migrations = (await db.execute('SELECT name FROM payload_migrations')).rows
      expect(migrations.length).toBeGreaterThan(0)
    } finally {
      db.close()
    }
    expect(readFileSync(restored.PAYLOAD_SECRET_FILE, 'utf8')).toBe('the-generated-secret')

    // The folder is no longer empty: a second restore must not overwrite it.
    const again = await run('restore', [archive], restored)
    expect(again.code).toBe(1)
    expect(again.output).toMatch(/Restore refused: the data folder is not empty/)
    expect(existsSync(restored.MEDIA_DIR)).toBe(true)
  })
})
