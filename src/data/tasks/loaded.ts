/**
 * A task calls this as its first statement, when its modules have all loaded: it stops the preload's loading watchdog
 * (scripts/keep-alive.mjs), which otherwise ends a task that stalled while loading, so that scripts/run-task.mjs can
 * start it again. Does nothing when the task runs without that preload.
 */
export const taskLoaded = (): void => {
  const mark = (globalThis as Record<symbol, unknown>)[Symbol.for('toolbox.taskLoaded')]
  if (typeof mark === 'function') mark()
}
