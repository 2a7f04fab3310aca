/**
 * The Cache-Control the app sends (scripts/server/cachePolicy.mjs, issue 11), so that nginx and a CDN keep public pages a
 * few seconds and never keep anything private: public pages, lists, search, the sitemap and Next.js's own files are
 * shared-cacheable for a short while; the admin, the API, health checks, writes, signed-in and draft-mode requests,
 * unknown addresses and refused requests never are. The signed-in editor is a real account, logged in through the
 * app's REST API.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { useAppPayload } from '@tests/support/appPayload'
import { rawRequest } from '@tests/support/rawHttp'

const baseURL = inject('baseURL')
const app = useAppPayload('cache-control')
const account = { email: 'cache-control-redactie@toolbox.test', password: 'Een-sterk-wachtwoord-2026', name: 'Redactie cache' }
let userId: number | undefined
let session = ''
let token = ''

/** The defaults (PAGE_CACHE_SECONDS=5, PAGE_STALE_SECONDS=55): the app in the e2e set-up runs without them. */
const publicPolicy = 'public, max-age=0, s-maxage=5, stale-while-revalidate=55, stale-if-error=86400'
/** Not storable by any cache: no-store, and nothing that would let a shared cache keep it. */
const neverStored = (header: unknown, what: string) => {
  expect(header, what).toMatch(/\bno-store\b/)
  expect(header, what).not.toMatch(/public|s-maxage|stale/)
}

beforeAll(async () => {
  // Removed again after the test: if it is the first account (made a beheerder), the admin journey's own
  // first-account form comes back.
  userId = (await app.payload.create({ collection: 'users', data: { ...account, role: 'redacteur' } })).id
  const login = await rawRequest(baseURL, 'POST', '/api/users/login', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  expect(login.status).toBe(200)
  token = (JSON.parse(login.body) as { token: string }).token
  session = ([login.headers['set-cookie']].flat().find((cookie) => cookie?.startsWith('payload-token=')) ?? '').split(';')[0]!
  expect(session).toMatch(/^payload-token=.+/)
})
afterAll(async () => {
  if (userId !== undefined) await app.payload.delete({ collection: 'users', id: userId }).catch(() => undefined)
})

const publicTargets = [
  '/',
  '/?thema=risicofactoren&weergave=lijst',
  '/themas/risicofactoren',
  '/themas/risicofactoren/afwezigheden',
  '/materialen?q=afwezigheid',
  '/goede-praktijken',
  '/partners',
  '/zoeken?q=spijbelen',
  '/privacy',
  '/vroegdetectie',
  '/sitemap.xml',
  '/robots.txt',
  '/opengraph.png',
]

describe.each(publicTargets)('public %s', (target) => {
  it('may be kept by a shared cache for a few seconds, revalidated by browsers', async () => {
    for (const method of ['GET', 'HEAD']) {
      const { status, headers } = await rawRequest(baseURL, method, target, { headers: { 'accept-encoding': 'gzip' } })
      expect(status, `${method} ${target}`).toBe(200)
      expect(headers['cache-control'], `${method} ${target}`).toBe(publicPolicy)
      expect(headers['set-cookie']).toBeUndefined()
    }
  })
})

describe('never stored', () => {
  it.each(['/admin', '/admin/login', '/api/themes', '/api/users/me', '/healthz', '/readyz'])('%s', async (target) => {
    const { status, headers } = await rawRequest(baseURL, 'GET', target)
    expect(status).toBeLessThan(500)
    neverStored(headers['cache-control'], target)
  })

  it('an unknown address: a 404 must not be kept as if it were a page', async () => {
    for (const target of ['/themas/risicofactoren/bestaat-niet', '/niet-gevonden', '/materialen/bestaat-niet']) {
      const { status, headers } = await rawRequest(baseURL, 'GET', target)
      expect(status, target).toBe(404)
      neverStored(headers['cache-control'], target)
    }
  })

  it('a POST to a page (refused) and to the contribution form (answered)', async () => {
    const refused = await rawRequest(baseURL, 'POST', '/themas/risicofactoren', { headers: { 'content-type': 'text/plain' }, body: 'x' })
    expect(refused.status).toBe(405)
    neverStored(refused.headers['cache-control'], 'POST to a page')
    const form = await rawRequest(baseURL, 'POST', '/bijdragen/verzenden', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'titel=',
    })
    expect(form.status).toBe(422)
    neverStored(form.headers['cache-control'], 'POST to the form')
  })

  it('a request refused before Next.js (TRACE)', async () => {
    const { status, headers } = await rawRequest(baseURL, 'TRACE', '/')
    expect(status).toBe(405)
    expect(headers['cache-control']).toBe('no-store')
  })

  it('a public page asked for by a signed-in editor, by cookie or by token, or in draft mode', async () => {
    const asks: Record<string, string>[] = [{ cookie: `theme=dark; ${session}` }, { authorization: `JWT ${token}` }, { cookie: '__prerender_bypass=1' }]
    for (const headers of asks) {
      const response = await rawRequest(baseURL, 'GET', '/themas/risicofactoren/afwezigheden', { headers })
      expect(response.status).toBe(200)
      neverStored(response.headers['cache-control'], JSON.stringify(headers))
    }
    // The session is real: the API knows who asks (a browser says the request is its own site's; Payload's CSRF check).
    const me = await rawRequest(baseURL, 'GET', '/api/users/me', { headers: { cookie: session, 'sec-fetch-site': 'same-origin' } })
    expect(JSON.parse(me.body).user?.email).toBe(account.email)
    // A cookie that merely ends in the session cookie's name is not one.
    const other = await rawRequest(baseURL, 'GET', '/themas/risicofactoren/afwezigheden', { headers: { cookie: 'my-payload-token=1' } })
    expect(other.headers['cache-control']).toBe(publicPolicy)
  })
})

it("keeps Next.js's fingerprinted files for a year", async () => {
  const html = (await rawRequest(baseURL, 'GET', '/')).body
  const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0]
  expect(asset).toBeDefined()
  const { status, headers } = await rawRequest(baseURL, 'GET', asset!)
  expect(status).toBe(200)
  expect(headers['cache-control']).toBe('public, max-age=31536000, immutable')
})
