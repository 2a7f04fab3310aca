/**
 * Brings the database up to date before the server takes requests: applies the committed migrations of the
 * configured adapter, then fills a fresh (empty) database with the seed content. Called from
 * src/instrumentation.ts when the Next.js server starts, so `next start` alone yields a working site.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { usesPostgres } from '@/data/database'
import { migrations as postgresMigrations } from '@/data/migrations/postgres'
import { migrations as sqliteMigrations } from '@/data/migrations/sqlite'
import { isEmpty, seed } from '@/data/seed/seed'

export const prepareDatabase = async () => {
  const payload = await getPayload({ config })
  // The committed list, passed explicitly: production never derives tables from the schema.
  await payload.db.migrate({ migrations: (usesPostgres() ? postgresMigrations : sqliteMigrations) as never })
  if (await isEmpty(payload)) {
    const { created } = await seed(payload)
    payload.logger.info(`Seed: a fresh database was filled: ${JSON.stringify(created)}`)
  }
}
