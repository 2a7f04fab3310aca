/**
 * Compression of every response, in our server instead of Next.js's (next.config.mjs sets `compress: false`; issue
 * 11). Next.js gzips each response anew, a page from its cache included, and scripts/server/htmlPages.mjs had to
 * gunzip each HTML page again to hash its scripts. Now HTML pages leave uncompressed from Next.js, and
 * htmlPages.mjs sends each distinct page's gzip or Brotli copy, made once (scripts/server/pageBodies.mjs);
 * everything else (scripts, styles, JSON, the RSC payloads of client-side navigation, text files) is compressed as it
 * streams by the `compression` package.
 *
 * Why the `compression` package: Express's own middleware, the one Next.js bundles for its `compress` option, now
 * with Brotli; it knows which types compress, negotiates Accept-Encoding, sets Vary, skips small bodies, HEAD
 * requests and `Cache-Control: no-transform`, and streams. Why `negotiator`: the parser of Accept-Encoding (q-values,
 * `*`, `identity;q=0`) that `compression` itself uses, so both choose alike.
 */
import compression from 'compression'
import Negotiator from 'negotiator'

import { encodings } from './pageBodies.mjs'

/** Responses that htmlPages.mjs sends already encoded (or deliberately not): the middleware leaves them alone. */
export const encodedByUs = Symbol('toolbox.encodedByUs')

const middleware = compression({ filter: (request, response) => !response[encodedByUs] && compression.filter(request, response) })

/** Compresses the response as it streams, unless htmlPages.mjs sends it. Call before anything else wraps it. */
export const compress = (request, response) => middleware(request, response, () => {})

/** The encoding to send an HTML page in: the client's preference among ours (Brotli first), or `identity`. */
export const encodingFor = (request) => new Negotiator(request).encoding([...encodings, 'identity'], encodings) ?? 'identity'
