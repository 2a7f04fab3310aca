import type { ContributionField } from '@/features/contributions/validate'

/** Problems with the whole form rather than one field, with the Dutch message the visitor reads. */
export const generalProblems = {
  'te-groot': 'Uw bijdrage is te groot om te versturen. Maak de beschrijving korter.',
  onleesbaar: 'Het formulier kwam onleesbaar aan. Probeer het opnieuw.',
  'te-vaak': 'U stuurde de voorbije minuten al verschillende bijdragen. Probeer het over tien minuten opnieuw.',
  'niet-bewaard': 'Uw bijdrage kon nu niet bewaard worden. Probeer het straks opnieuw; wat u typte, staat er nog.',
  verbinding: 'De website is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw; wat u typte, staat er nog.',
} as const

export type GeneralProblem = keyof typeof generalProblems

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
