/**
 * Several instances, one cache: two app servers on loopback share one PostgreSQL database and one Redis (REDIS_URL,
 * cache-handler.mjs). An editor edits through the REST API of one; the other serves the page from the shared cache
 * before, and fresh within 5 seconds after — publishing, a draft that must not show, unpublishing (404) and
 * publishing again.
 */
import { randomBytes } from 'node:crypto'

import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appSecret, startApp, type RunningApp } from '@tests/support/app'
import { postgresPayload, type TestPayload } from '@tests/support/payload'

const redisURL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
// This run's own keys: other runs may share the Redis server.
const keyPrefix = `toolbox-test-${randomBytes(4).toString('hex')}:`
const editor = { email: 'redacteur@toolbox.test', password: 'redacteur-wachtwoord-123' }
const slug = 'gedeeld-thema'

let database: TestPayload
let one: RunningApp
let other: RunningApp
let token: string
let themeId: number

const page = async (app: RunningApp, path = `/themas/${slug}`) => {
  const response = await fetch(`${app.baseURL}${path}`)
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

/** Waits until `check` holds for the page on `app`; returns how long that took. Fails after 5 seconds. */
const freshWithin5s = async (app: RunningApp, check: (result: Awaited<ReturnType<typeof page>>) => boolean) => {
  const started = Date.now()
  await expect.poll(async () => check(await page(app)), { timeout: 5_000, interval: 100 }).toBe(true)
  return Date.now() - started
}

const edit = async (data: Record<string, unknown>, draft = false) => {
  const response = await fetch(`${one.baseURL}/api/themes/${themeId}${draft ? '?draft=true' : ''}`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  expect(response.status).toBe(200)
}

beforeAll(async () => {
  process.env.PAYLOAD_SECRET = appSecret
  // A fresh, migrated PostgreSQL database with one published theme (so the apps do not seed) and an editor.
  database = await postgresPayload()
  const { payload } = database
  await payload.create({ collection: 'users', data: { ...editor, email: 'beheerder@toolbox.test', name: 'Beheer', role: 'beheerder' } })
  await payload.create({ collection: 'users', data: { ...editor, name: 'Redactie', role: 'redacteur' } })
  themeId = (
    await payload.create({
      collection: 'themes',
      data: { title: 'Gedeeld thema', slug, summary: 'Eerste versie.', colour: 'rood', order: 1, _status: 'published' },
    })
  ).id
  const env = { REDIS_URL: redisURL, REDIS_KEY_PREFIX: keyPrefix }
  ;[one, other] = await Promise.all([
    startApp({ output: 'ignore', env: { ...env, DATABASE_URL: database.key, MEDIA_DIR: `${database.dir}/media` } }),
    startApp({ output: 'ignore', env: { ...env, DATABASE_URL: database.key, MEDIA_DIR: `${database.dir}/media` } }),
  ])
  const login = await fetch(`${one.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editor),
  })
  token = ((await login.json()) as { token: string }).token
}, 240_000)

afterAll(async () => {
  await Promise.all([one?.stop(), other?.stop()])
  const redis = createClient({ url: redisURL })
  await redis.connect()
  for await (const keys of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) if (keys.length > 0) await redis.unlink(keys)
  await redis.quit()
  await database?.close()
}, 60_000)

describe('two instances, one PostgreSQL, one Redis', () => {
  it('serves a page rendered by one instance from the shared cache on the other', async () => {
    const first = await page(one)
    expect(first.status).toBe(200)
    expect(first.html).toContain('Eerste versie.')
    // The other instance has never rendered it: it finds it in Redis.
    const second = await page(other)
    expect(second.html).toContain('Eerste versie.')
    expect(second.cache).toBe('HIT')
  })

  it('shows an edit made through one instance on the other within 5 seconds; a draft never', async () => {
    await edit({ summary: 'Een concept dat nog niet af is.' }, true)
    await edit({ summary: 'Tweede versie, gepubliceerd.', _status: 'published' })
    const took = await freshWithin5s(other, ({ html }) => html.includes('Tweede versie, gepubliceerd.'))
    console.info(`Fresh on the other instance after ${took} ms`)
    expect((await page(other)).html).not.toContain('Een concept dat nog niet af is.')
    expect((await page(one)).html).toContain('Tweede versie, gepubliceerd.')
    // And cached again once fresh.
    expect((await page(other)).cache).toBe('HIT')
  })

  it('answers 404 on the other instance once the theme is unpublished, and the page again once it is republished', async () => {
    await edit({ _status: 'draft' })
    await freshWithin5s(other, ({ status }) => status === 404)
    expect((await page(one)).status).toBe(404)
    await edit({ summary: 'Derde versie, terug online.', _status: 'published' })
    await freshWithin5s(other, ({ status, html }) => status === 200 && html.includes('Derde versie, terug online.'))
  })

  it('shows a change on the home page, the sitemap and the contribution form of the other instance too', async () => {
    await page(other, '/')
    // The form's topic list is cached data under the same tag (app/(frontend)/bijdragen).
    expect((await page(other, '/bijdragen')).html).toContain('label="Gedeeld thema"')
    await edit({ title: 'Gedeeld thema, hernoemd', _status: 'published' })
    await expect
      .poll(async () => (await page(other, '/')).html.includes('Gedeeld thema, hernoemd'), { timeout: 5_000, interval: 100 })
      .toBe(true)
    expect(await (await fetch(`${other.baseURL}/sitemap.xml`)).text()).toContain(`${other.baseURL}/themas/${slug}</loc>`)
    await expect
      .poll(async () => (await page(other, '/bijdragen')).html.includes('label="Gedeeld thema, hernoemd"'), { timeout: 5_000, interval: 100 })
      .toBe(true)
  })
})
