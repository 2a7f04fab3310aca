import { atomFeed } from '@/features/whats-new/feed'
import { recentChanges } from '@/features/whats-new/queries'
import { siteUrl } from '@/shared/site'

/**
 * /feed.xml: the Atom feed of /nieuw. A GET route handler runs per request (not at build time, when there is no
 * database), so its absolute links use the SITE_URL the server started with. Feed readers and newsletter tools may
 * keep it a few minutes; a cache in front may serve it while it refreshes.
 */
export async function GET() {
  const changes = await recentChanges().catch(() => null)
  if (!changes) {
    return new Response('De feed is tijdelijk niet beschikbaar.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60', 'cache-control': 'no-store' },
    })
  }
  return new Response(atomFeed(changes, siteUrl), {
    headers: {
      'content-type': 'application/atom+xml; charset=utf-8',
      'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  })
}
