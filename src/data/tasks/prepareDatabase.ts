/**
 * Brings the database up to date before the server takes requests: applies the committed migrations of the
 * configured adapter, then fills a fresh (empty) database with the seed content. Called from
 * src/instrumentation.ts when the Next.js server starts, so `next start` alone yields a working site. On
 * PostgreSQL both happen under an advisory lock, so instances starting together migrate and seed only once.
 * The whole step has a deadline (DATABASE_PREPARE_TIMEOUT_SECONDS, data/prepareDeadline.ts): past it the server
 * does not start, with a message that says what it was waiting for.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { committedMigrations } from '@/data/migrations/committed'
import { withMigrationLock } from '@/data/migrationLock'
import { withPrepareDeadline, type PrepareProgress } from '@/data/prepareDeadline'
import { isEmpty, seed } from '@/data/seed/seed'

/** The committed list, passed explicitly: production never derives tables from the schema. */
export const migrate = (payload: Payload, progress: PrepareProgress) =>
  withMigrationLock(payload, progress, async () => {
    progress.stage = 'applying the migrations'
    await payload.db.migrate({ migrations: committedMigrations() as never })
  })

export const migrateAndSeed = (payload: Payload, progress: PrepareProgress) =>
  withMigrationLock(payload, progress, async () => {
    progress.stage = 'applying the migrations'
    await payload.db.migrate({ migrations: committedMigrations() as never })
    progress.stage = 'seeding an empty database'
    if (await isEmpty(payload)) {
      const { created } = await seed(payload)
      payload.logger.info(`Seed: a fresh database was filled: ${JSON.stringify(created)}`)
    }
  })

/** Migrates and seeds the app's Payload instance, and returns it. */
export const prepareDatabase = (): Promise<Payload> =>
  withPrepareDeadline(async (progress) => {
    const payload = await getPayload({ config })
    await migrateAndSeed(payload, progress)
    return payload
  })
