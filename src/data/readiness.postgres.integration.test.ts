/**
 * The readiness check behind /readyz on a real PostgreSQL database: ready once migrated, "database unreachable"
 * once the adapter's connections are gone.
 */
import type pg from 'pg'
import { describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from './migrations/postgres'
import { checkReadiness } from './readiness'
import { postgresPayload, usePayload } from '@tests/support/payload'

describe('readiness on PostgreSQL', () => {
  const test = usePayload(postgresPayload)

  it('is ready on a migrated database and answers "database unreachable" once its connections are gone', async () => {
    const { payload } = test
    expect(await checkReadiness(payload, postgresMigrations)).toEqual({ ready: true, migrations: postgresMigrations.length })

    // The adapter's pool closed: every query now fails as it would with the server gone. (Dropping the database
    // instead kills a connection the adapter keeps checked out, which surfaces as an unhandled error in the test.)
    void (payload.db as unknown as { pool: pg.Pool }).pool.end().catch(() => undefined)
    expect(await checkReadiness(payload, postgresMigrations)).toEqual({ ready: false, reason: 'database unreachable' })
  })
})
