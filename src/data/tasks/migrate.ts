/**
 * `npm run migrate`: applies the committed migrations of the configured database (never pushes a schema), under
 * the same PostgreSQL advisory lock and deadline as the server's start-up (src/data/migrationLock.ts,
 * src/data/prepareDeadline.ts). `npm run migrate -- --seed-if-empty` does exactly what the server does as it
 * starts: migrate, then seed an empty database — for deployments that prepare the database in a step of their own.
 */
import { withPrepareDeadline } from '@/data/prepareDeadline'
import { migrate, migrateAndSeed } from './prepareDatabase'
import { runTask } from './runTask'

await runTask('migrate', (payload) =>
  withPrepareDeadline((progress) => (process.argv.includes('--seed-if-empty') ? migrateAndSeed(payload, progress) : migrate(payload, progress))),
)
