/**
 * Brings the database up to date before the server takes requests: applies the committed migrations of the
 * configured adapter, then fills a fresh (empty) database with the seed content. Called from
 * src/instrumentation.ts when the Next.js server starts, so `next start` alone yields a working site. On
 * PostgreSQL both happen under an advisory lock, so instances starting together migrate and seed only once.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { committedMigrations } from '@/data/migrations/committed'
import { withMigrationLock } from '@/data/migrationLock'
import { isEmpty, seed } from '@/data/seed/seed'

export const migrateAndSeed = (payload: Payload) =>
  withMigrationLock(payload, async () => {
    // The committed list, passed explicitly: production never derives tables from the schema.
    await payload.db.migrate({ migrations: committedMigrations() as never })
    if (await isEmpty(payload)) {
      const { created } = await seed(payload)
      payload.logger.info(`Seed: a fresh database was filled: ${JSON.stringify(created)}`)
    }
  })

/** Migrates and seeds the app's Payload instance, and returns it. */
export const prepareDatabase = async (): Promise<Payload> => {
  const payload = await getPayload({ config })
  await migrateAndSeed(payload)
  return payload
}
