/**
 * Where the rate limits keep their counts: the site's own database, so every instance on it shares them.
 *
 * Why `rate-limiter-flexible`: it is the kept, widely used Node library for counters with windows, block times and
 * Retry-After figures, and its `RateLimiterDrizzle` store speaks to the very Drizzle connection Payload already holds,
 * on SQLite and PostgreSQL alike, with one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING` per hit — so parallel
 * requests cannot slip between a read and a write. Why the database and not Redis: the site runs with SQLite and
 * nothing else, and several instances already share one PostgreSQL database; a Redis would be one more service to
 * run for a few hits a minute. The table `rate_limits` comes from the committed migrations (src/data/migrations).
 *
 * On SQLite every write must take its turn in the process's one-writer queue (oneWriterAtATime.ts): a write on
 * another connection while a Payload transaction holds the lock would block the event loop that transaction needs.
 * So there a hit runs inside a transaction Payload begins, which waits its turn like any save.
 */
import type { BaseDatabaseAdapter, Payload } from 'payload'
import { RateLimiterDrizzle, RateLimiterMemory } from 'rate-limiter-flexible'
import { integer as sqliteInteger, sqliteTable, text as sqliteText } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { integer as pgInteger, pgTable, text as pgText, timestamp } from '@payloadcms/db-postgres/drizzle/pg-core'

export const rateLimitTable = 'rate_limits'

const sqliteSchema = sqliteTable(rateLimitTable, {
  key: sqliteText('key').primaryKey(),
  points: sqliteInteger('points').notNull(),
  expire: sqliteInteger('expire', { mode: 'timestamp_ms' }),
})

const postgresSchema = pgTable(rateLimitTable, {
  key: pgText('key').primaryKey(),
  points: pgInteger('points').notNull(),
  expire: timestamp('expire', { withTimezone: true, mode: 'date' }),
})

type Drizzle = Record<string, (...args: unknown[]) => unknown>
type Adapter = BaseDatabaseAdapter & { name: string; drizzle: Drizzle; sessions: Record<string, { db: Drizzle }> }

/**
 * A Drizzle-like client whose writes each run in a transaction Payload begins (and so queues): the query's chain of
 * calls is recorded, then replayed on the transaction when it is awaited.
 */
const queuedWrites = (db: Adapter): Drizzle => {
  const write =
    (method: string) =>
    (...start: unknown[]) => {
      const calls: [string, unknown[]][] = [[method, start]]
      const run = async () => {
        const id = await db.beginTransaction()
        if (id === null) throw new Error('The rate limits need database transactions.')
        try {
          const query = calls.reduce<unknown>((built, [name, args]) => (built as Drizzle)[name](...args), db.sessions[String(id)].db)
          const result = await query
          await db.commitTransaction(id)
          return result
        } catch (error) {
          await db.rollbackTransaction(id)
          throw error
        }
      }
      const chain: unknown = new Proxy(
        {},
        {
          get: (_, name) =>
            name === 'then'
              ? (resolve: (value: unknown) => unknown, reject: (error: unknown) => unknown) => run().then(resolve, reject)
              : (...args: unknown[]) => {
                  calls.push([String(name), args])
                  return chain
                },
        },
      )
      return chain
    }
  return { insert: write('insert'), delete: write('delete'), select: (...args) => db.drizzle.select(...args) }
}

export interface LimitOptions {
  /** Names the counter: keys of different limits never meet. */
  name: string
  /** Hits allowed per window. */
  points: number
  /** The window, in seconds. */
  duration: number
}

/**
 * A limiter on the database of this Payload. Should the database fail, a count in this process's memory stands in
 * (the library's insurance limiter), so a hiccup neither lets a flood through nor turns every request into an error.
 */
export const databaseLimiter = (payload: Payload, { name, points, duration }: LimitOptions) => {
  const db = payload.db as unknown as Adapter
  const postgres = db.name === 'postgres'
  return new RateLimiterDrizzle({
    keyPrefix: name,
    points,
    duration,
    storeClient: postgres ? db.drizzle : queuedWrites(db),
    schema: postgres ? postgresSchema : sqliteSchema,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
  })
}
