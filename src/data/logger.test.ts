/**
 * Payload's logger (src/data/logger.ts): errors a client caused are one short line at info without a stack, real
 * faults keep level error and their stack — recognised by status, not by class name (minified in the build).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { payloadLogger } from './logger'

const capture = () => {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  return { lines, logger: payloadLogger(stream) }
}

/** Like Payload's APIError subclasses after minification: a status, and a class name that says nothing. */
class e extends Error {
  constructor(
    message: string,
    public status: number,
  ) {
    super(message)
  }
}

describe("Payload's logger", () => {
  it('logs a 403 or 404 as one line at info, without a stack', () => {
    const { lines, logger } = capture()
    logger.error({ err: new e('Not Found', 404) })
    logger.error({ err: new e('You are not allowed to perform this action.', 403) })
    expect(lines).toHaveLength(2)
    expect(lines.map((line) => [line.level, line.status])).toEqual([['info', 404], ['info', 403]])
    expect(JSON.stringify(lines)).not.toMatch(/stack|\n\s+at /)
  })

  it('logs an error the client input caused (a 400 only after logging) briefly as well', () => {
    const { lines, logger } = capture()
    const cause = new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    logger.error({ err: Object.assign(new Error('Failed query', { cause }), { name: 'DrizzleQueryError' }) })
    expect(lines[0]).toMatchObject({ level: 'info', status: 400 })
    expect(JSON.stringify(lines[0])).not.toMatch(/stack/)
  })

  it('keeps level error and the stack for a real fault', () => {
    const { lines, logger } = capture()
    logger.error({ err: new e('Something went wrong.', 500) })
    logger.error({ err: new TypeError("Cannot read properties of undefined (reading 'id')") })
    logger.error('a plain message')
    expect(lines.map((line) => line.level)).toEqual(['error', 'error', 'error'])
    expect((lines[0]!.err as { stack: string }).stack).toMatch(/\n\s+at /)
    expect((lines[1]!.err as { stack: string }).stack).toMatch(/TypeError/)
  })

  it('writes JSON lines with the level as a word, an ISO time, its name and the request id', () => {
    const { lines, logger } = capture()
    const context = new AsyncLocalStorage<{ reqId: string }>()
    ;(globalThis as unknown as Record<symbol, unknown>)[Symbol.for('toolbox.requestContext')] = context
    try {
      context.run({ reqId: 'req-42' }, () => logger.info('inside a request'))
      logger.info('outside')
    } finally {
      delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('toolbox.requestContext')]
    }
    expect(lines[0]).toMatchObject({ level: 'info', name: 'payload', reqId: 'req-42', msg: 'inside a request' })
    expect(String(lines[0]!.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(lines[1]).not.toHaveProperty('reqId')
  })
})
