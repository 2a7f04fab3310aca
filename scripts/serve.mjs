#!/usr/bin/env node
/**
 * The production web server: `next start`, with a guard in front for the requests Next.js cannot parse and answers
 * with a 500 before any of our code runs (issue 14). TRACE, TRACK and CONNECT (the Fetch API refuses to build a
 * Request for them) get a 405; a request target that is not a path (`*`, `http://…`) a 400; an address that cannot be
 * percent-decoded a 400 — a Dutch page on the site, a JSON error on the API (on the site's own pages the proxy shows
 * the Dutch 404 first; this catches the admin, the API and Next.js's files). Everything else goes to Next.js untouched.
 *
 * Every request passed on carries the client's address and scheme from a trusted source (scripts/server/clientAddress.mjs);
 * every HTML page leaves with its inline scripts' hashes in its Content-Security-Policy and compressed, both worked out once
 * per distinct page (scripts/server/htmlPages.mjs); everything else is compressed as it streams (scripts/server/compression.mjs).
 * Every request gets an id and one JSON access line, and everything the process logs is a JSON line
 * (scripts/server/logging.mjs); SIGTERM finishes the requests in flight before the process ends
 * (scripts/server/shutdown.mjs).
 *
 * Usage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]. Plain JavaScript, like scripts/start.mjs.
 */
import { createServer } from 'node:http'

import next from 'next'

import { applyCachePolicy } from './server/cachePolicy.mjs'
import { markClient, trustedProxyHops } from './server/clientAddress.mjs'
import { compress } from './server/compression.mjs'
import { holdHtmlPages } from './server/htmlPages.mjs'
import { logger, routeConsoleToLogger, withAccessLog } from './server/logging.mjs'
import { withoutRepeatedHeaders } from './server/repeatedHeaders.mjs'
import { closeGracefully } from './server/shutdown.mjs'

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback
}
const port = Number(argument('port', process.env.PORT ?? '3000'))
const hostname = argument('hostname', undefined)

// Read once at start: a wrong value stops the server here instead of trusting the wrong hop.
const hops = trustedProxyHops()

const unsupportedMethods = new Set(['TRACE', 'TRACK', 'CONNECT'])

const decodes = (path) => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** The reason to refuse a request before Next.js sees it, or null to pass it on. */
export const refusal = (method, target) => {
  if (unsupportedMethods.has(method)) {
    return { status: 405, message: 'Deze methode wordt niet ondersteund.', headers: { allow: 'GET, HEAD, POST, PATCH, DELETE, OPTIONS' } }
  }
  if (!target || !target.startsWith('/') || target.startsWith('//')) return { status: 400, message: 'Dit is geen geldig webadres.' }
  const path = target.split('?')[0]
  if (!decodes(path)) return { status: 400, message: 'Dit webadres is ongeldig: het bevat een %-teken zonder geldige code.' }
  return null
}

const page = (message) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Ongeldige aanvraag – Toolbox Schooluitval</title></head>` +
  `<body><h1>Ongeldige aanvraag</h1><p>${message}</p><p><a href="/">Naar de startpagina</a></p></body></html>`

routeConsoleToLogger()
// No hostname for Next.js, even when the server listens on one: Next.js builds the address its proxy (src/proxy.ts) sees
// from 'localhost' but checks a rewrite's origin against the hostname given here, so with 127.0.0.1 every rewrite of
// the home page to its cached state became a second HTTP request from the server to itself.
const app = next({ dev: false, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer(withAccessLog((request, response) => {
  applyCachePolicy(request, response) // Cache-Control for nginx and CDNs (scripts/server/cachePolicy.mjs)
  const refused = refusal(request.method ?? '', request.url ?? '')
  if (!refused) {
    // The client's address and scheme as the configured proxies vouch for them (scripts/server/clientAddress.mjs).
    markClient(request, hops)
    // Compression here, not in Next.js (scripts/server/compression.mjs); then HTML pages held to send each with its
    // inline scripts' hashes in place of 'unsafe-inline' and in a compressed copy made once (scripts/server/htmlPages.mjs).
    compress(request, response)
    holdHtmlPages(request, response)
    return handle(request, withoutRepeatedHeaders(response))
  }
  const api = (request.url ?? '').startsWith('/api/')
  response.writeHead(refused.status, {
    ...refused.headers,
    'content-type': api ? 'application/json' : 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(api ? JSON.stringify({ errors: [{ message: refused.message }] }) : page(refused.message))
}))
closeGracefully(server)
server.listen(port, hostname, () => {
  logger.info(`Ready on http://${hostname ?? 'localhost'}:${port}`)
})
