/**
 * Next.js calls register() once when the server starts, before it serves requests: the moment to migrate
 * and seed, to start building the search index, and to say what to close when the server stops. Not during
 * `next build` (no database is touched at build time) and not in the edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { prepareDatabase } = await import('./data/tasks/prepareDatabase')
  let payload: Awaited<ReturnType<typeof prepareDatabase>>
  try {
    payload = await prepareDatabase()
  } catch (error) {
    // Next.js would log the failure and stay up, answering every request with it, and look alive to a supervisor.
    // Without a prepared database there is nothing to serve: stop with 1, so the supervisor restarts or alerts. (The
    // deadline, DATABASE_PREPARE_TIMEOUT_SECONDS, sees to it that this happens rather than waiting for ever.)
    console.error('Start-up failed: the database could not be prepared; stopping.', error)
    process.exit(1)
  }
  // On SIGTERM scripts/serve.mjs lets the requests in flight finish, then runs this (src/shared/shutdown.ts).
  const [{ onShutdown }, { closeDatabase }] = await Promise.all([import('./shared/shutdown'), import('./data/closeDatabase')])
  onShutdown(() => closeDatabase(payload))
  // Not awaited: the server takes requests while the search index builds (src/features/search/queries.ts).
  const { warmSearchIndex } = await import('./features/search/queries')
  void warmSearchIndex()
}
