import { unstable_cache } from 'next/cache'

/**
 * A cached page that shows a notice instead of its content (the database could not be read) must not stay cached
 * until the next publish. Reading this 10-second cache entry during the render lowers the page's own lifetime to
 * 10 seconds (Next.js takes the shortest `revalidate` of what a page reads), so the notice is replaced soon after
 * the database is back. A page whose render fails outright is never cached: Next.js keeps serving the last good one.
 */
const briefEntry = unstable_cache(async () => true, ['public-page-brief'], { revalidate: 10 })

export const keepBriefly = async (): Promise<void> => {
  try {
    await briefEntry()
  } catch {
    // Outside a Next.js request (unit tests render pages directly) there is no page cache to shorten.
  }
}
