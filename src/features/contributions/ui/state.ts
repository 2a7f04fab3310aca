import { fieldAdvice, isContributionField, type ContributionField } from '@/features/contributions/validate'

/** Problems with the whole form rather than one field, with the Dutch message the visitor reads. */
export const generalProblems = {
  'te-groot': 'Uw bijdrage is te groot om te versturen. Maak de beschrijving korter.',
  onleesbaar: 'Het formulier kwam onleesbaar aan. Probeer het opnieuw.',
  'te-vaak': 'U stuurde de voorbije minuten al verschillende bijdragen. Probeer het over tien minuten opnieuw.',
  'niet-bewaard': 'Uw bijdrage kon nu niet bewaard worden. Probeer het straks opnieuw; wat u typte, staat er nog.',
  verbinding: 'De website is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw; wat u typte, staat er nog.',
} as const

export type GeneralProblem = keyof typeof generalProblems

/** Whether a name from the address bar is one of the problems above; `__proto__`, `constructor` and the like are not. */
export const isGeneralProblem = (name: string): name is GeneralProblem => Object.hasOwn(generalProblems, name)

/**
 * What the contribution form shows: nothing yet, the errors (per field, or one problem with the whole form) with
 * what was typed, or thanks.
 */
export type ContributionState =
  | { status: 'leeg' }
  | {
      status: 'fout'
      errors: Partial<Record<ContributionField, string>>
      problem?: GeneralProblem
      values: Partial<Record<string, string>>
    }
  | { status: 'verzonden'; title: string }

type AddressValue = string | string[] | undefined

/**
 * What the form shows when a browser without JavaScript comes back from /bijdragen/verzenden with the outcome in
 * the address (?verzonden=1, ?fout=titel,email, ?probleem=te-vaak). Only the table's own keys count: anything
 * else, typed or tampered, is ignored and the form shows as if new.
 */
export const stateFromAddress = ({ verzonden, fout, probleem }: { verzonden?: AddressValue; fout?: AddressValue; probleem?: AddressValue }): ContributionState => {
  if (verzonden === '1') return { status: 'verzonden', title: '' }
  const fields = typeof fout === 'string' ? fout.split(',').filter(isContributionField) : []
  const problem = typeof probleem === 'string' && isGeneralProblem(probleem) ? probleem : undefined
  if (fields.length === 0 && !problem) return { status: 'leeg' }
  return { status: 'fout', errors: Object.fromEntries(fields.map((field) => [field, fieldAdvice[field]])), problem, values: {} }
}
