/**
 * GET /healthz: liveness for a load balancer or an orchestrator — the process answers. Touches nothing else (no
 * database), so a slow database never gets a healthy process restarted; `/readyz` is the deeper check.
 */
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
}
