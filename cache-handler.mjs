/**
 * Where Next.js keeps its cache of rendered public pages and cached data (next.config.mjs `cacheHandler`).
 *
 * - Without `REDIS_URL` (one instance): in this process's memory (an LRU of at most 2,000 entries). Nothing is written
 *   to disk, so several servers started from one build (the tests do that) never read each other's pages, and a
 *   restart starts empty.
 * - With `REDIS_URL` (several instances): in Redis, shared by every instance, with the tags that editors' changes
 *   expire (data/cache/freshPages.ts). An edit through any instance is seen by all of them on the next request.
 *
 * Library: @fortedigital/nextjs-cache-handler, the maintained successor of @neshca/cache-handler, which supports
 * Next.js 16's cache handler interface (tags, revalidatePath's implicit tags, TTLs); its redis-strings handler on
 * the official Redis client. We do not hand-write the protocol between instances. It does not support `'use cache'`
 * (cacheComponents) — one more reason the site uses route segment caching (docs/ARCHITECTURE.md).
 *
 * The cache holds nothing from the build: every page is rendered on its first request, with the database and the
 * SITE_URL of the running site. Keys start with `REDIS_KEY_PREFIX` (default `toolbox:`) and the build's id, so a new
 * release never serves an old release's pages, and two sites can share one Redis server.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/** Entries not asked for are dropped after this long (a page's own lifetime is shorter: see its `revalidate`). */
const ttl = { defaultStaleAge: 24 * 3600, estimateExpireAge: (staleAge) => Math.ceil(staleAge * 1.5) }

const redisHandler = async (buildId) => {
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 })
  // Errors after start-up (Redis restarting) are reported here; meanwhile reads miss and pages render fresh.
  client.on('error', (error) => console.error('Page cache: Redis error:', error.message))
  await client.connect()
  return createRedisHandler({ client, keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? 'toolbox:'}${buildId}:`, timeoutMs: 1_000 })
}

CacheHandler.onCreation(async ({ buildId }) => {
  // One set of handlers (and one Redis connection) per process, however often Next.js asks.
  globalThis.__toolboxPageCache ??= (async () => {
    if (!process.env.REDIS_URL || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
      return { handlers: [createLruHandler({ maxItemsNumber: 2_000 })], ttl }
    }
    try {
      return { handlers: [await redisHandler(buildId ?? 'dev')], ttl }
    } catch (error) {
      // A cache of this instance's own would serve pages that another instance's edit has expired: without Redis,
      // render every page fresh (slower, never stale) until the process is restarted with Redis reachable.
      console.error(`Page cache: Redis at REDIS_URL is not reachable (${error.message}); pages are not cached.`)
      return { handlers: [], ttl }
    }
  })()
  return globalThis.__toolboxPageCache
})

export default CacheHandler
