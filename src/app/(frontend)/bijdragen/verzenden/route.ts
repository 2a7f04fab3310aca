/**
 * POST /bijdragen/verzenden: the contribution form's endpoint (a multipart form, with at most one file). A route handler rather than a server action, so this
 * code reads the request itself and every odd request (too large, not a form, tampered fields) gets a Dutch answer,
 * never an error page. With JavaScript the form asks for JSON and shows the answer in place; without it the
 * browser follows a redirect to the confirmation page /bijdragen/bedankt, or back to /bijdragen with the problems in
 * the address (PRG: a reload sends nothing twice).
 */
import { createRateLimit } from '@/features/contributions/rateLimit'
import { receiveContribution } from '@/features/contributions/receive'
import { submitContribution } from '@/features/contributions/submit'
import type { ContributionState, GeneralProblem } from '@/features/contributions/ui/state'
import { payloadClient } from '@/data/payload'

const holder = globalThis as typeof globalThis & { __contributionLimit?: (key: string) => boolean }
// Five contributions per sender per ten minutes is far more than anyone in the field needs.
const allow = (holder.__contributionLimit ??= createRateLimit({ max: 5, windowMs: 10 * 60_000 }))

const answer = (request: Request, state: ContributionState, status: number) => {
  if (request.headers.get('accept')?.includes('application/json')) return Response.json(state, { status })
  // Sent: the confirmation page. Otherwise back to the form, with the outcome in the address.
  const target = new URL(state.status === 'verzonden' ? '/bijdragen/bedankt' : '/bijdragen', request.url)
  if (state.status === 'fout') {
    if (Object.keys(state.errors).length > 0) target.searchParams.set('fout', Object.keys(state.errors).join(','))
    if (state.problem) target.searchParams.set('probleem', state.problem)
    if (state.values.onderwerp) target.searchParams.set('onderwerp', state.values.onderwerp)
  }
  return new Response(null, { status: 303, headers: { location: `${target.pathname}${target.search}` } })
}

const refuse = (request: Request, problem: GeneralProblem, status: number, values: Record<string, string> = {}) =>
  answer(request, { status: 'fout', errors: {}, problem, values }, status)

export async function POST(request: Request): Promise<Response> {
  // Size, multipart, honeypot, the form's schema and the file's content: a refusal is a Dutch answer, never a 500.
  const received = await receiveContribution(request)
  if (received.outcome === 'refused') return answer(request, received.state, received.httpStatus)
  if (received.outcome === 'trap') return answer(request, { status: 'verzonden', title: received.title }, 200)
  const checked = received
  const sender = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'onbekend'
  if (!allow(sender)) return refuse(request, 'te-vaak', 429, checked.values)
  try {
    await submitContribution(await payloadClient(), checked.contribution, checked.file)
  } catch (error) {
    await payloadClient()
      .then((payload) => payload.logger.error({ err: error }, 'A contribution could not be stored'))
      .catch(() => undefined)
    return refuse(request, 'niet-bewaard', 503, checked.values)
  }
  return answer(request, { status: 'verzonden', title: checked.contribution.title }, 200)
}
