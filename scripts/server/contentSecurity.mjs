/**
 * Inline scripts allowed by their hashes, not by 'unsafe-inline' (issue 14). Next.js writes its data for hydration
 * into inline <script> elements whose text differs per page, and a nonce would need each response rendered anew,
 * which cached pages are not. So the policy (next.config.mjs, one per kind of page) says `script-src 'self'
 * 'unsafe-inline'`, and here, for each HTML page, that 'unsafe-inline' is replaced with the SHA-256 hash of every
 * inline script the page actually carries. A page served from cache has the same scripts, so the same hashes. An
 * injected script (a stored XSS that got past the escaping) has a hash the policy does not list, and the browser
 * refuses it. Browsers that know hashes ignore 'unsafe-inline' beside them anyway; we drop it all the same.
 *
 * To read the scripts the page is held until it is complete (our pages render in milliseconds; files, JSON and
 * everything that is not HTML pass through as they come). Next.js may have compressed it: the hashes are taken from
 * the decompressed text, and the bytes sent are the ones Next.js wrote.
 */
import { createHash } from 'node:crypto'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

/** The text of each inline script (no src) in an HTML document. */
export const inlineScripts = (html) => {
  const scripts = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1]
    if (/\ssrc\s*=/i.test(attributes)) continue
    // Data blocks (JSON-LD, application/json) are not run, so need no permission.
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue
    scripts.push(match[2])
  }
  return scripts
}

export const scriptHashes = (html) => [
  ...new Set(inlineScripts(html).map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)),
]

/** The policy with script-src's 'unsafe-inline' replaced by the hashes (or by nothing when there are none). */
export const withHashes = (policy, hashes) =>
  policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/)
      if (name !== 'script-src' || !sources.includes("'unsafe-inline'")) return directive.trim()
      return [name, ...sources.filter((source) => source !== "'unsafe-inline'"), ...hashes].join(' ')
    })
    .join('; ')

const decode = (body, encoding) => {
  switch (String(encoding ?? '').toLowerCase()) {
    case 'gzip':
      return gunzipSync(body)
    case 'deflate':
      return inflateSync(body)
    case 'br':
      return brotliDecompressSync(body)
    default:
      return body
  }
}

const policyHeader = 'content-security-policy'

/**
 * Holds a GET's HTML response (Node's ServerResponse) until Next.js ends it, then sends it with the hashed policy.
 * Call before handing the request to Next.js.
 */
export const hashInlineScripts = (request, response) => {
  if (request.method !== 'GET') return
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders }
  /**
   * undefined: not known yet; an array: holding an HTML page; false: passing through. The wrappers stay in place
   * either way: Next.js's compression wraps them in turn, and putting the originals back would skip its wrappers.
   */
  let held
  const decide = () => {
    if (held !== undefined) return held
    // A 304 Not Modified revalidates a cached copy: no policy with it, so the browser keeps the one stored with the
    // copy (that copy's hashes) rather than updating it to Next.js's placeholder.
    if (response.statusCode === 304) response.removeHeader(policyHeader)
    const html = /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''))
    const policy = String(response.getHeader(policyHeader) ?? '')
    held = html && /script-src[^;]*'unsafe-inline'/.test(policy) ? [] : false
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
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  response.end = function end(chunk, encoding, callback) {
    const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback
    const data = typeof chunk === 'function' ? undefined : chunk
    const chunks = decide()
    if (!chunks) return original.end.call(this, chunk, encoding, callback)
    if (data !== undefined && data !== null) chunks.push(Buffer.isBuffer(data) ? data : Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8'))
    held = false
    const body = Buffer.concat(chunks)
    // No page to hash (an empty body): send no policy rather than one that allows no inline script.
    if (body.length === 0) {
      this.removeHeader(policyHeader)
      return original.end.call(this, body, done)
    }
    try {
      const html = decode(body, this.getHeader('content-encoding')).toString('utf8')
      this.setHeader(policyHeader, withHashes(String(this.getHeader(policyHeader)), scriptHashes(html)))
    } catch {
      // Unreadable (should not happen): the page keeps Next.js's policy as it was.
    }
    return original.end.call(this, body, done)
  }
}
