import type { Pool } from 'pg'
import type { DatabaseAdapterObj } from 'payload'

type PostgresAdapter = { pool?: Pool; pg: { Pool: new (options: unknown) => Pool }; poolOptions: unknown; payload: { logger: { error: (o: object) => void } } }

/**
 * Payload 3.90.1's PostgreSQL adapter checks one client out of its pool while connecting and never gives it back
 * (`connectWithReconnect` in @payloadcms/db-postgres; fixed upstream by payloadcms/payload#17831). That pins one
 * connection per process for good, and `pool.end()` waits for it forever, so a clean shutdown (closeDatabase.ts)
 * hung. Here the pool is made and tried before Payload connects: Payload then uses it as it is, checks nothing out,
 * and `pool.end()` resolves. A failed try leaves the connecting to Payload (its message, its creation of a missing
 * database), which then finds the pool it made on the retry and holds nothing either.
 */
export const releasedConnectClient = <T extends DatabaseAdapterObj>(adapter: T): T => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const connect = db.connect!
    db.connect = async function (this: typeof db & PostgresAdapter, options) {
      if (!this.pool) {
        const pool = new this.pg.Pool(this.poolOptions)
        // Payload listened on its pinned client only; an idle client's failure without a listener would end the process.
        pool.on('error', (err) => this.payload.logger.error({ err, msg: 'PostgreSQL: a pooled connection failed' }))
        try {
          ;(await pool.connect()).release()
          this.pool = pool
        } catch {
          await pool.end().catch(() => undefined)
        }
      }
      return connect.call(this, options)
    }
    return db
  },
})
