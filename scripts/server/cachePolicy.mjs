/**
 * The Cache-Control policy of every response, decided in one place (issue 11) as the response's headers are written,
 * so that nginx (deploy/nginx/) and any CDN in front can keep public pages for a few seconds and never keep anything
 * private. Hooked into scripts/serve.mjs with one line: `applyCachePolicy(request, response)`.
 *
 * Why here and not in next.config's headers() or src/proxy.ts: both decide before the page renders, so they cannot see
 * the status (a 404 or a 500 during a database outage must not be cached as a good page) nor the cookies a response
 * sets, and headers() cannot tell a POST from a GET. And Next.js writes its own header for pages it caches itself
 * (`s-maxage=31536000` for a page revalidated on demand only, which would keep a CDN stale for a year; `s-maxage=N,
 * stale-while-revalidate=<expireTime − N>` for timed revalidation): that is its cache's lifetime, not how long a shared
 * cache that nobody purges on publish may keep the page. Here the final status and headers are known.
 *
 * - Public pages (GET or HEAD, 200 or 304, no session, no draft mode, no Set-Cookie):
 *   `public, max-age=0, s-maxage=PAGE_CACHE_SECONDS, stale-while-revalidate=PAGE_STALE_SECONDS, stale-if-error=86400`
 *   — browsers revalidate every time, shared caches keep the page a few seconds and may serve it stale while they
 *   fetch a fresh one, and for a day while the app is down. Next.js's fingerprinted files (`immutable`) keep theirs.
 * - Never storable (`private, no-cache, no-store, max-age=0, must-revalidate`, or the app's own header when it already
 *   says no-store): /admin, /api, /healthz, /readyz, anything but GET and HEAD, a request with the Payload session
 *   cookie, an Authorization header or Next.js's draft-mode cookie, a response that sets a cookie, and any other
 *   status (404, 5xx, redirects).
 */

export const noStore = 'private, no-cache, no-store, max-age=0, must-revalidate'

const seconds = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback)
  return Number.isInteger(value) && value >= 0 ? value : fallback
}

/** The header a cacheable public response gets; read from the environment once, at start. */
export const publicPolicy = (
  maxAge = seconds('PAGE_CACHE_SECONDS', 5),
  stale = seconds('PAGE_STALE_SECONDS', 55),
) => `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${stale}, stale-if-error=86400`

const defaultPolicy = publicPolicy()

/** Paths that are private or must always reach the app. */
const privatePath = /^\/(admin|api|healthz|readyz)(\/|\?|$)/

/** The Payload session cookie (`<cookiePrefix>-token`, prefix `payload`) and Next.js's draft-mode cookie. */
const privateCookie = /(?:^|;\s*)(payload-token|__prerender_bypass)=/

/**
 * The Cache-Control for one response. `request`: method, url, and the cookie and authorization headers;
 * `response`: the status, the Cache-Control Next.js (or Payload) chose, and whether it sets a cookie.
 */
export const cacheControlFor = (request, response, policy = defaultPolicy) => {
  const chosen = String(response.cacheControl ?? '')
  // Fingerprinted build files: whatever the request, they never change.
  if (/\bimmutable\b/.test(chosen)) return chosen
  const method = request.method ?? 'GET'
  const shared =
    (method === 'GET' || method === 'HEAD') &&
    !privatePath.test(request.url ?? '/') &&
    !request.authorization &&
    !privateCookie.test(request.cookie ?? '') &&
    !response.setsCookie &&
    (response.status === 200 || response.status === 304)
  if (shared) return policy
  // A no-store the app chose itself (the health checks' plain `no-store`) stands; anything else becomes noStore.
  return /\bno-store\b/.test(chosen) ? chosen : noStore
}

/** Wraps the response's writeHead (every header write goes through it, implicit ones too) to apply the policy. */
export const applyCachePolicy = (request, response, policy = defaultPolicy) => {
  const writeHead = response.writeHead
  response.writeHead = function (status, ...rest) {
    // writeHead(status[, statusMessage][, headers]): headers given here win over setHeader's, so take theirs out.
    const headers = rest.find((part) => part && typeof part === 'object')
    let given
    let setsCookie = response.hasHeader('set-cookie')
    if (Array.isArray(headers)) {
      for (let i = headers.length - 2; i >= 0; i -= 2) {
        const key = String(headers[i]).toLowerCase()
        if (key === 'set-cookie') setsCookie = true
        if (key === 'cache-control') given = headers.splice(i, 2)[1]
      }
    } else if (headers) {
      for (const key of Object.keys(headers)) {
        if (key.toLowerCase() === 'set-cookie') setsCookie = true
        if (key.toLowerCase() === 'cache-control') {
          given = headers[key]
          delete headers[key]
        }
      }
    }
    const cacheControl = cacheControlFor(
      { method: request.method, url: request.url, cookie: request.headers.cookie, authorization: request.headers.authorization },
      { status, cacheControl: given ?? response.getHeader('cache-control'), setsCookie },
      policy,
    )
    response.setHeader('cache-control', cacheControl)
    return writeHead.call(this, status, ...rest)
  }
}
