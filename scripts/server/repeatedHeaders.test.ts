import { createServer, request as httpRequest } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@tests/support/app'
import { withoutRepeatedHeaders } from './repeatedHeaders.mjs'

/** The raw header lines of one answer, as a proxy reads them (not joined by Node's client). */
const rawHeaders = (port: number, path: string) =>
  new Promise<string[]>((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path }, (response) => {
      response.resume()
      resolve(response.rawHeaders)
    })
      .on('error', reject)
      .end()
  })

describe('repeated single-valued headers, on a real server', () => {
  let port = 0
  const server = createServer((request, response) => {
    const target = request.url === '/bewaakt' ? withoutRepeatedHeaders(response) : response
    // As Next.js 16 does on the render that fills the cache: the redirect's Location appended twice.
    target.appendHeader('Location', '/a')
    target.appendHeader('location', '/a')
    target.appendHeader('x-nextjs-stale-time', '300')
    target.appendHeader('x-nextjs-stale-time', '300')
    target.appendHeader('set-cookie', 'a=1')
    target.appendHeader('set-cookie', 'b=2')
    target.statusCode = 308
    target.end()
  })
  beforeAll(async () => {
    port = await freePort()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const count = (headers: string[], name: string) => headers.filter((value, index) => index % 2 === 0 && value.toLowerCase() === name).length

  it('sends Location and x-nextjs-stale-time once, and leaves headers that may repeat alone', async () => {
    const guarded = await rawHeaders(port, '/bewaakt')
    expect(count(guarded, 'location')).toBe(1)
    expect(count(guarded, 'x-nextjs-stale-time')).toBe(1)
    expect(count(guarded, 'set-cookie')).toBe(2)
    // Without it the repeat reaches the wire: the test server does reproduce the problem.
    expect(count(await rawHeaders(port, '/onbewaakt'), 'location')).toBe(2)
  })
})
