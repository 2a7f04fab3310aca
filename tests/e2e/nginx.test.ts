/**
 * deploy/nginx/toolbox.conf — the very file operators install, with this run's ports and folders — in Debian's nginx
 * (foreground, current user, temporary prefix) in front of the built app: a public page comes from the micro-cache on
 * the second request and is served stale while a fresh copy is fetched; the admin, the API and a signed-in editor
 * always reach the app; a POST passes through; the client's address arrives as one X-Forwarded-For hop; while the app
 * fails or is down the last copy is served and the error is never stored (a stand-in app there). The editor
 * is a real account and publishes through the app's REST API, through nginx, as the admin panel would.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { applyCachePolicy } from '../../scripts/server/cachePolicy.mjs'
import { useAppPayload } from '@tests/support/appPayload'
import { startDeployNginx, type RunningNginx } from '@tests/support/nginx'
import { rawRequest } from '@tests/support/rawHttp'

const app = useAppPayload('nginx')
const account = { email: 'nginx-redactie@toolbox.test', password: 'Een-sterk-wachtwoord-2026', name: 'Redactie nginx' }
const topicPath = '/themas/warme-overdracht/na-tucht'
let nginx: RunningNginx
let userId: number | undefined
let topic: { id: number; title: string } | undefined
let session = ''

beforeAll(async () => {
  nginx = await startDeployNginx([inject('baseURL')])
  // Removed again after the test: if it is the first account (made a beheerder), the admin journey's own
  // first-account form comes back.
  userId = (await app.payload.create({ collection: 'users', data: { ...account, role: 'redacteur' } })).id
  const found = (await app.payload.find({ collection: 'topics', where: { slug: { equals: 'na-tucht' } }, depth: 0 })).docs[0]!
  topic = { id: found.id, title: found.title }
  const login = await through('POST', '/api/users/login', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  expect(login.status).toBe(200)
  session = ([login.headers['set-cookie']].flat().find((cookie) => cookie?.startsWith('payload-token=')) ?? '').split(';')[0]!
  expect(session).toMatch(/^payload-token=.+/)
}, 120_000)
afterAll(async () => {
  if (topic) await app.payload.update({ collection: 'topics', id: topic.id, data: { title: topic.title, _status: 'published' } })
  if (userId !== undefined) await app.payload.delete({ collection: 'users', id: userId }).catch(() => undefined)
  await nginx?.stop()
})

const through = (method: string, target: string, init?: Parameters<typeof rawRequest>[3]) => rawRequest(nginx.baseURL, method, target, init)
const get = (target: string, headers: Record<string, string> = {}) => through('GET', target, { headers })
/** A public address nobody asked for yet in this run (the page ignores the query), so the first request is a MISS. */
let fresh = 0
const unique = (path: string) => `${path}?nginx-test=${Date.now()}-${fresh++}`
/** The response's bytes as sent (rawRequest and fetch decode them). */
const bytes = (url: string, headers: Record<string, string>) =>
  new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('a public page', () => {
  it('comes from the cache on the second request, for clients with and without gzip', async () => {
    const target = unique('/themas/risicofactoren/afwezigheden')
    const first = await get(target)
    expect(first.status).toBe(200)
    expect(first.headers['x-cache-status']).toBe('MISS')
    const second = await get(target)
    expect(second.headers['x-cache-status']).toBe('HIT')
    expect(second.body).toBe(first.body)
    expect(second.body).toContain('<html lang="nl"')
    // The app's policy passes through to browsers and CDNs beyond.
    expect(second.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/)

    const zipped = await bytes(`${nginx.baseURL}${target}`, { 'accept-encoding': 'gzip' })
    expect(zipped.headers['x-cache-status']).toBe('HIT')
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(first.body)
  })

  it('is served stale while one request fetches the fresh copy, which the next visitor gets', async () => {
    const target = unique(topicPath)
    const before = await get(target)
    // The copy is fresh for the app's s-maxage (5 s) from when nginx received it, at the latest now.
    const expires = Date.now() + 5_000
    expect(before.headers['x-cache-status']).toBe('MISS')
    expect(before.body).toContain(topic!.title)
    expect((await get(target)).headers['x-cache-status']).toBe('HIT')

    // An editor publishes a new title, through nginx, as the admin panel does (a browser marks its own site's
    // requests: Payload's CSRF check for the session cookie).
    const newTitle = `${topic!.title} (bijgewerkt ${fresh})`
    const patch = await through('PATCH', `/api/topics/${topic!.id}`, {
      headers: { cookie: session, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ title: newTitle, _status: 'published' }),
    })
    expect(patch.status).toBe(200)
    expect(patch.headers['x-cache-status']).toBeUndefined()

    // The signed-in editor always reaches the app and sees the change at once.
    const editor = await get(target, { cookie: session })
    expect(editor.headers['x-cache-status']).toBe('BYPASS')
    expect(editor.headers['cache-control']).toMatch(/no-store/)
    expect(editor.body).toContain(newTitle)

    // Once the copy has expired, the next visitor still gets the old page at once, and nginx fetches a fresh one
    // meanwhile, which the visitors after get.
    await sleep(Math.max(0, expires + 1_000 - Date.now()))
    const stale = await get(target)
    expect(['STALE', 'UPDATING']).toContain(stale.headers['x-cache-status'])
    expect(stale.body).not.toContain(newTitle)
    let next = await get(target)
    for (let i = 0; i < 200 && !next.body.includes(newTitle); i++) {
      await sleep(100)
      next = await get(target)
    }
    expect(next.headers['x-cache-status']).toBe('HIT')
    expect(next.body).toContain(newTitle)
  })

  it('is not stored when the app answers 404', async () => {
    const target = unique('/themas/warme-overdracht/bestaat-niet')
    expect((await get(target)).status).toBe(404)
    const again = await get(target)
    expect(again.status).toBe(404)
    expect(again.headers['x-cache-status']).toBe('MISS')
  })
})

