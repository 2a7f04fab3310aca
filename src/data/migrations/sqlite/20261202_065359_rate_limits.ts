import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The rate limits' shared counters (src/data/rateLimits/store.ts; not a Payload collection). Payload's per-account
 * lock is off, so `users.login_attempts` and `users.lock_until` are no longer used; they stay for now, so instances
 * of the previous release keep working during a rolling upgrade — drop them in a later release's migration.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`rate_limits\` (
  	\`key\` text PRIMARY KEY NOT NULL,
  	\`points\` integer NOT NULL,
  	\`expire\` integer
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`rate_limits\`;`)
}
