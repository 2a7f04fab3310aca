/**
 * The web server's logs: one JSON line per event on stdout, for the whole process (issue 13).
 *
 * - `logger`: pino, JSON lines with `level` as a word, an ISO `time` and a `name` (`http` here; Payload's own lines,
 *   from src/data/logger.ts, say `payload`). LOG_LEVEL sets the level (default `info`).
 * - `accessLog`: one line per request when its response is finished or the client went away: `reqId`, `req.method`,
 *   `req.path`, `req.query` (the parameter *names* only), `res.status`, `durationMs`. Why no query values: they are
 *   what a visitor typed — a search for a pupil's name on /zoeken, an e-mail address — and logs are kept longer and
 *   read by more people than the database. The names are enough to tell which kind of request it was. Paths that
 *   carry a secret token (password reset, e-mail verification) are logged with `:token` in its place.
 * - The request id: a well-formed incoming `X-Request-Id` (e.g. nginx's `$request_id`) is kept, otherwise a UUID is
 *   made; it goes back as the `X-Request-Id` response header and onto every line logged while the request runs
 *   (through `requestContext`, which Payload's logger reads), so an error line can be matched to its request.
 * - `routeConsoleToLogger`: Next.js writes to `console`; those lines become JSON lines too.
 *
 * Why pino-http: the pino team's request logger already knows when a response is really over (`finish`, or `close`
 * when the client left, or an error), times it and hands out request ids; we only choose what goes in the line.
 * Plain JavaScript, like scripts/serve.mjs, which runs before anything is compiled.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import { format } from 'node:util'

import { pino } from 'pino'
import { pinoHttp } from 'pino-http'

/** The same line format as Payload's logger (src/data/logger.ts): level as a word, ISO time. */
export const logger = pino(
  {
    name: 'http',
    level: process.env.LOG_LEVEL || 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  // Synchronous: a line is written before the next one starts, and nothing is lost when the process exits.
  pino.destination({ dest: 1, sync: true }),
)

/**
 * The request now running, for lines logged deeper down (Payload's logger adds its `reqId`). Shared through a
 * well-known symbol because Next.js bundles the app's copy of this contract separately from this file.
 */
export const requestContext = (globalThis[Symbol.for('toolbox.requestContext')] ??= new AsyncLocalStorage())

/** Letters, digits and `._:-`, at most 128: a UUID, nginx's hex id or a trace id fits; nothing that could forge a line. */
const wellFormedId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

export const requestId = (incoming) => (typeof incoming === 'string' && wellFormedId.test(incoming) ? incoming : randomUUID())

/** Path segments after these hold a one-time secret: logged as `:token`. */
const tokenPaths = /^(\/admin\/reset|\/(?:admin|api)\/[^/]+\/verify)\/[^/]+/

/** What of a request target goes into the log: the path (tokens masked, at most 512 characters) and the query's names. */
export const loggedTarget = (target = '') => {
  const at = target.indexOf('?')
  const path = (at < 0 ? target : target.slice(0, at)).replace(tokenPaths, '$1/:token').slice(0, 512)
  if (at < 0) return { path }
  const names = [...new Set(new URLSearchParams(target.slice(at + 1)).keys())].sort().slice(0, 20)
  return names.length ? { path, query: names } : { path }
}

const http = pinoHttp({
  logger,
  genReqId: (request, response) => {
    const id = requestId(request.headers['x-request-id'])
    response.setHeader('x-request-id', id)
    return id
  },
  quietReqLogger: true,
  customAttributeKeys: { responseTime: 'durationMs' },
  serializers: {
    req: (request) => ({ method: request.method, ...loggedTarget(request.raw?.url ?? request.url) }),
    res: (response) => ({ status: response.statusCode }),
  },
  // A client error is not the server's: info, like any other request. A 5xx is an error (its stack, if any, is
  // in the line Payload or Next.js logged for it, with the same reqId).
  customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
  customSuccessMessage: (_request, response) => (response.writableFinished ? 'request completed' : 'request aborted'),
  customErrorMessage: () => 'request failed',
  // pino-http makes up an Error (with pino-http's own stack) for a plain 5xx status; the status says it all.
  customErrorObject: (_request, response, error, line) =>
    error?.message === `failed with status code ${response.statusCode}` ? { ...line, err: undefined } : line,
})

/** Wraps a Node.js request handler: the request gets its id and its access line, and runs in its context. */
export const withAccessLog = (handler) => (request, response) => {
  http(request, response)
  requestContext.run({ reqId: request.id }, () => handler(request, response))
}

/** console.* → the logger, so that everything the process writes to stdout is a JSON line. */
export const routeConsoleToLogger = () => {
  const route = (level) => (...args) => {
    const error = args.find((arg) => arg instanceof Error)
    const message = format(...args.filter((arg) => arg !== error))
    if (error) logger[level]({ err: error }, message || error.message)
    else logger[level](message)
  }
  console.log = console.info = route('info')
  console.warn = route('warn')
  console.error = route('error')
  console.debug = route('debug')
}
