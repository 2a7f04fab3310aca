/**
 * What it takes to send an HTML page, worked out once per distinct page instead of on every request (issue 11): its
 * inline scripts' hashes for the Content-Security-Policy (scripts/server/contentSecurity.mjs), its ETag and its gzip
 * and Brotli copies. A page served from Next.js's cache is the same bytes request after request, so a cache hit costs a
 * lookup (by its text, `pageBodyOfText`, or by the SHA-256 of its bytes); a page rendered per request (a search) is
 * worked out once and not asked for again.
 *
 * The key is the SHA-256 of the exact bytes Next.js sent, never the address: two pages with the same bytes share
 * their copies (they are the same page), and a page that changed by one byte is a new entry, so no response can get
 * another page's policy or body. Each compressed copy is made when a client first asks for that encoding, in
 * Node's thread pool (zlib's asynchronous functions), once: requests that arrive meanwhile wait for the same copy.
 *
 * Why lru-cache: the bounded LRU the page cache handler already uses (by size, with eviction of the least recently
 * used), rather than a hand-written one.
 */
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { LRUCache } from 'lru-cache'

import { scriptHashes, withHashes } from './contentSecurity.mjs'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** Brotli 6 and gzip 6: about 1.5 ms each for a 95 KB page; Brotli 11 would take 90 ms for 7 % fewer bytes. */
const compressors = {
  br: (body) =>
    brotli(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }),
  gzip: (body) => gzipped(body, { level: 6 }),
}

/** The encodings a page can be sent in, best first, beside `identity`. */
export const encodings = Object.keys(compressors)

/** Bodies smaller than this are sent as they are (as the compression package does): too small to gain. */
export const compressFrom = 1024

export class PageBody {
  /**
   * @param {Buffer} body
   * @param {string} key the SHA-256 of the body (base64url)
   */
  constructor(body, key) {
    this.body = body
    /** Weak: the same for each encoding of the page, as a weak validator may be. */
    this.etag = `W/"${key}"`
    this.hashes = scriptHashes(body.toString('utf8'))
    /** @type {Map<string, string>} the policy as Next.js sent it → with this page's hashes */
    this.policies = new Map()
    /** @type {Map<string, Promise<Buffer>>} */
    this.copies = new Map()
  }

  /** The policy with this page's script hashes in place of 'unsafe-inline'. */
  policy(placeholder) {
    let policy = this.policies.get(placeholder)
    if (policy === undefined) this.policies.set(placeholder, (policy = withHashes(placeholder, this.hashes)))
    return policy
  }

  /**
   * The body in `encoding` (one of `encodings`, or `identity`); made on first use.
   * @param {string} encoding
   * @returns {Promise<Buffer>}
   */
  encoded(encoding) {
    const compress = compressors[encoding]
    if (!compress || this.body.length < compressFrom) return Promise.resolve(this.body)
    let copy = this.copies.get(encoding)
    if (!copy) {
      this.copies.set(encoding, (copy = compress(this.body)))
      // A failed copy (should not happen) is tried again next time rather than kept.
      copy.catch(() => this.copies.delete(encoding))
    }
    return copy
  }
}

/**
 * At most 64 MB of page text (the compressed copies kept with it are a fraction of that) and 1,000 pages: the
 * site's cached pages fit; pages rendered per request pass through and fall out first.
 */
/** @type {LRUCache<string, PageBody>} */
const pages = new LRUCache({ max: 1_000, maxSize: 64 * 1024 * 1024, sizeCalculation: (page) => page.body.length || 1 })

/**
 * The same for a page that Next.js sends as one string — a page from its cache is sent as the string it holds, the
 * same string on every hit. Looked up by the text itself: V8 keeps a string's hash with the string and compares the
 * same string by identity, so a hit costs no UTF-8 encoding and no SHA-256 of the page (together about 7 % of a cache
 * hit's CPU, issue 11). A different text is a different key (exact comparison), as a different body is above. At most
 * 32 million characters of text are kept (a page that is not cached any more falls out).
 */
/** @type {LRUCache<string, PageBody>} */
const byText = new LRUCache({ max: 1_000, maxSize: 32 * 1024 * 1024, sizeCalculation: (_page, text) => text.length || 1 })

/**
 * @param {string} text the page as Next.js sent it (UTF-8 on the wire)
 * @returns {PageBody}
 */
export const pageBodyOfText = (text) => {
  let page = byText.get(text)
  if (!page) byText.set(text, (page = pageBody(Buffer.from(text, 'utf8'))))
  return page
}

/**
 * The worked-out page for these exact bytes.
 * @param {Buffer} body
 * @returns {PageBody}
 */
export const pageBody = (body) => {
  const key = createHash('sha256').update(body).digest('base64url')
  let page = pages.get(key)
  if (!page) pages.set(key, (page = new PageBody(body, key)))
  return page
}