describe('never cached', () => {
  it('the admin panel and the REST API, which show a change at once', async () => {
    for (const target of ['/admin/login', '/api/themes?limit=1', '/healthz', '/readyz']) {
      for (let i = 0; i < 2; i++) {
        const response = await get(target)
        expect(response.status, target).toBe(200)
        expect(response.headers['x-cache-status'], target).toBeUndefined()
      }
    }
    const read = async () => JSON.parse((await get(`/api/topics/${topic!.id}?depth=0`)).body).title as string
    expect(await read()).not.toContain('API')
    await app.payload.update({ collection: 'topics', id: topic!.id, data: { title: `${topic!.title} API` } })
    expect(await read()).toBe(`${topic!.title} API`)
  })

  it('a POST, which reaches the app and leaves the cached page alone', async () => {
    const target = unique('/themas/risicofactoren')
    await get(target)
    const posted = await through('POST', target, { headers: { 'content-type': 'text/plain' }, body: 'x' })
    expect(posted.status).toBe(405)
    expect(posted.body).toContain('Deze pagina kan alleen gelezen worden')
    // nginx does not even look a POST up in its cache.
    expect(posted.headers['x-cache-status']).toBeUndefined()
    const after = await get(target)
    expect(after.status).toBe(200)
    expect(after.headers['x-cache-status']).toBe('HIT')
  })

  it('a request with a bearer token or in draft mode', async () => {
    const target = unique('/themas/risicofactoren')
    await get(target)
    const asks: Record<string, string>[] = [{ authorization: 'JWT x' }, { cookie: '__prerender_bypass=1' }]
    for (const headers of asks) {
      expect((await get(target, headers)).headers['x-cache-status'], JSON.stringify(headers)).toBe('BYPASS')
    }
  })
})

it("keeps Next.js's fingerprinted files, and accepts an upload-sized body for the API", async () => {
  const html = (await get('/')).body
  const asset = /\/_next\/static\/[^"']+\.js/.exec(html)![0]
  await get(asset)
  const again = await get(asset)
  expect(again.headers['x-cache-status']).toBe('HIT')
  expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  // 20 MB, under the 50 MB the app takes: nginx lets it through (the app then refuses the anonymous upload).
  const upload = await through('POST', '/api/media', { headers: { 'content-type': 'application/octet-stream' }, body: Buffer.alloc(20 * 1024 * 1024) })
  expect(upload.status).not.toBe(413)
  expect(upload.status).toBeLessThan(500)
})

it("hands the app the client's address as one X-Forwarded-For hop, the scheme nginx saw and the host", async () => {
  // An upstream that answers with the headers it got, behind a second nginx with the same configuration.
  const echo = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(req.headers)))
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve))
  const front = await startDeployNginx([`http://127.0.0.1:${(echo.address() as { port: number }).port}`])
  try {
    const seen = JSON.parse(
      (await rawRequest(front.baseURL, 'GET', '/healthz', { headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https', host: 'toolbox.example.org' } })).body,
    ) as Record<string, string>
    // The client's own claim stays first; the last entry is the address nginx saw, the one TRUSTED_PROXY_HOPS=1 trusts.
    expect(seen['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1')
    expect(seen['x-forwarded-proto']).toBe('http')
    expect(seen.host).toBe('toolbox.example.org')
    expect(seen['accept-encoding']).toBe('gzip')
  } finally {
    await front.stop()
    echo.close()
  }
  // So a client cannot switch on HSTS by claiming https over plain http.
  expect((await get('/', { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBeUndefined()
})

it('keeps serving the last copy while the app fails or is down, and never stores the error', async () => {
  // A stand-in for the app whose failure the test controls, with the app's own Cache-Control policy.
  let failing = false
  let asked = 0
  const upstream = createServer((req, res) => {
    asked++
    applyCachePolicy(req, res)
    if (failing) return res.writeHead(500, { 'content-type': 'text/html' }).end('<p>databank onbereikbaar</p>')
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>de pagina</p>')
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  const front = await startDeployNginx([`http://127.0.0.1:${(upstream.address() as { port: number }).port}`])
  const page = (target: string) => rawRequest(front.baseURL, 'GET', target)
  try {
    expect((await page('/themas/a')).headers['x-cache-status']).toBe('MISS')
    const expires = Date.now() + 5_000
    failing = true
    // An error is passed on, never kept: each request asks the app again.
    const before = asked
    for (let i = 0; i < 2; i++) {
      const error = await page('/themas/b')
      expect(error.status).toBe(500)
      expect(error.headers['x-cache-status']).toBe('MISS')
    }
    expect(asked - before).toBe(2)
    // The cached page, expired, is served as it was while the app answers 500…
    await sleep(Math.max(0, expires + 1_000 - Date.now()))
    const during = await page('/themas/a')
    expect(during.status).toBe(200)
    expect(during.body).toBe('<p>de pagina</p>')
    expect(['STALE', 'UPDATING']).toContain(during.headers['x-cache-status'])
    // …and while it does not answer at all.
    const closed = new Promise((resolve) => upstream.close(resolve))
    upstream.closeAllConnections() // nginx's kept-alive connections too
    await closed
    const down = await page('/themas/a')
    expect(down.status).toBe(200)
    expect(down.body).toBe('<p>de pagina</p>')
    expect(down.headers['x-cache-status']).toBe('STALE')
  } finally {
    await front.stop()
    if (upstream.listening) upstream.close()
  }
})
