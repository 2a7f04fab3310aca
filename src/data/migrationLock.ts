/**
 * Rolling starts: several instances on one PostgreSQL database may start at the same moment, and each migrates
 * and seeds an empty database as it starts (tasks/prepareDatabase.ts). A session-level advisory lock, held on
 * one connection of the adapter's own pool, lets one instance do that work while the others wait, then find
 * nothing left to do. SQLite is one file on one machine and needs no lock (its own file lock orders writers).
 *
 * The others wait by trying the lock every half second until the step's deadline (prepareDeadline.ts), not in a
 * blocking pg_advisory_lock: a waiter then gives up on its own, releases its connection, and the message says who
 * holds the lock. The lock is held on its own connection, so the work's transactions never wait for it.
 */
import type { Pool, PoolClient } from 'pg'
import type { Payload } from 'payload'

import { MIGRATION_LOCK_KEY, prepareTimedOut, type PrepareProgress } from './prepareDeadline'

export { MIGRATION_LOCK_KEY }

const retryMs = 500

const tryLock = async (session: PoolClient): Promise<boolean> => {
  const { rows } = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [MIGRATION_LOCK_KEY])
  return rows[0]?.locked === true
}

export const withMigrationLock = async <T>(payload: Payload, progress: PrepareProgress, work: () => Promise<T>): Promise<T> => {
  if (payload.db.name !== 'postgres') return work()
  const pool = (payload.db as unknown as { pool: Pool }).pool
  progress.stage = 'taking a connection for the migration lock'
  const session = await pool.connect()
  try {
    progress.stage = 'taking the migration lock'
    if (!(await tryLock(session))) {
      payload.logger.info('Migrations: another instance is migrating this database; waiting for it to finish.')
      progress.stage = "waiting for the migration lock another process holds (it migrates or seeds this database; see holds_migration_lock)"
      do {
        if (Date.now() >= progress.deadline) throw await prepareTimedOut(progress)
        await new Promise((resolve) => setTimeout(resolve, retryMs))
      } while (!(await tryLock(session)))
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
