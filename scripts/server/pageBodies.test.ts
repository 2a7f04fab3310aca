import { createHash } from 'node:crypto'
import { gunzipSync, brotliDecompressSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { compressFrom, pageBody, pageBodyOfText } from './pageBodies.mjs'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const page = (script: string) => Buffer.from(`<!DOCTYPE html><html><body><script>${script}</script><p>${'Schooluitval voorkomen. '.repeat(100)}</p></body></html>`)
const policy = "script-src 'self' 'unsafe-inline'"

describe('a page worked out once per distinct body', () => {
  it('gives the same bytes the same entry, and compresses each encoding once', async () => {
    const first = pageBody(page('a()'))
    expect(pageBody(page('a()'))).toBe(first)
    expect(first.encoded('gzip')).toBe(first.encoded('gzip'))
    expect(gunzipSync(await first.encoded('gzip'))).toEqual(page('a()'))
    expect(brotliDecompressSync(await first.encoded('br'))).toEqual(page('a()'))
    expect(await first.encoded('identity')).toBe(first.body)
  })

  it('keys by the exact bytes: a page that differs by one byte gets its own hashes, ETag and copies', async () => {
    const a = pageBody(page('a()'))
    const b = pageBody(page('b()'))
    expect(b).not.toBe(a)
    expect(a.policy(policy)).toBe(`script-src 'self' ${sha('a()')}`)
    expect(b.policy(policy)).toBe(`script-src 'self' ${sha('b()')}`)
    expect(b.etag).not.toBe(a.etag)
    expect(gunzipSync(await b.encoded('gzip')).toString()).toContain('<script>b()</script>')
  })

  it('finds a page sent as text by its exact text: the entry of its bytes, another text another entry', () => {
    const text = page('a()').toString('utf8')
    expect(pageBodyOfText(text)).toBe(pageBody(page('a()')))
    expect(pageBodyOfText(text)).toBe(pageBodyOfText(`${text}`))
    expect(pageBodyOfText(page('b()').toString('utf8'))).toBe(pageBody(page('b()')))
    expect(pageBodyOfText(`${text} `)).not.toBe(pageBodyOfText(text))
  })

  it('sends a body too small to gain as it is', async () => {
    const tiny = pageBody(Buffer.from('<p>kort</p>'))
    expect(tiny.body.length).toBeLessThan(compressFrom)
    expect(await tiny.encoded('gzip')).toBe(tiny.body)
  })
})
