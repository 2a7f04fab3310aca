/**
 * Next.js calls register() once when the server starts, before it serves requests: the moment to migrate
 * and seed, and to start building the search index. Not during `next build` (no database is touched at build
 * time) and not in the edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { prepareDatabase } = await import('./data/tasks/prepareDatabase')
  await prepareDatabase()
  // Not awaited: the server takes requests while the search index builds (src/features/search/queries.ts).
  const { warmSearchIndex } = await import('./features/search/queries')
  void warmSearchIndex()
}
