import type { Payload } from 'payload'

/**
 * Closes the database connections for good, at shutdown. `payload.destroy()` stops Payload's jobs and resets the
 * adapter but leaves the connections open: the PostgreSQL pool is ended here, and the SQLite client closed after a
 * checkpoint that folds the write-ahead log into the database file and empties it — after a clean stop the
 * database file alone holds everything. (libsql leaves the connections its transactions used open until they are
 * collected, so the log file itself may stay behind, empty.)
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as {
    pool?: { end: () => Promise<void> }
    client?: { execute: (sql: string) => Promise<unknown>; close: () => void }
  }
  const { pool, client } = db
  await payload.destroy()
  await pool?.end()
  if (client) {
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    client.close()
  }
}
