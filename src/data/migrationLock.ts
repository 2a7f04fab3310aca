/**
 * Rolling starts: several instances on one PostgreSQL database may start at the same moment, and each migrates
 * and seeds an empty database as it starts (tasks/prepareDatabase.ts). A session-level advisory lock, held on
 * one connection of the adapter's own pool, lets one instance do that work while the others wait, then find
 * nothing left to do. SQLite is one file on one machine and needs no lock (its own file lock orders writers).
 */
import type { Pool } from 'pg'
import type { Payload } from 'payload'

/** The lock's key: any fixed 64-bit number no other tool on the same database uses ("Toolbox" in ASCII). */
export const MIGRATION_LOCK_KEY = '23766422394138488'

export const withMigrationLock = async <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  if (payload.db.name !== 'postgres') return work()
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const session = await pool.connect()
  try {
    const { rows } = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
      MIGRATION_LOCK_KEY,
    ])
    if (!rows[0]?.locked) {
      payload.logger.info('Migrations: another instance is migrating this database; waiting for it to finish.')
      await session.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY])
    }
    try {
      return await work()
    } finally {
      await session.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY])
    }
  } finally {
    session.release()
  }
}
