/**
 * `npm run migrate`: applies the committed migrations of the configured database (never pushes a schema), under
 * the same PostgreSQL advisory lock as the server's start-up (src/data/migrationLock.ts).
 */
import { committedMigrations } from '@/data/migrations/committed'
import { withMigrationLock } from '@/data/migrationLock'
import { runTask } from './runTask'

await runTask('migrate', async (payload) => {
  await withMigrationLock(payload, () => payload.db.migrate({ migrations: committedMigrations() as never }))
})
