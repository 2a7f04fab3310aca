/**
 * The production server's logs and shutdown (scripts/server/), on the built app started as `npm start` runs it:
 * every line on stdout is JSON; each request has one access line with its id, method, path, status and duration;
 * the id comes back as a header; query values stay out of the log; an anonymous 403/404/400 on the API writes no
 * ERROR line and no stack (issue 14). Then SIGTERM: a request in flight still gets its answer, new connections are
 * refused, the database is closed (SQLite's write-ahead log folded into the database file) and the exit code is 0.
 * And how an HTML page leaves (scripts/server/htmlPages.mjs): compressed as asked, with its own scripts' hashes in its
 * policy and an ETag; the home page's rewrite to its cached state stays inside the process.
 */
import { createHash } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type RunningApp } from '@tests/support/app'
import { rawRequest } from '@tests/support/rawHttp'

import { inlineScripts } from './contentSecurity.mjs'

type Line = Record<string, unknown> & { level?: string; reqId?: string; msg?: string; req?: { method: string; path: string; query?: string[] }; res?: { status: number } }

let app: RunningApp
beforeAll(async () => {
  app = await startApp({ output: 'capture' })
}, 240_000)
afterAll(async () => {
  await app?.stop()
})

const parsed = () => app.output.map((line) => JSON.parse(line) as Line)
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))
const accessLine = (reqId: string) => parsed().find((line) => line.reqId === reqId && line.res)

