/**
 * A crash in the middle of saving loses nothing that was confirmed (issue 14): the built app on SQLite is killed
 * with SIGKILL (no shutdown, no chance to flush) during a burst of writes through the REST API, then started again
 * on the same files. Every write that got its 201 is there, the database passes `PRAGMA integrity_check`, and the
 * restarted app answers /readyz.
 */
import { once } from 'node:events'

import { createClient } from '@libsql/client'
import { afterAll, expect, it } from 'vitest'

import { startApp, type RunningApp } from '@tests/support/app'

const apps: RunningApp[] = []
afterAll(async () => {
  // The restarted app first: stopping the killed one removes the folder both use.
  for (const app of apps.reverse()) await app.stop()
})

const json = async (baseURL: string, path: string, body: unknown, token?: string) =>
  fetch(`${baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })

it('keeps every acknowledged write through a SIGKILL, with an intact database', { timeout: 240_000 }, async () => {
  const app = await startApp({ output: 'ignore' })
  apps.push(app)
  const account = { email: 'crash@toolbox.test', password: 'een-lang-wachtwoord', name: 'Crash' }
  expect((await json(app.baseURL, '/api/users/first-register', account)).status).toBeLessThan(300)
  const { token } = (await (await json(app.baseURL, '/api/users/login', account)).json()) as { token: string }

  const acknowledged: number[] = []
  let sent = 0
  let killed = false
  const writer = async () => {
    while (!killed) {
      const title = `Na de crash ${sent++}`
      try {
        const response = await json(app.baseURL, '/api/categories', { title }, token)
        if (response.status === 201) acknowledged.push(((await response.json()) as { doc: { id: number } }).doc.id)
      } catch {
        // The server died under this request: unconfirmed, so it may or may not be there.
      }
    }
  }
  const writers = Array.from({ length: 6 }, writer)
  // Kill while writes are in flight: after a good number of confirmations, never between bursts.
  await expect.poll(() => acknowledged.length, { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(60)
  app.server.kill('SIGKILL')
  killed = true
  await Promise.all(writers)
  if (app.server.exitCode === null && app.server.signalCode === null) await once(app.server, 'exit')
  expect(sent).toBeGreaterThan(acknowledged.length)

  const restarted = await startApp({ output: 'ignore', shareWith: app })
  apps.push(restarted)
  expect((await fetch(`${restarted.baseURL}/readyz`)).status).toBe(200)
  const db = createClient({ url: app.databaseURL })
  try {
    const rows = await db.execute('SELECT id FROM categories')
    const present = new Set(rows.rows.map((row) => Number(row.id)))
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([])
    const check = await db.execute('PRAGMA integrity_check')
    expect(check.rows.map((row) => Object.values(row)[0])).toEqual(['ok'])
  } finally {
    db.close()
  }
})
