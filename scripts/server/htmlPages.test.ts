import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, createGzip, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rawRequest } from '@tests/support/rawHttp'

import { compress } from './compression.mjs'
import { holdHtmlPages } from './htmlPages.mjs'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"
const page = (data: string) =>
  '<!DOCTYPE html><html><head><script src="/_next/a.js"></script><script>self.__next_f=[]</script></head>' +
  `<body><script type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"${data}"])</script>` +
  `<p>${'Een leerling die vaak afwezig is, verdient aandacht. '.repeat(60)}</p></body></html>`
const hashed = (data: string) =>
  `default-src 'self'; script-src 'self' ${sha('self.__next_f=[]')} ${sha(`self.__next_f.push([1,"${data}"])`)}; style-src 'self' 'unsafe-inline'`
const json = JSON.stringify({ docs: Array.from({ length: 100 }, (_, id) => ({ id, title: 'Afwezigheden' })) })

/** As scripts/serve.mjs wires them, in front of a handler that answers the way Next.js does. */
const handler = (request: IncomingMessage, response: ServerResponse) => {
  compress(request, response)
  holdHtmlPages(request, response)
  response.setHeader('content-security-policy', policy)
  if (request.url === '/not-modified') {
    response.statusCode = 304
    return response.end()
  }
  if (request.url === '/json') {
    response.setHeader('content-type', 'application/json')
    response.write(json.slice(0, 100))
    return response.end(json.slice(100))
  }
  response.setHeader('content-type', 'text/html; charset=utf-8')
  if (request.url === '/gzip') {
    // As Next.js does with `compress` on: the bytes that reach the response are gzip.
    response.setHeader('content-encoding', 'gzip')
    const gzip = createGzip()
    gzip.on('data', (chunk: Buffer) => response.write(chunk))
    gzip.on('end', () => response.end())
    gzip.write(page('gzip').slice(0, 70))
    gzip.end(page('gzip').slice(70))
    return
  }
  const body = page(request.url === '/other' || request.url === '/other-whole' ? 'ander' : 'é')
  response.writeHead(200, { 'x-test': 'ja' })
  // As Next.js sends a page from its cache: the whole page as one string.
  if (request.url?.endsWith('-whole')) return response.end(body)
  response.write(body.slice(0, 70))
  response.end(body.slice(70))
}

const server = createServer(handler)
let port = 0
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`http://127.0.0.1:${port}`, 'GET', path, { headers })

describe('an HTML page', () => {
  it.each([
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['identity', undefined, (body: Buffer) => body],
  ])('asked for with Accept-Encoding %s arrives whole (%s), with its scripts hashed in the policy', async (accept, encoding, decode) => {
    const response = await get('/plain', { 'accept-encoding': accept })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe(encoding)
    expect(Number(response.headers['content-length'])).toBe(response.bytes.length)
    expect(decode(response.bytes).toString('utf8')).toBe(page('é'))
    expect(response.headers['content-security-policy']).toBe(hashed('é'))
    expect(response.headers.vary).toMatch(/accept-encoding/i)
    expect(response.headers['x-test']).toBe('ja')
  })

  it('sent as one string (a page from Next.js’s cache) gets the policy, ETag and bytes it gets when sent in pieces', async () => {
    for (const [whole, pieces, data] of [['/plain-whole', '/plain', 'é'], ['/other-whole', '/other', 'ander']] as const) {
      for (let i = 0; i < 2; i++) {
        const [one, split] = [await get(whole, { 'accept-encoding': 'gzip' }), await get(pieces, { 'accept-encoding': 'gzip' })]
        expect(gunzipSync(one.bytes).toString('utf8')).toBe(page(data))
        expect(one.headers['content-security-policy']).toBe(hashed(data))
        expect(one.headers.etag).toBe(split.headers.etag)
        expect(Number(one.headers['content-length'])).toBe(one.bytes.length)
      }
    }
  })

  it("never gets another page's policy, ETag or bytes", async () => {
    const [plain, other] = [await get('/plain', { 'accept-encoding': 'gzip' }), await get('/other', { 'accept-encoding': 'gzip' })]
    expect(gunzipSync(other.bytes).toString('utf8')).toBe(page('ander'))
    expect(other.headers['content-security-policy']).toBe(hashed('ander'))
    expect(other.headers.etag).not.toBe(plain.headers.etag)
  })

  it('answers a request that holds its ETag with a 304 and no policy, so the browser keeps its copy and that policy', async () => {
    const { headers } = await get('/plain', { 'accept-encoding': 'gzip' })
    expect(headers.etag).toMatch(/^W\/"[\w-]{43}"$/)
    const again = await get('/plain', { 'accept-encoding': 'gzip', 'if-none-match': String(headers.etag) })
    expect(again.status).toBe(304)
    expect(again.bytes.length).toBe(0)
    expect(again.headers['content-security-policy']).toBeUndefined()
    const otherPage = await get('/other', { 'if-none-match': String(headers.etag) })
    expect(otherPage.status).toBe(200)
  })

  it('still gets its hashes when it arrives compressed, and is sent as it arrived', async () => {
    const response = await get('/gzip', { 'accept-encoding': 'gzip' })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.bytes).toString('utf8')).toBe(page('gzip'))
    expect(response.headers['content-security-policy']).toBe(hashed('gzip'))
  })

  it('sends no policy with a 304 from Next.js either', async () => {
    const response = await get('/not-modified')
    expect(response.status).toBe(304)
    expect(response.headers['content-security-policy']).toBeUndefined()
  })
})

it('leaves what is not HTML to the compression middleware, policy untouched', async () => {
  const response = await get('/json', { 'accept-encoding': 'gzip' })
  expect(response.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(response.bytes).toString('utf8')).toBe(json)
  expect(response.headers['content-security-policy']).toBe(policy)
})
