/**
 * Preparing the database (connect, take the migration lock, migrate, seed) as the server starts or `npm run migrate`
 * runs must end, one way or the other: an instance that waits for ever for another's migration lock, for a pooled
 * connection or for a table lock looks alive and serves nothing, and a CI run that waits for ever blocks every change.
 * So the step has a deadline, DATABASE_PREPARE_TIMEOUT_SECONDS (default 600: migrating and seeding an empty database
 * takes seconds, half a minute on a busy machine). When it passes, the step fails with what it was doing and, on
 * PostgreSQL, what every session on the database was doing (who holds the migration lock, who waits for whom); the
 * server then does not start, the task exits with 1. Nothing is left half done: each migration is one transaction,
 * and the seed only adds what is missing.
 */
import pg from 'pg'

import { databaseUrl, usesPostgres } from './database'

export const defaultPrepareTimeoutSeconds = 600

export const prepareTimeoutSeconds = (): number => {
  const value = Number(process.env.DATABASE_PREPARE_TIMEOUT_SECONDS)
  return Number.isFinite(value) && value > 0 ? value : defaultPrepareTimeoutSeconds
}

/** What the step is doing (for the message), and when it must be done (epoch ms) after how many seconds. */
export interface PrepareProgress {
  stage: string
  deadline: number
  seconds: number
}

export class PrepareTimedOut extends Error {
  override name = 'PrepareTimedOut'
}

/** The migration lock's key: any fixed 64-bit number no other tool on the same database uses ("Toolbox" in ASCII). */
export const MIGRATION_LOCK_KEY = '23766422394138488'

/** Every other session on the configured PostgreSQL database, one line each; never throws, never waits long. */
export const describeSessions = async (): Promise<string> => {
  if (!usesPostgres()) return ''
  const client = new pg.Client({
    connectionString: databaseUrl(),
    application_name: 'toolbox-schooluitval: sessions report',
    connectionTimeoutMillis: 5_000,
    query_timeout: 5_000,
  })
  try {
    await client.connect()
    const { rows } = await client.query<Record<string, unknown>>(
      `SELECT a.pid, a.application_name, a.client_addr::text AS client, a.state, a.wait_event_type, a.wait_event,
              extract(epoch FROM now() - a.xact_start)::int AS transaction_seconds, pg_blocking_pids(a.pid) AS blocked_by,
              EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted AND l.locktype = 'advisory'
                        AND l.classid::bigint = ($1::bigint >> 32) AND l.objid::bigint = ($1::bigint & 4294967295)
                        AND l.objsubid = 1) AS holds_migration_lock,
              left(regexp_replace(a.query, '\\s+', ' ', 'g'), 160) AS query
         FROM pg_stat_activity a
        WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend'
        ORDER BY a.backend_start`,
      [MIGRATION_LOCK_KEY],
    )
    if (rows.length === 0) return '\nNo other session is connected to the database.'
    return `\nSessions on the database:\n${rows.map((row) => `  ${JSON.stringify(row)}`).join('\n')}`
  } catch (error) {
    return `\n(The database's sessions could not be listed: ${error instanceof Error ? error.message : String(error)})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** The failure when the deadline has passed: what the step was doing, and the database's sessions. */
export const prepareTimedOut = async (progress: PrepareProgress): Promise<PrepareTimedOut> => {
  const stage = progress.stage
  return new PrepareTimedOut(
    `Preparing the database did not finish within ${progress.seconds} s (DATABASE_PREPARE_TIMEOUT_SECONDS) while ${stage}.${await describeSessions()}`,
  )
}

/**
 * Runs the step; rejects with PrepareTimedOut if it has not settled by the deadline. The step keeps running until the
 * process exits (the server does not start, the task exits), which ends its connections and with them any transaction
 * and lock.
 */
export const withPrepareDeadline = async <T>(
  step: (progress: PrepareProgress) => Promise<T>,
  seconds = prepareTimeoutSeconds(),
): Promise<T> => {
  const progress: PrepareProgress = { stage: 'connecting to the database', deadline: Date.now() + seconds * 1000, seconds }
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => void prepareTimedOut(progress).then(reject), seconds * 1000)
  })
  try {
    return await Promise.race([step(progress), timedOut])
  } finally {
    clearTimeout(timer)
  }
}
