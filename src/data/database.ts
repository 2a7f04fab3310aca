import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { oneWriterAtATime } from './oneWriterAtATime'
import { releasedConnectClient } from './postgresPool'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The default database: one SQLite file in ./data, nothing to install or start. */
export const defaultDatabaseUrl = `file:${path.join(process.cwd(), 'data', 'toolbox.db')}`

export const databaseUrl = (): string => process.env.DATABASE_URL || defaultDatabaseUrl

export const usesPostgres = (url = databaseUrl()): boolean => /^postgres(ql)?:\/\//.test(url)

/**
 * SQLite by default, PostgreSQL when DATABASE_URL says so — the same collections through either adapter.
 * Tables are never pushed from the schema: both use the committed migrations, in dev as in production.
 */
export const databaseAdapter = () => {
  const url = databaseUrl()
  if (usesPostgres(url)) {
    return releasedConnectClient(
      postgresAdapter({
        // Named, so that pg_stat_activity (and the report when start-up's deadline passes) tells the app's sessions apart.
        pool: { connectionString: url, application_name: 'toolbox-schooluitval' },
        migrationDir: path.resolve(dirname, 'migrations/postgres'),
        push: false,
      }),
    )
  }
  return oneWriterAtATime(
    sqliteAdapter({
      client: { url },
      // Wait for another connection's lock (another process writing: a task, a restore) instead of failing the save.
      busyTimeout: 10_000,
      // Write-ahead log: readers and the one writer no longer block each other. A page is read while a save commits,
      // and `npm run backup` (VACUUM INTO, one long read transaction) makes no save wait however large the database;
      // in the default rollback journal a writer must wait for every reader to finish. WAL is a property of the file
      // (set once, kept). FULL: every commit is on disk before it is acknowledged, so a crash or power cut loses no
      // acknowledged save. One machine only (WAL needs shared memory): several machines use PostgreSQL.
      wal: { synchronous: 'FULL' },
      migrationDir: path.resolve(dirname, 'migrations/sqlite'),
      push: false,
      // Transactions, as on PostgreSQL: a write that fails halfway leaves nothing behind. (Without this option the
      // SQLite adapter runs every statement on its own.) libsql begins each one IMMEDIATE, taking the write lock
      // before any work, so a transaction never fails halfway for want of the lock; oneWriterAtATime queues them.
      transactionOptions: { behavior: 'immediate' },
    }),
  )
}
