/**
 * Work to do when the server stops (closing the database), run by scripts/serve.mjs after the requests in flight
 * have finished (scripts/server/shutdown.mjs). The list lives under a well-known symbol on globalThis because the
 * server script and the app's bundle (Next.js) are loaded separately and share nothing else.
 */
type Task = () => Promise<void> | void

const key = Symbol.for('toolbox.shutdownTasks')

export const onShutdown = (task: Task): void => {
  const store = globalThis as unknown as Record<symbol, Task[] | undefined>
  ;(store[key] ??= []).push(task)
}
