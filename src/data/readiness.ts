/**
 * Is this instance fit to take traffic? The database answers, and every committed migration of the configured
 * adapter is recorded in its `payload-migrations` table. Used by `/readyz` (load balancers, orchestrators); a
 * database that is behind (a newer release not yet migrated, a restored old backup) or gone is "not ready".
 * Migrations the database has and this code does not know (a newer release already migrated it) do not make an
 * instance unready: during a rolling upgrade the old instances keep serving until they are replaced.
 */
import type { Payload } from 'payload'

import { committedMigrations } from './migrations/committed'

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: 'database unreachable' }
  | { ready: false; reason: 'migrations pending'; pending: string[] }

/** A hanging database must not hang the probe: past this, the answer is "unreachable". */
const TIMEOUT_MS = 3000

const withTimeout = <T>(work: Promise<T>, ms: number) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    work.then(resolve, reject).finally(() => clearTimeout(timer))
  })

export const checkReadiness = async (
  payload: Payload,
  committed: readonly { name: string }[] = committedMigrations(),
  timeoutMs = TIMEOUT_MS,
): Promise<Readiness> => {
  let applied: Set<string>
  try {
    const { docs } = await withTimeout(
      payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true } }),
      timeoutMs,
    )
    applied = new Set(docs.map((doc) => String(doc.name)))
  } catch (error) {
    payload.logger.warn({ err: error }, 'Readiness: the database did not answer')
    return { ready: false, reason: 'database unreachable' }
  }
  const pending = committed.map((m) => m.name).filter((name) => !applied.has(name))
  if (pending.length > 0) return { ready: false, reason: 'migrations pending', pending }
  return { ready: true, migrations: committed.length }
}
