/** `npm run migrate`: applies the committed migrations of the configured database (never pushes a schema). */
import { usesPostgres } from '@/data/database'
import { migrations as postgresMigrations } from '@/data/migrations/postgres'
import { migrations as sqliteMigrations } from '@/data/migrations/sqlite'
import { runTask } from './runTask'

await runTask('migrate', async (payload) => {
  await payload.db.migrate({ migrations: (usesPostgres() ? postgresMigrations : sqliteMigrations) as never })
})
