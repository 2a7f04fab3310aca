/**
 * POST /bijdragen/verzenden: the contribution form's endpoint. A route handler rather than a server action, so this
 * code reads the request itself and every odd request (too large, not a form, tampered fields) gets a Dutch answer,
 * never an error page. With JavaScript the form asks for JSON and shows the answer in place; without it the
 * browser follows a redirect back to /bijdragen with the outcome in the address (PRG: a reload sends nothing twice).
 */
import { submitContribution } from '@/features/contributions/submit'
import { formFields, validateContribution } from '@/features/contributions/validate'
import type { ContributionState, GeneralProblem } from '@/features/contributions/ui/state'
import { payloadClient } from '@/data/payload'
import { clientAddressOf } from '@/data/rateLimits/clientAddress'
import { hit } from '@/data/rateLimits/limits'

// The longest valid form is about 8 kB; a little room for multipart overhead, nothing more.
const MAX_BODY_BYTES = 64 * 1024

const answer = (request: Request, state: ContributionState, status: number, headers: Record<string, string> = {}) => {
  if (request.headers.get('accept')?.includes('application/json')) return Response.json(state, { status, headers })
  const target = new URL('/bijdragen', request.url)
  if (state.status === 'verzonden') target.searchParams.set('verzonden', '1')
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
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (!(length <= MAX_BODY_BYTES)) return refuse(request, 'te-groot', 413)
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refuse(request, 'onleesbaar', 400)
  }
  const input = formFields(form)
  // A field people cannot see: whoever fills it in is a script. It is told all went well, and nothing is stored.
  if (input.website) return answer(request, { status: 'verzonden', title: input.titel ?? '' }, 200)
  // The same schema the form ran in the browser, run again here: only this check counts.
  const checked = validateContribution(input)
  if (!checked.ok) return answer(request, { status: 'fout', errors: checked.errors, values: checked.values }, 422)
  // Counted per client address in the shared database (src/data/rateLimits), after the checks: a form with mistakes
  // costs nothing. Without JavaScript the browser follows the redirect to the form, which shows the Dutch message.
  const payload = await payloadClient().catch(() => null)
  if (!payload) return refuse(request, 'niet-bewaard', 503, checked.values)
  const counted = await hit(payload, 'contributions', clientAddressOf(request))
  if (!counted.allowed) return refuse(request, 'te-vaak', 429, checked.values, { 'retry-after': String(counted.retryAfterSeconds) })
  try {
    await submitContribution(payload, checked.contribution)
  } catch (error) {
    payload.logger.error({ err: error }, 'A contribution could not be stored')
    return refuse(request, 'niet-bewaard', 503, checked.values)
  }
  return answer(request, { status: 'verzonden', title: checked.contribution.title }, 200)
}
