/**
 * POST /bijdragen/verzenden: the contribution form's endpoint (a multipart form, with at most one file). A route
 * handler rather than a server action, so this code reads the request itself and every odd request (too large, not a
 * form, tampered fields) gets a Dutch answer, never an error page. With JavaScript the form asks for JSON and shows
 * the answer in place; without it the browser follows a redirect to the confirmation page /bijdragen/bedankt, or back
 * to /bijdragen with the problems in the address (PRG: a reload sends nothing twice).
 */
import { receiveContribution } from '@/features/contributions/receive'
import { submitContribution } from '@/features/contributions/submit'
import type { ContributionState, GeneralProblem } from '@/features/contributions/ui/state'
import { payloadClient } from '@/data/payload'
import { clientAddressOf } from '@/data/rateLimits/clientAddress'
import { hit } from '@/data/rateLimits/limits'

const answer = (request: Request, state: ContributionState, status: number, headers: Record<string, string> = {}) => {
  if (request.headers.get('accept')?.includes('application/json')) return Response.json(state, { status, headers })
  // Sent: the confirmation page. Otherwise back to the form, with the outcome in the address.
  const target = new URL(state.status === 'verzonden' ? '/bijdragen/bedankt' : '/bijdragen', request.url)
  if (state.status === 'fout') {
    if (Object.keys(state.errors).length > 0) target.searchParams.set('fout', Object.keys(state.errors).join(','))
    if (state.problem) target.searchParams.set('probleem', state.problem)
    if (state.values.onderwerp) target.searchParams.set('onderwerp', state.values.onderwerp)
  }
  return new Response(null, { status: 303, headers: { ...headers, location: `${target.pathname}${target.search}` } })
}

const refuse = (request: Request, problem: GeneralProblem, status: number, values: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  answer(request, { status: 'fout', errors: {}, problem, values }, status, headers)

export async function POST(request: Request): Promise<Response> {
  // Size, multipart, honeypot, the form's schema and the file's content: a refusal is a Dutch answer, never a 500.
  const received = await receiveContribution(request)
  if (received.outcome === 'refused') return answer(request, received.state, received.httpStatus)
  if (received.outcome === 'trap') return answer(request, { status: 'verzonden', title: received.title }, 200)
  const checked = received
  // Counted per client address in the shared database (src/data/rateLimits), after the checks: a form with mistakes
  // costs nothing. Without JavaScript the browser follows the redirect to the form, which shows the Dutch message.
  const payload = await payloadClient().catch(() => null)
  if (!payload) return refuse(request, 'niet-bewaard', 503, checked.values)
  const counted = await hit(payload, 'contributions', clientAddressOf(request))
  if (!counted.allowed) return refuse(request, 'te-vaak', 429, checked.values, { 'retry-after': String(counted.retryAfterSeconds) })
  try {
    await submitContribution(payload, checked.contribution, checked.file)
  } catch (error) {
    payload.logger.error({ err: error }, 'A contribution could not be stored')
    return refuse(request, 'niet-bewaard', 503, checked.values)
  }
  return answer(request, { status: 'verzonden', title: checked.contribution.title }, 200)
}
