/** What a visitor can send in, and where an editor is with it. Values are stored; labels are shown. */
export const contributionKinds = [
  { value: 'praktijk', label: 'Een goede praktijk' },
  { value: 'materiaal', label: 'Een materiaal' },
  { value: 'feedback', label: 'Feedback op de toolbox' },
] as const

export type ContributionKind = (typeof contributionKinds)[number]['value']

export const submissionStatuses = [
  { value: 'nieuw', label: 'Nieuw' },
  { value: 'in-behandeling', label: 'In behandeling' },
  { value: 'omgezet', label: 'Omgezet naar concept' },
  { value: 'verwerkt', label: 'Verwerkt' },
  { value: 'niet-weerhouden', label: 'Niet weerhouden' },
] as const
