/**
 * Checks what a visitor typed into the contribution form, field by field, with Dutch messages. Pure: the form's
 * server action (and the tests) call it with the submitted values; nothing is stored unless it passes.
 */
import { validateUrl } from '@/data/fields/url'
import { isSlug } from '@/shared/paths'
import { contributionKinds, type ContributionKind } from '@/shared/contributionVocabulary'

/** The form's field names (Dutch: they show in the address bar of a browser without JavaScript). */
export type ContributionField = 'soort' | 'titel' | 'beschrijving' | 'onderwerp' | 'webadres' | 'naam' | 'email' | 'organisatie' | 'akkoord'

export interface Contribution {
  kind: ContributionKind
  title: string
  description: string
  topicSlug: string | null
  url: string | null
  name: string
  email: string
  organisation: string | null
}

export type Validation =
  | { ok: true; contribution: Contribution; values: Partial<Record<ContributionField, string>> }
  | { ok: false; errors: Partial<Record<ContributionField, string>>; values: Partial<Record<ContributionField, string>> }

/** Per field, what to check: shown after a form sent without JavaScript came back with problems. */
export const fieldAdvice: Record<ContributionField, string> = {
  soort: 'Kies wat u instuurt: een goede praktijk, een materiaal of feedback.',
  titel: 'Kijk de titel na: verplicht, hoogstens 200 tekens.',
  beschrijving: 'Kijk de beschrijving na: verplicht, hoogstens 5000 tekens.',
  onderwerp: 'Kies een onderwerp uit de lijst.',
  webadres: 'Kijk het webadres na: het begint met https:// of http://.',
  naam: 'Vul uw naam in (hoogstens 120 tekens).',
  email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.',
  organisatie: 'Kijk de naam van de organisatie na: hoogstens 160 tekens.',
  akkoord: 'Geef aan dat de redactie uw bijdrage mag lezen en gebruiken.',
}

export const limits = { title: 200, description: 5000, name: 120, organisation: 160, email: 254, url: 2000 } as const

// A pragmatic address check: something@domain.tld, no spaces. The mail server has the last word.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/** Trims, folds runs of whitespace on one-line fields and drops control characters. */
const clean = (value: unknown, multiline = false): string => {
  if (typeof value !== 'string') return ''
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  return (multiline ? text : text.replace(/\s+/g, ' ')).trim()
}

export const validateContribution = (input: Record<string, unknown>): Validation => {
  const values = {
    soort: clean(input.soort),
    titel: clean(input.titel),
    beschrijving: clean(input.beschrijving, true),
    onderwerp: clean(input.onderwerp),
    webadres: clean(input.webadres),
    naam: clean(input.naam),
    email: clean(input.email).toLowerCase(),
    organisatie: clean(input.organisatie),
    akkoord: clean(input.akkoord),
  }
  const errors: Partial<Record<ContributionField, string>> = {}
  const kind = contributionKinds.find((k) => k.value === values.soort)?.value
  if (!kind) errors.soort = 'Kies wat u instuurt: een goede praktijk, een materiaal of feedback.'
  if (!values.titel) errors.titel = 'Geef uw bijdrage een titel.'
  else if (values.titel.length > limits.title) errors.titel = `De titel is te lang: hoogstens ${limits.title} tekens.`
  if (!values.beschrijving) errors.beschrijving = 'Beschrijf uw bijdrage in een paar zinnen.'
  else if (values.beschrijving.length > limits.description)
    errors.beschrijving = `De beschrijving is te lang: hoogstens ${limits.description} tekens (nu ${values.beschrijving.length}).`
  if (values.onderwerp && !isSlug(values.onderwerp)) errors.onderwerp = 'Kies een onderwerp uit de lijst.'
  if (values.webadres) {
    const url = values.webadres.length > limits.url ? 'Dit webadres is te lang.' : validateUrl(values.webadres)
    if (url !== true) errors.webadres = url
  }
  if (!values.naam) errors.naam = 'Vul uw naam in, zodat de redactie weet van wie de bijdrage komt.'
  else if (values.naam.length > limits.name) errors.naam = `Uw naam is te lang: hoogstens ${limits.name} tekens.`
  if (!values.email) errors.email = 'Vul uw e-mailadres in, zodat de redactie u kan antwoorden.'
  else if (values.email.length > limits.email || !emailPattern.test(values.email)) errors.email = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.'
  if (values.organisatie.length > limits.organisation) errors.organisatie = `De naam van de organisatie is te lang: hoogstens ${limits.organisation} tekens.`
  if (values.akkoord !== 'ja') errors.akkoord = 'Geef aan dat de redactie uw bijdrage mag lezen en gebruiken.'

  if (Object.keys(errors).length > 0 || !kind) return { ok: false, errors, values }
  return {
    ok: true,
    values,
    contribution: {
      kind,
      title: values.titel,
      description: values.beschrijving,
      topicSlug: values.onderwerp || null,
      url: values.webadres || null,
      name: values.naam,
      email: values.email,
      organisation: values.organisatie || null,
    },
  }
}
