import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/**
 * /vroegdetectie reads pupil files in the browser. Its Content-Security-Policy makes "no pupil row leaves the browser"
 * a rule the browser enforces: no fetch, XHR, WebSocket or beacon to anywhere (connect-src 'none'), no image loads
 * from any server, ours included (img-src data: blob:; the logo is inline SVG, the favicon a data: URL), no fonts
 * (the site uses system fonts), scripts and styles from our origin only, forms only to our own origin (the site
 * search in the header, which a visitor submits and which carries no pupil data), no framing. Next.js
 * needs inline scripts for hydration (no nonces on a static page): 'unsafe-inline' for scripts, which serve.mjs
 * replaces with the page's own script hashes (see sitePolicy below), and for styles.
 * The page's Web Worker is a separate script (Turbopack's worker bootstrap under /_next/static/chunks/) that gets its
 * own, stricter policy: a worker follows the CSP of its own response, not the page's. worker-src blob: is for the
 * .xlsx reader, which unzips large workbooks in nested blob workers (they inherit the worker's policy).
 * In development React and the dev server need eval and a WebSocket.
 * /instrumenten/<slug> gets the same policy: the answers a team types there stay in the browser (IndexedDB), and the
 * browser itself refuses any connection that could carry them off.
 */
const isDev = process.env.NODE_ENV === 'development'
const detectionPolicy = [
  "default-src 'none'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src data: blob:",
  "font-src 'none'",
  `connect-src ${isDev ? "'self' ws: wss:" : "'none'"}`,
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ')
const detectionWorkerPolicy = [
  "default-src 'none'",
  `script-src 'self'${isDev ? " 'unsafe-eval'" : ''}`,
  `connect-src ${isDev ? "'self'" : "'none'"}`,
  "worker-src 'self' blob:",
].join('; ')

/**
 * Every other page, the admin included: everything from our own origin only — scripts, styles, images, fonts,
 * connections (the search suggestions, the admin's API calls), frames (the admin's live preview) and forms; no
 * plugins, no <base>. Inline scripts: 'unsafe-inline' here is a placeholder that scripts/serve.mjs replaces, on each
 * HTML page, with the hashes of the inline scripts that page carries (scripts/server/contentSecurity.mjs), so cached pages
 * keep working without a per-request nonce and an injected script runs nowhere. Styles keep 'unsafe-inline': React
 * and the admin set style attributes, which hashes cannot allow.
 */
const sitePolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "media-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
].join('; ')

/**
 * Every response: no MIME sniffing, the full address only to our own origin, no camera, microphone, location or
 * payment (the site uses none), and framing by our own origin only — the admin's live preview frames the site; no
 * other site may frame either (clickjacking). HSTS only when the request came over https (a TLS-terminating proxy
 * sets X-Forwarded-Proto): over plain http it would mean nothing, and on localhost it would stick. /vroegdetectie's
 * own policy comes after and replaces the frame-ancestors one (frame-ancestors 'none' there).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  { key: 'Content-Security-Policy', value: sitePolicy },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets parallel builds (e.g. two working copies' test runs) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // scripts/serve.mjs compresses, and tags each HTML page with its SHA-256 as ETag: each distinct page once, not on
  // every request (scripts/server/compression.mjs, scripts/server/htmlPages.mjs).
  compress: false,
  generateEtags: false,
  // Public pages make no third-party requests; images are served from our own origin only.
  images: { unoptimized: true },
  // The seed renders PDF and Word files at start-up; these read their own data files from node_modules. The rate
  // limiter loads drizzle-orm with a runtime import() the bundler cannot follow.
  serverExternalPackages: ['pdfkit', 'docx', 'rate-limiter-flexible'],
  // Rendered pages and cached data live in memory, or in Redis when REDIS_URL is set (cache-handler.mjs); Next.js's
  // own in-memory layer is off, so an instance never serves a copy that another instance's edit has expired.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
      {
        source: '/vroegdetectie',
        headers: [{ key: 'Content-Security-Policy', value: detectionPolicy }],
      },
      // An instrument being filled in: the same policy, so the answers typed there cannot be sent anywhere either.
      {
        source: '/instrumenten/:slug',
        headers: [{ key: 'Content-Security-Policy', value: detectionPolicy }],
      },
      { source: '/_next/static/chunks/:worker(turbopack-worker-.+)', headers: [{ key: 'Content-Security-Policy', value: detectionWorkerPolicy }] },
    ]
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the visitor's colour scheme with a *critical* client hint (for the admin's
 * theme). On a first visit Chromium then sends each public page's request twice. Keep the hint to the admin.
 */
const payloadHeaders = withPayloadConfig.headers
withPayloadConfig.headers = async () =>
  (await payloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  )

export default withPayloadConfig
