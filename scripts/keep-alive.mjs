/**
 * Preloaded before a TypeScript task (see run-task.mjs). On Node 20 the TypeScript loader's hooks run on
 * another thread, and a task awaiting an import could find the event loop empty and end early (exit 13,
 * "unsettled top-level await") — seen under load. A live timer prevents that; tasks end with process.exit.
 * The same timer is a watchdog that stops a task hanging for longer than TASK_TIMEOUT_SECONDS (default 15 min).
 */
const seconds = Number(process.env.TASK_TIMEOUT_SECONDS ?? 900)
setTimeout(() => {
  console.error(`Stopped: the task did not finish within ${seconds} s.`)
  process.exit(1)
}, seconds * 1000)
