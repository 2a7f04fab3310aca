import type { Payload } from 'payload'

/**
 * Closes the database connections for good, at shutdown. `payload.destroy()` stops Payload's jobs and resets the
 * adapter but leaves the connections open: the PostgreSQL pool is ended here, and the SQLite client closed — the
 * last connection to close checkpoints the write-ahead log into the database file and removes it.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as { pool?: { end: () => Promise<void> }; client?: { close: () => void } }
  const { pool, client } = db
  await payload.destroy()
  await pool?.end()
  client?.close()
}
