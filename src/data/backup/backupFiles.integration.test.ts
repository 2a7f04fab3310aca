/**
 * The backup's files match its database snapshot (src/data/backup/backup.ts), whatever editors do meanwhile: a file
 * uploaded between the first pass over the files and the snapshot is in the archive (its document is in the
 * snapshot); a file deleted after the snapshot is still in the archive (its document is in the snapshot too). With
 * the database in WAL mode, the snapshot holds what is still only in the write-ahead log, and is sound.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import * as tar from 'tar'
import { afterAll, describe, expect, it } from 'vitest'

import { createBackup } from '@/data/backup/backup'
import { materials } from '@/data/seed/data/materials'
import { renderMaterialFile } from '@/data/seed/documents'
import { sqlitePayload, usePayload } from '@tests/support/payload'

/** A real PDF (the seed's renderer) under the given name. */
const pdf = async (name: string) => {
  const file = await renderMaterialFile(materials.find((m) => m.format === 'pdf' && m.fileName)!)
  return { ...file, name, size: file.data.length }
}

describe('the files in a backup', () => {
  const site = usePayload(sqlitePayload)
  const work = mkdtempSync(path.join(tmpdir(), 'toolbox-backup-files-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('are those the database snapshot refers to, even when files come and go during the backup', { timeout: 120_000 }, async () => {
    const { payload } = site
    const upload = async (name: string) => payload.create({ collection: 'media', data: { alt: name }, file: await pdf(name) })
    const [first, second] = [await upload('eerste.pdf'), await upload('tweede.pdf')]
    const database = process.env.DATABASE_URL!
    const mediaDir = process.env.MEDIA_DIR!
    // The latest saves are still in the write-ahead log, not yet in the database file.
    expect(statSync(`${database.replace(/^file:/, '')}-wal`).size).toBeGreaterThan(0)

    let during: { id: number | string; filename?: string | null } | undefined
    let after: { filename?: string | null } | undefined
    const archive = path.join(work, 'backup.tar.gz')
    await createBackup({ databaseUrl: database, mediaDir, secretFile: path.join(work, 'geen-secret') }, archive, [], {
      beforeSnapshot: async () => {
        during = await upload('tijdens.pdf')
      },
      afterSnapshot: async () => {
        // Payload deletes the file before the document: gone from disk before the archive is written.
        await payload.delete({ collection: 'media', id: first.id })
        expect(existsSync(path.join(mediaDir, first.filename!))).toBe(false)
        after = await upload('na.pdf')
      },
    })

    const unpacked = path.join(work, 'unpacked')
    rmSync(unpacked, { recursive: true, force: true })
    mkdirSync(unpacked, { recursive: true })
    await tar.extract({ file: archive, cwd: unpacked })
    const db = createClient({ url: `file:${path.join(unpacked, 'database.sqlite')}` })
    try {
      expect((await db.execute('PRAGMA integrity_check')).rows[0]!.integrity_check).toBe('ok')
      const files = (await db.execute('SELECT filename FROM media ORDER BY id')).rows.map((row) => String(row.filename))
      expect(files).toEqual([first.filename, second.filename, during!.filename])
      for (const name of files) expect(existsSync(path.join(unpacked, 'media', name)), name).toBe(true)
      expect(files).not.toContain(after!.filename)
    } finally {
      db.close()
    }
  })
})
