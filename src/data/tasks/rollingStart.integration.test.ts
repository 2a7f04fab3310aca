/**
 * Rolling starts on PostgreSQL: two processes prepare the same empty database at the same moment, as two app
 * instances do when they start together (`npm run migrate -- --seed-if-empty` runs the server's own start-up
 * step, src/data/tasks/prepareDatabase.ts). Both must succeed, and the schema is migrated and the seed run once.
 * And a process that finds the migration lock held for longer than its deadline gives up with a message that names the
 * holder, instead of waiting for ever.
 */
import { execFile, type ExecFileException } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@/data/migrations/postgres'
import { themes } from '@/data/seed/data/themes'
import { root } from '@tests/support/app'
import { MIGRATION_LOCK_KEY } from '@/data/prepareDeadline'
import { onPostgresServer, postgresServerUrl } from '@tests/support/payload'

const database = `toolbox_rolling_${randomBytes(6).toString('hex')}`
const databaseUrl = `${postgresServerUrl}/${database}`
const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-rolling-'))

const prepare = (url = databaseUrl, settings: Record<string, string> = {}) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
    execFile(
      process.execPath,
      ['scripts/run-task.mjs', 'src/data/tasks/migrate.ts', '--seed-if-empty'],
      {
        cwd: root,
        // The step's deadline (src/data/prepareDeadline.ts) and the task's own watchdog (scripts/keep-alive.mjs) well
        // inside the test's time, so a process that hangs ends with its output, and the database's sessions, in the
        // failure instead of a bare timeout. (Preparing an empty database takes about a minute at most on a busy machine.)
        env: {
          ...env,
          NODE_ENV: 'production',
          DATABASE_URL: url,
          MEDIA_DIR: path.join(dir, 'media'),
          PAYLOAD_SECRET: 'rolling-test',
          DATABASE_PREPARE_TIMEOUT_SECONDS: '240',
          TASK_TIMEOUT_SECONDS: '300',
          ...settings,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error: ExecFileException | null, stdout: string, stderr: string) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    )
  })

describe('two instances starting together on an empty PostgreSQL database', () => {
  beforeAll(() => onPostgresServer(`CREATE DATABASE ${database}`))
  afterAll(async () => {
    await onPostgresServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    rmSync(dir, { recursive: true, force: true })
  })

  it('both succeed; the migrations are applied once and the seed runs once', { timeout: 600_000 }, async () => {
    const [first, second] = await Promise.all([prepare(), prepare()])
    expect(first.code, first.output).toBe(0)
    expect(second.code, second.output).toBe(0)

    const seeded = [first, second].filter(({ output }) => output.includes('Seed: a fresh database was filled'))
    expect(seeded).toHaveLength(1)

    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const applied = await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
      expect(applied.rows.map((row) => row.name)).toEqual(migrations.map((m) => m.name).sort())
      const slugs = await client.query<{ slug: string }>('SELECT slug FROM themes ORDER BY slug')
      expect(slugs.rows.map((row) => row.slug)).toEqual(themes.map((theme) => theme.slug).sort())
    } finally {
      await client.end()
    }
  })
})

describe('a process that finds the migration lock held past its deadline', () => {
  const locked = `toolbox_rolling_locked_${randomBytes(6).toString('hex')}`
  beforeAll(() => onPostgresServer(`CREATE DATABASE ${locked}`))
  afterAll(() => onPostgresServer(`DROP DATABASE IF EXISTS ${locked} WITH (FORCE)`))

  it('gives up with exit code 1 and says who holds the lock', { timeout: 600_000 }, async () => {
    const holder = new pg.Client({ connectionString: `${postgresServerUrl}/${locked}`, application_name: 'rolling-test-holder' })
    await holder.connect()
    try {
      await holder.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY])
      const { code, output } = await prepare(`${postgresServerUrl}/${locked}`, { DATABASE_PREPARE_TIMEOUT_SECONDS: '15' })
      expect(code, output).toBe(1)
      expect(output).toContain('Preparing the database did not finish within 15 s (DATABASE_PREPARE_TIMEOUT_SECONDS) while waiting for the migration lock')
      const holderLine = output.split('\n').find((line) => line.includes('"application_name":"rolling-test-holder"'))
      expect(holderLine, output).toContain('"holds_migration_lock":true')
      // Nothing was migrated while the lock was held.
      const { rows } = await holder.query<{ table: string | null }>(`SELECT to_regclass('payload_migrations')::text AS table`)
      expect(rows[0]?.table).toBeNull()
    } finally {
      await holder.end()
    }
  })
})
