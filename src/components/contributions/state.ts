import type { ContributionField } from '../../contributions/validate'

/** What the contribution form shows after a submit: nothing yet, the errors with what was typed, or thanks. */
export type ContributionState =
  | { status: 'leeg' }
  | { status: 'fout'; errors: Partial<Record<ContributionField | 'algemeen', string>>; values: Partial<Record<string, string>> }
  | { status: 'verzonden'; title: string }
