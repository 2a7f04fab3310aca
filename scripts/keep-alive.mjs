/**
 * Preloaded before a TypeScript task (see run-task.mjs). On Node 20 the TypeScript loader's hooks run on
 * another thread, and a task awaiting an import could find the event loop empty and end early (exit 13,
 * "unsettled top-level await") — seen under load. A live timer prevents that; tasks end with process.exit.
 * The same timer is a watchdog that stops a task hanging for longer than TASK_TIMEOUT_SECONDS (default 15 min).
 *
 * The loader can also lose an import altogether: the process then waits for ever before the task's first line runs —
 * no output, no database session, no CPU. Reproduced on Node 20.20 with tsx 4.23 (one of two `npm run migrate`
 * processes started together stalled so, under load; it is what hung a CI run in the rolling-start test). So the
 * task marks that its code began (src/data/tasks/loaded.ts); a task not loaded within TASK_LOAD_TIMEOUT_SECONDS
 * (default 120; loading takes seconds, under heavy load well under a minute) ends with exit code 75, and run-task.mjs
 * starts it again: safe, as none of the task's own code has run.
 */
const seconds = Number(process.env.TASK_TIMEOUT_SECONDS ?? 900)
setTimeout(() => {
  console.error(`Stopped: the task did not finish within ${seconds} s.`)
  process.exit(1)
}, seconds * 1000)

const loadSeconds = Number(process.env.TASK_LOAD_TIMEOUT_SECONDS ?? 120)
const loading = setTimeout(() => {
  console.error(`Stalled: the task's modules did not finish loading within ${loadSeconds} s (Node's module loader lost an import).`)
  // 75 (EX_TEMPFAIL): run-task.mjs starts the task again.
  process.exit(75)
}, loadSeconds * 1000)
globalThis[Symbol.for('toolbox.taskLoaded')] = () => clearTimeout(loading)
