/**
 * The PostgreSQL tests' teardown (tests/support/payload.ts, endPool) fails loudly on a leaked connection instead of
 * timing out quietly, and still ends a pool whose connections were all given back: on a real server, with a pool of
 * its own on the `test` database.
 */
import pg from 'pg'
import { expect, it } from 'vitest'

import { endPool, postgresServerUrl } from '@tests/support/payload'

const pool = () => new pg.Pool({ connectionString: `${postgresServerUrl}/test`, max: 2 })

it('ends a pool whose connections were all given back', async () => {
  const clean = pool()
  const client = await clean.connect()
  await client.query('SELECT 1')
  client.release()
  await expect(endPool(clean, 'test', 5_000)).resolves.toBeUndefined()
  // A pool a test already ended (as the readiness test does) is waited for, not ended twice.
  const endedByTest = pool()
  ;(await endedByTest.connect()).release()
  void endedByTest.end()
  await expect(endPool(endedByTest, 'test', 5_000)).resolves.toBeUndefined()
  expect(endedByTest.ended).toBe(true)
})

it('fails, naming the leak, when a connection is never given back', async () => {
  const leaky = pool()
  const client = await leaky.connect()
  await expect(endPool(leaky, 'test', 300)).rejects.toThrow('PostgreSQL pool of test did not end within 300 ms: 1 connection(s) checked out and never released (a leak)')
  // Given back now: the end already under way completes.
  client.release()
  await expect(endPool(leaky, 'test', 5_000)).resolves.toBeUndefined()
})
