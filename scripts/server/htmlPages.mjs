/**
 * How every HTML page leaves the server: with its inline scripts' hashes in its Content-Security-Policy
 * (scripts/server/contentSecurity.mjs) and compressed as the client asks — both worked out once per distinct page
 * (scripts/server/pageBodies.mjs), so a page from Next.js's cache costs a lookup by its text, not a regex scan,
 * hashes and a gzip on every request (issue 11). The ETag is the page's SHA-256 too (next.config.mjs sets
 * `generateEtags: false`: Next.js would hash each page again in JavaScript), and a request whose If-None-Match holds it
 * gets a 304 — `fresh` (jshttp, as Express uses it) decides, with the rules for `*`, weak tags and `no-cache`.
 *
 * To read the scripts the page is held until it is complete (our pages render in milliseconds; files, JSON and
 * everything that is not HTML pass through as they come, compressed by scripts/server/compression.mjs). Next.js does
 * not compress (next.config.mjs `compress: false`); should a page arrive compressed all the same, its hashes are
 * taken from the decompressed text and the bytes sent are the ones that arrived.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import fresh from 'fresh'
import vary from 'vary'

import { encodedByUs, encodingFor } from './compression.mjs'
import { scriptHashes, wantsHashes, withHashes } from './contentSecurity.mjs'
import { pageBody, pageBodyOfText } from './pageBodies.mjs'

const decoders = { gzip: gunzipSync, deflate: inflateSync, br: brotliDecompressSync }

const policyHeader = 'content-security-policy'

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))

const utf8 = (encoding) => typeof encoding !== 'string' || /^utf-?8$/i.test(encoding)

/** A string chunk in UTF-8 is kept as it is (a page from Next.js's cache is one string: pageBodyOfText); the rest as bytes. */
const kept = (chunk, encoding) => (typeof chunk === 'string' && utf8(encoding) ? chunk : toBuffer(chunk, encoding))

const bytesOf = (chunks) => Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)))

/**
 * Sends a complete page: the policy with its hashes, the copy in the client's encoding. `chunks`: what Next.js wrote,
 * strings (UTF-8) and Buffers.
 */
function sendPage(request, response, end, chunks, done) {
  response[encodedByUs] = true
  const arrived = String(response.getHeader('content-encoding') ?? '').toLowerCase()
  if (arrived && arrived !== 'identity') {
    const body = bytesOf(chunks)
    try {
      const html = (decoders[arrived] ?? ((bytes) => bytes))(body).toString('utf8')
      response.setHeader(policyHeader, withHashes(String(response.getHeader(policyHeader)), scriptHashes(html)))
    } catch {
      // Unreadable (should not happen): the page keeps Next.js's policy as it was.
    }
    return end.call(response, body, done)
  }
  const page = chunks.length === 1 && typeof chunks[0] === 'string' ? pageBodyOfText(chunks[0]) : pageBody(bytesOf(chunks))
  response.setHeader('etag', page.etag)
  vary(response, 'Accept-Encoding')
  if (response.statusCode === 200 && fresh(request.headers, { etag: page.etag })) {
    // The browser's (or nginx's) copy is this page: 304, with no policy (the copy keeps the one stored with it).
    response.statusCode = 304
    for (const header of [policyHeader, 'content-length', 'content-encoding']) response.removeHeader(header)
    // No body; `done` as the second argument, which the compression package passes on (it drops a third).
    return end.call(response, undefined, done)
  }
  response.setHeader(policyHeader, page.policy(String(response.getHeader(policyHeader))))
  const encoding = encodingFor(request)
  const send = (bytes) => {
    if (response.destroyed) return
    if (bytes !== page.body) response.setHeader('content-encoding', encoding)
    response.setHeader('content-length', bytes.length)
    end.call(response, bytes, done)
  }
  page.encoded(encoding).then(send, () => send(page.body))
  return response
}

/**
 * Holds a GET's HTML response (Node's ServerResponse) until Next.js ends it, then sends it as above. Call after
 * scripts/server/compression.mjs's `compress` and before handing the request to Next.js.
 */
export const holdHtmlPages = (request, response) => {
  if (request.method !== 'GET') return
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders }
  /** undefined: not known yet; an array: holding an HTML page; false: passing through. */
  let held
  const decide = () => {
    if (held !== undefined) return held
    // A 304 Not Modified revalidates a cached copy: no policy with it, so the browser keeps the one stored with the
    // copy (that copy's hashes) rather than updating it to Next.js's placeholder.
    if (response.statusCode === 304) response.removeHeader(policyHeader)
    const html = /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''))
    held = html && wantsHashes(String(response.getHeader(policyHeader) ?? '')) ? [] : false
    return held
  }
  response.writeHead = function writeHead(status, ...rest) {
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0]
    if (Array.isArray(headers)) {
      held = false
      return original.writeHead.call(this, status, ...rest)
    }
    if (typeof rest[0] === 'string') this.statusMessage = rest[0]
    this.statusCode = status
    for (const [key, value] of Object.entries(headers ?? {})) this.setHeader(key, value)
    if (decide()) return this
    return original.writeHead.call(this, this.statusCode)
  }
  response.flushHeaders = function flushHeaders() {
    if (decide()) return
    return original.flushHeaders.call(this)
  }
  response.write = function write(chunk, encoding, callback) {
    const chunks = decide()
    if (!chunks) return original.write.call(this, chunk, encoding, callback)
    chunks.push(kept(chunk, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  response.end = function end(chunk, encoding, callback) {
    const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback
    const data = typeof chunk === 'function' ? undefined : chunk
    const chunks = decide()
    if (!chunks) return original.end.call(this, chunk, encoding, callback)
    if (data !== undefined && data !== null) chunks.push(kept(data, encoding))
    held = false
    // No page to hash (an empty body): send no policy rather than one that allows no inline script.
    if (chunks.every((chunk) => chunk.length === 0)) {
      this.removeHeader(policyHeader)
      return original.end.call(this, Buffer.alloc(0), done)
    }
    return sendPage(request, this, original.end, chunks.filter((chunk) => chunk.length > 0), done)
  }
}
