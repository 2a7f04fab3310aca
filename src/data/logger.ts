import type { AsyncLocalStorage } from 'node:async_hooks'

import { destination, pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino'

import { isClientInputError } from './clientInputErrors'

/**
 * Payload's logger: JSON lines on stdout in the same format as the web server's (scripts/server/logging.mjs) —
 * level as a word, ISO time, `name: "payload"`, and the `reqId` of the request being served — instead of Payload's
 * default pretty-printed text, so that a log collector can read every line. LOG_LEVEL sets the level.
 *
 * Errors a client caused are logged in one short line at info, without a stack (issue 14): an anonymous 403/404 on
 * the API used to write a 1.2 KB stack at ERROR, so anyone could flood the logs. Payload means to log those at info
 * (its `loggingLevels` by error name), but the production build minifies class names, so that lookup misses and
 * every such error is logged as an error. Here they are recognised by what they are: an error with a 4xx `status`,
 * or one that clientInputErrors.ts turns into a 400 (a malformed id or `where`). Real faults (5xx) keep their stack.
 */
const clientError = (error: unknown): { status: number; message: string } | undefined => {
  if (typeof error !== 'object' || error === null) return undefined
  const { status, message } = error as { status?: unknown; message?: unknown }
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, message: String(message) }
  if (isClientInputError(error)) return { status: 400, message: String(message) }
  return undefined
}

/** The request being served, set by scripts/server/logging.mjs (absent in tasks and tests). */
const requestContext = () =>
  (globalThis as unknown as Record<symbol, AsyncLocalStorage<{ reqId: string }> | undefined>)[Symbol.for('toolbox.requestContext')]

const errorLevel = 50

/** `to`: stdout, written synchronously (no line is lost at exit); a test passes its own stream. */
export const payloadLogger = (to: DestinationStream = destination({ dest: 1, sync: true })): Logger =>
  pino(
    {
      name: 'payload',
      level: process.env.LOG_LEVEL || 'info',
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const reqId = requestContext()?.getStore()?.reqId
        return reqId ? { reqId } : {}
      },
      hooks: {
        logMethod(args, method, level) {
          const [first] = args as unknown[]
          const expected = level >= errorLevel && typeof first === 'object' && first !== null ? clientError((first as { err?: unknown }).err) : undefined
          if (!expected) return method.apply(this, args)
          this.info({ status: expected.status }, `client error: ${expected.message.slice(0, 200)}`)
        },
      },
    },
    to,
  )
