/**
 * The readiness check behind /readyz on a real SQLite database: ready when every committed migration is applied,
 * not ready when one is missing from the migrations table (a database behind the code). PostgreSQL, and a database
 * that is gone: readiness.postgres.integration.test.ts (one database per file: the config reads DATABASE_URL once).
 */
import { describe, expect, it } from 'vitest'

import { migrations as sqliteMigrations } from './migrations/sqlite'
import { checkReadiness } from './readiness'
import { sqlitePayload, usePayload } from '@tests/support/payload'

describe('readiness on SQLite', () => {
  const test = usePayload(sqlitePayload)

  it('is ready when the committed migrations are applied, and names the missing one when the table lacks it', async () => {
    const { payload } = test
    expect(await checkReadiness(payload, sqliteMigrations)).toEqual({ ready: true, migrations: sqliteMigrations.length })

    const last = sqliteMigrations.at(-1)!.name
    await payload.delete({ collection: 'payload-migrations', where: { name: { equals: last } } })
    expect(await checkReadiness(payload, sqliteMigrations)).toEqual({ ready: false, reason: 'migrations pending', pending: [last] })
  })

  it('does not count migrations the database has beyond the code as a problem (a rolling upgrade)', async () => {
    expect(await checkReadiness(test.payload, sqliteMigrations.slice(0, 1))).toMatchObject({ ready: true })
  })
})
