/**
 * Graceful shutdown (issue 13): on SIGTERM (or SIGINT), stop accepting connections, let the requests in flight
 * finish — at most SHUTDOWN_TIMEOUT_MS, 25 s by default, under the 30 s most supervisors wait before SIGKILL — then
 * run the app's shutdown tasks (closing the database: src/instrumentation.ts registers them through
 * src/shared/shutdown.ts) and exit: 0 when every request finished, 1 when some had to be cut off.
 * Plain JavaScript, like scripts/serve.mjs.
 */
import { logger } from './logging.mjs'

const limitMs = Number(process.env.SHUTDOWN_TIMEOUT_MS) || 25_000

/** The app's shutdown tasks, registered from inside Next.js's bundle through this well-known symbol. */
const shutdownTasks = () => globalThis[Symbol.for('toolbox.shutdownTasks')] ?? []

export const closeGracefully = (server) => {
  let stopping = false
  const stop = async (signal) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: no new connections, finishing the requests in flight')
    let cutOff = false
    const timer = setTimeout(() => {
      cutOff = true
      logger.warn({ limitMs }, 'shutdown: requests still running after the limit are cut off')
      server.closeAllConnections()
    }, limitMs)
    // close() stops listening at once and calls back when the last connection has ended. A keep-alive connection
    // whose response is done is idle: close those now and every half second, until the busy ones are done too.
    const idle = setInterval(() => server.closeIdleConnections(), 500)
    await new Promise((resolve) => {
      server.close(resolve)
      server.closeIdleConnections()
    })
    clearTimeout(timer)
    clearInterval(idle)
    for (const task of shutdownTasks()) {
      try {
        await task()
      } catch (error) {
        logger.error({ err: error }, 'shutdown: a task failed')
      }
    }
    logger.info({ cutOff }, 'shut down')
    process.exit(cutOff ? 1 : 0)
  }
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void stop(signal))
}
