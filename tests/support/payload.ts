/**
 * A real Payload instance on a fresh database for integration tests: an SQLite file in a temporary
 * folder, or a PostgreSQL database created for the test and dropped after it.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

export const postgresServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432'

/** One statement on the server's `test` database, for what a test does around its own: CREATE or DROP DATABASE. */
export const onPostgresServer = async (sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: `${postgresServerUrl}/test` })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export interface TestPayload {
  payload: Payload
  dir: string
  /** The key Payload caches this instance under (its database URL): lets the REST handler reuse it (tests/support/rest.ts). */
  key: string
  close: () => Promise<void>
}

const boot = async (databaseUrl: string, dir: string): Promise<Payload> => {
  process.env.DATABASE_URL = databaseUrl
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET ??= 'integration-test-secret'
  // Imported after the environment is set: the config reads it when it loads.
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, key: databaseUrl })
  const { migrations } = databaseUrl.startsWith('postgres')
    ? await import('@/data/migrations/postgres')
    : await import('@/data/migrations/sqlite')
  // Passed explicitly so the test runs exactly the committed migrations of this adapter.
  await payload.db.migrate({ migrations: migrations as never })
  return payload
}

export const sqlitePayload = async (): Promise<TestPayload> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-test-'))
  const key = `file:${path.join(dir, 'test.db')}`
  const payload = await boot(key, dir)
  return {
    payload,
    dir,
    key,
    close: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** How long a pool may take to end: its idle connections close at once; only one never given back makes it wait. */
const poolEndLimitMs = 10_000

/**
 * Ends a test's pool, and fails loudly when it cannot: since src/data/postgresPool.ts stopped Payload pinning a
 * connection, `pool.end()` waits only for a connection something checked out and never gave back — a leak, which in
 * a server would hang its shutdown (closeDatabase.ts). Bounded, so a leak fails the file instead of hanging the run.
 */
export const endPool = async (pool: pg.Pool, database: string, limitMs = poolEndLimitMs): Promise<void> => {
  let timer: NodeJS.Timeout | undefined
  const tooLong = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const checkedOut = pool.totalCount - pool.idleCount
      reject(new Error(`PostgreSQL pool of ${database} did not end within ${limitMs} ms: ${checkedOut} connection(s) checked out and never released (a leak)`))
    }, limitMs)
  })
  // A test may have ended the pool itself (readiness: the database gone): then wait for that end to complete.
  const ended = pool.ending
    ? (async () => {
        while (!pool.ended) await new Promise((resolve) => setTimeout(resolve, 20))
      })()
    : pool.end()
  try {
    await Promise.race([ended, tooLong])
  } finally {
    clearTimeout(timer)
  }
}

export const postgresPayload = async (): Promise<TestPayload & { database: string }> => {
  const database = `toolbox_test_${randomBytes(6).toString('hex')}`
  await onPostgresServer(`CREATE DATABASE ${database}`)
  const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-pg-'))
  const key = `${postgresServerUrl}/${database}`
  const payload = await boot(key, dir)
  return {
    payload,
    dir,
    key,
    database,
    close: async () => {
      await payload.destroy()
      // payload.destroy() leaves the adapter's pool open: end it ourselves, or DROP … WITH (FORCE) kills its
      // idle connections mid-flight.
      const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
      let leak: unknown
      try {
        if (pool) await endPool(pool, database)
      } catch (error) {
        leak = error
      }
      // The database is dropped either way (FORCE ends a leaked connection), then the failure is reported.
      await onPostgresServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      rmSync(dir, { recursive: true, force: true })
      if (leak) throw leak
    },
  }
}

/**
 * A fresh Payload for the enclosing file or describe block: registers the hooks that start it (`start`, e.g.
 * sqlitePayload) before the tests and close it after them. `payload` is there from the first beforeAll on, so a
 * beforeAll registered after this call can use it to add the test's own data.
 */
export const usePayload = (start: () => Promise<TestPayload>): { readonly payload: Payload } => {
  let test: TestPayload | undefined
  beforeAll(async () => {
    test = await start()
  })
  afterAll(async () => {
    await test?.close()
  })
  return {
    get payload() {
      if (!test) throw new Error('Payload starts in beforeAll: use it inside hooks and tests.')
      return test.payload
    },
  }
}
