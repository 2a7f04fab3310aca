/**
 * `npm run migrate`: applies the committed migrations of the configured database (never pushes a schema), under
 * the same PostgreSQL advisory lock as the server's start-up (src/data/migrationLock.ts).
 * `npm run migrate -- --seed-if-empty` does exactly what the server does as it starts: migrate, then seed an
 * empty database — for deployments that prepare the database in a step of their own.
 */
import { committedMigrations } from '@/data/migrations/committed'
import { withMigrationLock } from '@/data/migrationLock'
import { migrateAndSeed } from './prepareDatabase'
import { runTask } from './runTask'

await runTask('migrate', async (payload) => {
  if (process.argv.includes('--seed-if-empty')) return migrateAndSeed(payload)
  await withMigrationLock(payload, () => payload.db.migrate({ migrations: committedMigrations() as never }))
})
