/**
 * GET /readyz: readiness — the database answers and its migrations are current (src/data/readiness.ts). 200 with
 * `{"status":"ready"}`, or 503 with the reason, so a load balancer sends traffic elsewhere. Never cached.
 */
import { payloadClient } from '@/data/payload'
import { checkReadiness } from '@/data/readiness'

export const dynamic = 'force-dynamic'

const headers = { 'cache-control': 'no-store' }

export async function GET() {
  try {
    const readiness = await checkReadiness(await payloadClient())
    if (readiness.ready) return Response.json({ status: 'ready', migrations: readiness.migrations }, { headers })
    const { ready: _, ...problem } = readiness
    return Response.json({ status: 'not ready', ...problem }, { status: 503, headers })
  } catch {
    // Payload itself could not start (e.g. the database was unreachable when this instance booted).
    return Response.json({ status: 'not ready', reason: 'database unreachable' }, { status: 503, headers })
  }
}
