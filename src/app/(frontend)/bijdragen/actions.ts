'use server'

import { headers } from 'next/headers'

import { createRateLimit } from '../../../contributions/rateLimit'
import { submitContribution } from '../../../contributions/submit'
import { validateContribution } from '../../../contributions/validate'
import type { ContributionState } from '../../../components/contributions/state'
import { payloadClient } from '../../../queries/payload'

const holder = globalThis as typeof globalThis & { __contributionLimit?: (key: string) => boolean }
// Five contributions per sender per ten minutes is far more than anyone in the field needs.
const allow = (holder.__contributionLimit ??= createRateLimit({ max: 5, windowMs: 10 * 60_000 }))

/** The contribution form's server action: check, filter spam, store, tell the editors. Never throws. */
export async function sendContribution(_previous: ContributionState, form: FormData): Promise<ContributionState> {
  const input: Record<string, string> = Object.fromEntries(
    [...form.entries()].flatMap(([name, value]) => (typeof value === 'string' && !name.startsWith('$ACTION') ? [[name, value]] : [])),
  )
  // A field people cannot see: whoever fills it in is a script. It is told all went well, and nothing is stored.
  if (input.website) return { status: 'verzonden', title: input.titel ?? '' }
  const checked = validateContribution(input)
  if (!checked.ok) return { status: 'fout', errors: checked.errors, values: checked.values }
  const request = await headers()
  const sender = request.get('x-forwarded-for')?.split(',')[0]?.trim() || request.get('x-real-ip') || 'onbekend'
  if (!allow(sender)) {
    return { status: 'fout', errors: { algemeen: 'U stuurde de voorbije minuten al verschillende bijdragen. Probeer het over tien minuten opnieuw.' }, values: input }
  }
  try {
    await submitContribution(await payloadClient(), checked.contribution)
    return { status: 'verzonden', title: checked.contribution.title }
  } catch (error) {
    ;(await payloadClient()).logger.error({ err: error }, 'A contribution could not be stored')
    return {
      status: 'fout',
      errors: { algemeen: 'Uw bijdrage kon nu niet bewaard worden. Probeer het straks opnieuw; wat u typte, staat er nog.' },
      values: input,
    }
  }
}