describe('the logs', () => {
  it('are JSON lines, one per event, for the whole process', () => {
    expect(app.output.length).toBeGreaterThan(0)
    for (const line of app.output) expect(() => JSON.parse(line), line).not.toThrow()
    expect(parsed().some((line) => line.name === 'payload')).toBe(true)
    expect(parsed().some((line) => line.name === 'http' && /^Ready on/.test(String(line.msg)))).toBe(true)
  })

  it('give each request one access line with the request id it sends back', async () => {
    const response = await fetch(`${app.baseURL}/healthz`, { headers: { 'x-request-id': 'lb-7f3a9c21' } })
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a9c21')
    await settle()
    const lines = parsed().filter((line) => line.reqId === 'lb-7f3a9c21')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 'info', name: 'http', req: { method: 'GET', path: '/healthz' }, res: { status: 200 } })
    expect(typeof lines[0]!.durationMs).toBe('number')
    expect(String(lines[0]!.time)).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('make an id when the request brings none, or an ill-formed one', async () => {
    for (const headers of [{}, { 'x-request-id': '{"level":"fatal"}' }] as Record<string, string>[]) {
      const response = await fetch(`${app.baseURL}/healthz`, { headers })
      const id = response.headers.get('x-request-id') ?? ''
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      await settle()
      expect(accessLine(id)).toMatchObject({ req: { path: '/healthz' }, res: { status: 200 } })
    }
  })

  it('keep the names of query parameters but never their values', async () => {
    const response = await fetch(`${app.baseURL}/zoeken?q=Jan%20Peeters%20jan.peeters%40school.be`)
    expect(response.status).toBe(200)
    await settle()
    expect(accessLine(response.headers.get('x-request-id')!)).toMatchObject({ req: { path: '/zoeken', query: ['q'] }, res: { status: 200 } })
    expect(app.output.join('\n')).not.toMatch(/Peeters|school\.be/)
  })

  it('log an anonymous 404, 403 or 400 on the API in short lines: no ERROR, no stack', async () => {
    const ids: string[] = []
    for (const [target, status] of [
      ['/api/themes/999999', 404],
      ['/api/users/1', 403],
      ['/api/themes/abc', 400],
      ['/api/media/file/bestaat-niet.pdf', 403],
    ] as const) {
      const response = await fetch(`${app.baseURL}${target}`)
      expect(response.status, target).toBe(status)
      ids.push(response.headers.get('x-request-id')!)
    }
    await settle()
    const lines = parsed().filter((line) => ids.includes(String(line.reqId)))
    expect(lines.filter((line) => line.res).map((line) => line.res!.status)).toEqual([404, 403, 400, 403])
    expect(lines.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([])
    for (const line of lines) expect(JSON.stringify(line)).not.toMatch(/stack|\\n\s+at /)
    expect(JSON.stringify(lines).length).toBeLessThan(lines.length * 600)
  })
})

const raw = (path: string, headers: Record<string, string>) => rawRequest(app.baseURL, 'GET', path, { headers })

describe('an HTML page', () => {
  const topic = '/themas/risicofactoren/afwezigheden'

  it('arrives compressed as asked, with the hashes of its own inline scripts in its policy', async () => {
    const zipped = await raw(topic, { 'accept-encoding': 'gzip' })
    const brotli = await raw(topic, { 'accept-encoding': 'gzip, deflate, br' })
    expect([zipped.headers['content-encoding'], brotli.headers['content-encoding']]).toEqual(['gzip', 'br'])
    const html = gunzipSync(zipped.bytes).toString('utf8')
    expect(brotliDecompressSync(brotli.bytes).toString('utf8')).toBe(html)
    const scripts = inlineScripts(html)
    expect(scripts.length).toBeGreaterThan(0)
    const scriptSrc = String(zipped.headers['content-security-policy']).split('; ').find((directive) => directive.startsWith('script-src '))!
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    for (const script of scripts) expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`)
  })

  it('has an ETag, and a request that holds it gets a 304', async () => {
    const { headers } = await raw(topic, { 'accept-encoding': 'gzip' })
    expect(headers.etag).toBeTruthy()
    const again = await raw(topic, { 'accept-encoding': 'gzip', 'if-none-match': String(headers.etag) })
    expect(again.status).toBe(304)
    expect(again.bytes.length).toBe(0)
  })

  it("is the home page's cached state without a second request from the server to itself", async () => {
    const stateRequests = () => parsed().filter((line) => line.req?.path.startsWith('/startpagina')).length
    const before = stateRequests()
    const response = await fetch(`${app.baseURL}/?weergave=lijst`)
    expect(response.status).toBe(200)
    await settle()
    expect(accessLine(response.headers.get('x-request-id')!)).toMatchObject({ req: { path: '/' }, res: { status: 200 } })
    expect(stateRequests()).toBe(before)
  })
})

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new connections, closes the database and exits 0', { timeout: 60_000 }, async () => {
    const wal = `${app.databaseURL.replace(/^file:/, '')}-wal`
    expect(existsSync(wal)).toBe(true)
    const body = JSON.stringify({ email: 'niemand@example.org', password: 'niet-het-wachtwoord' })
    const { port } = new URL(app.baseURL)
    // A login whose body arrives slowly: the server is busy with it when the signal comes.
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/users/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': 'slow-login' } },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
        },
      )
      req.on('error', reject)
      req.write(body.slice(0, 10))
      setTimeout(() => req.end(body.slice(10)), 3_000)
    })
    await new Promise((resolve) => setTimeout(resolve, 800))
    const exited = new Promise<number | null>((resolve) => app.server.once('exit', (code) => resolve(code)))
    app.server.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 800))

    await expect(fetch(`${app.baseURL}/healthz`)).rejects.toThrow()
    const slow = await answer
    expect(slow.status, slow.body).toBe(401)
    expect(await exited).toBe(0)

    const lines = parsed()
    expect(lines.find((line) => line.reqId === 'slow-login' && line.res)).toMatchObject({ res: { status: 401 }, msg: 'request completed' })
    expect(lines.some((line) => /^shutting down/.test(String(line.msg)))).toBe(true)
    expect(lines.at(-1)).toMatchObject({ msg: 'shut down', cutOff: false })
    // The database was closed after a checkpoint: the write-ahead log is folded into the database file, and empty.
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0)
  })
})
