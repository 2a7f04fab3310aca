/**
 * SQLite runs in WAL mode (src/data/database.ts): the setting is on the file, and a reader holding a snapshot — a
 * page being rendered, `npm run backup` copying the database — no longer makes a save wait.
 */
import { existsSync, statSync } from 'node:fs'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { sqlitePayload, usePayload } from '@tests/support/payload'

describe('SQLite in WAL mode', () => {
  const site = usePayload(sqlitePayload)

  it('keeps its changes in a write-ahead log, on the file itself', async () => {
    const { payload } = site
    await payload.create({ collection: 'categories', data: { title: 'Eerste' } })
    const file = process.env.DATABASE_URL!.replace(/^file:/, '')
    expect(existsSync(`${file}-wal`)).toBe(true)
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0)
    // Another connection, opened without any setting, finds the file in WAL mode.
    const other = createClient({ url: process.env.DATABASE_URL! })
    try {
      expect((await other.execute('PRAGMA journal_mode')).rows[0]!.journal_mode).toBe('wal')
    } finally {
      other.close()
    }
  })

  it('lets a save go through while another connection holds a read snapshot open', async () => {
    const { payload } = site
    const reader = createClient({ url: process.env.DATABASE_URL! })
    const snapshot = await reader.transaction('read')
    try {
      const before = Number((await snapshot.execute('SELECT count(*) AS n FROM categories')).rows[0]!.n)
      // In the rollback journal this commit would wait for the reader (busyTimeout, 10 s) and then fail.
      const started = Date.now()
      await payload.create({ collection: 'categories', data: { title: 'Terwijl iemand leest' } })
      expect(Date.now() - started).toBeLessThan(3_000)
      // The reader still sees its own snapshot; the save is there for everyone else.
      expect(Number((await snapshot.execute('SELECT count(*) AS n FROM categories')).rows[0]!.n)).toBe(before)
      expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(before + 1)
    } finally {
      snapshot.close()
      reader.close()
    }
  })
})
