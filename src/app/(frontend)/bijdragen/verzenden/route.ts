/**
 * POST /bijdragen/verzenden: the contribution form's endpoint. A route handler rather than a server action, so this
 * code reads the request itself and every odd request (too large, not a form, tampered fields) gets a Dutch answer,
 * never an error page. With JavaScript the form asks for JSON and shows the answer in place; without it the
 * browser follows a redirect back to /bijdragen with the outcome in the address (PRG: a reload sends nothing twice).
 */
import { createRateLimit } from '@/features/contributions/rateLimit'
import { submitContribution } from '@/features/contributions/submit'
import { formFields, validateContribution } from '@/features/contributions/validate'
import type { ContributionState, GeneralProblem } from '@/features/contributions/ui/state'
import { payloadClient } from '@/data/payload'

// The longest valid form is about 8 kB; a little room for multipart overhead, nothing more.
const MAX_BODY_BYTES = 64 * 1024

const holder = globalThis as typeof globalThis & { __contributionLimit?: (key: string) => boolean }
// Five contributions per sender per ten minutes is far more than anyone in the field needs.
const allow = (holder.__contributionLimit ??= createRateLimit({ max: 5, windowMs: 10 * 60_000 }))

const answer = (request: Request, state: ContributionState, status: number) => {
  if (request.headers.get('accept')?.includes('application/json')) return Response.json(state, { status })
  const target = new URL('/bijdragen', request.url)
  if (state.status === 'verzonden') target.searchParams.set('verzonden', '1')
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
  const sender = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'onbekend'
  if (!allow(sender)) return refuse(request, 'te-vaak', 429, checked.values)
  try {
    await submitContribution(await payloadClient(), checked.contribution)
  } catch (error) {
    await payloadClient()
      .then((payload) => payload.logger.error({ err: error }, 'A contribution could not be stored'))
      .catch(() => undefined)
    return refuse(request, 'niet-bewaard', 503, checked.values)
  }
  return answer(request, { status: 'verzonden', title: checked.contribution.title }, 200)
}
