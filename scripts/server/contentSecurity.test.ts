import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createGzip } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashInlineScripts, inlineScripts, withHashes } from './contentSecurity.mjs'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"
const page = '<!DOCTYPE html><html><head><script src="/_next/a.js"></script><script>self.__next_f=[]</script></head>' +
  '<body><script type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"é"])</script></body></html>'

describe('inline script hashes', () => {
  it('finds the inline scripts that run, not the external ones or data blocks', () => {
    expect(inlineScripts(page)).toEqual(['self.__next_f=[]', 'self.__next_f.push([1,"é"])'])
  })

  it("replaces script-src's 'unsafe-inline', and only that one", () => {
    expect(withHashes(policy, ["'sha256-x'"])).toBe("default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self' 'unsafe-inline'")
    expect(withHashes(policy, [])).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'")
  })
})

describe('on a real server, as serve.mjs uses it', () => {
  let base = ''
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    hashInlineScripts(request, response)
    response.setHeader('content-security-policy', policy)
    if (request.url === '/not-modified') {
      response.statusCode = 304
      return response.end()
    }
    if (request.url === '/json') {
      response.setHeader('content-type', 'application/json')
      response.write('{"a":')
      return response.end('1}')
    }
    response.setHeader('content-type', 'text/html; charset=utf-8')
    if (request.url === '/gzip') {
      // As Next.js's compression does: the bytes that reach the response are gzip.
      response.setHeader('content-encoding', 'gzip')
      const gzip = createGzip()
      gzip.on('data', (chunk: Buffer) => response.write(chunk))
      gzip.on('end', () => response.end())
      gzip.write(page.slice(0, 70))
      gzip.end(page.slice(70))
      return
    }
    response.writeHead(200, { 'x-test': 'ja' })
    response.write(page.slice(0, 70))
    response.end(page.slice(70))
  }
  const server = createServer(handler)
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it.each(['/plain', '/gzip'])('%s: the page arrives whole, with its scripts hashed in the policy', async (path) => {
    const response = await fetch(base + path)
    expect(await response.text()).toBe(page)
    expect(response.headers.get('content-security-policy')).toBe(
      `default-src 'self'; script-src 'self' ${sha('self.__next_f=[]')} ${sha('self.__next_f.push([1,"é"])')}; style-src 'self' 'unsafe-inline'`,
    )
    if (path === '/plain') expect(response.headers.get('x-test')).toBe('ja')
  })

  it('sends no policy with a 304, so the browser keeps the one stored with its copy', async () => {
    const response = await fetch(`${base}/not-modified`)
    expect(response.status).toBe(304)
    expect(response.headers.get('content-security-policy')).toBeNull()
  })

  it('leaves what is not HTML alone', async () => {
    const response = await fetch(`${base}/json`)
    expect(await response.text()).toBe('{"a":1}')
    expect(response.headers.get('content-security-policy')).toBe(policy)
  })
})
