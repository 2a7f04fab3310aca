/**
 * The contribution form's rules, once, as a schema: the route handler /bijdragen/verzenden checks every request with
 * it on the server, and the form runs the same check in the browser before sending, so a visitor with JavaScript
 * sees the same Dutch messages at once. Pure; nothing is stored unless it passes on the server.
 *
 * Why valibot: a schema made of small functions (object, pipe, maxLength, …), so the browser bundle gets only the
 * few that are used here (about 2 kB gzipped) instead of a whole library; no dependencies, the same code in
 * Node and the browser, typed output, messages per check, and a stable 1.x that is actively maintained.
 */
import * as v from 'valibot'

import { validateUrl } from '@/data/fields/url'
import { fileSize } from '@/shared/format'
import { isSlug } from '@/shared/paths'
import { contributionKinds, type ContributionKind } from '@/shared/contributionVocabulary'

export const limits = { title: 200, description: 5000, name: 120, organisation: 160, email: 254, url: 2000 } as const

/** The largest file a contribution may carry: 20 MB (decimal, as the site writes sizes). */
export const maxFileBytes = 20 * 1000 * 1000

/**
 * The files a contribution may carry, by the extension a visitor's file must have. The server also checks the bytes
 * (file.ts, magic numbers), so a renamed file is refused there; this list is what the browser can check at once.
 */
export const contributionFileTypes = [
  { extension: 'pdf', mime: 'application/pdf', label: 'PDF' },
  { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
  { extension: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint' },
  { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel' },
  { extension: 'odt', mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument-tekst' },
] as const

export type ContributionFileType = (typeof contributionFileTypes)[number]

/** The `accept` attribute of the form's file field: extensions and types, so every browser's picker filters. */
export const acceptedFiles = contributionFileTypes.flatMap((type) => [`.${type.extension}`, type.mime]).join(',')

/** 'Rapport.DOCX' → 'docx'; '' when the name has no extension. */
export const extensionOf = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''

export const fileMessages = {
  type: 'Dit soort bestand nemen we niet aan. Stuur een PDF, of een bestand uit Word (.docx), PowerPoint (.pptx), Excel (.xlsx) of OpenDocument (.odt).',
  size: (bytes: number) =>
    `Het bestand is te groot: hoogstens 20 MB (dit bestand is ${fileSize(bytes)}). Stuur een kleinere versie, of vermeld waar het online staat.`,
  empty: 'Het bestand is leeg. Kies het bestand opnieuw.',
  damaged: 'Dit PDF-bestand is onvolledig of beschadigd: het einde ontbreekt. Bewaar het opnieuw als PDF en stuur het nog eens.',
  content: (extension: string) =>
    `De inhoud van dit bestand past niet bij de naam (.${extension}): het is geen echt ${contributionFileTypes.find((t) => t.extension === extension)?.label ?? ''}-bestand. Stuur het bestand zoals uw programma het bewaarde.`,
} as const

/** What the browser and the server know of a chosen file before reading it: its name and size. */
export interface FileFacts {
  name: string
  size: number
}

/** The name-and-size check of a chosen file, the same in the browser and on the server: a Dutch message, or null. */
export const checkFileFacts = ({ name, size }: FileFacts): string | null => {
  if (!contributionFileTypes.some((type) => type.extension === extensionOf(name))) return fileMessages.type
  if (size > maxFileBytes) return fileMessages.size(size)
  if (size === 0) return fileMessages.empty
  return null
}

/** The file a form carries in its field `bestand`, if the visitor chose one (a browser sends an empty part if not). */
export const chosenFile = (form: FormData): File | null => {
  const file = form.getAll('bestand').find((value): value is File => typeof value !== 'string' && (value.size > 0 || value.name !== ''))
  return file ?? null
}

/** Trims, folds runs of whitespace on one-line fields and drops control characters; anything but text is empty. */
const clean = (value: unknown, multiline = false): string => {
  if (typeof value !== 'string') return ''
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  return (multiline ? text : text.replace(/\s+/g, ' ')).trim()
}

/** A field as typed, tidied; a missing field is empty. Cannot fail, so what was typed can always be shown again. */
const typed = (multiline = false) => v.optional(v.pipe(v.unknown(), v.transform((value) => clean(value, multiline))), '')

/**
 * The form's fields, tidied. The names are Dutch: they show in the address bar of a browser without JavaScript. The
 * order is the order of the form, and so of the error messages.
 */
const formValues = v.object({
  soort: typed(),
  titel: typed(),
  beschrijving: typed(true),
  onderwerp: typed(),
  webadres: typed(),
  naam: typed(),
  // Addresses are compared and stored in lower case.
  email: v.optional(v.pipe(v.unknown(), v.transform((value) => clean(value).toLowerCase())), ''),
  organisatie: typed(),
  akkoord: typed(),
})

type FormValues = v.InferOutput<typeof formValues>

/** The form's field names. */
export type ContributionField = keyof FormValues | 'bestand'

// A pragmatic address check: something@domain.tld, no spaces. The mail server has the last word.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/** What a tidied form must satisfy, per field, in Dutch; with `abortPipeEarly` each field shows its first problem. */
const rules = v.object({
  soort: v.picklist(
    contributionKinds.map((kind) => kind.value),
    'Kies wat u instuurt: een goede praktijk, een materiaal of feedback.',
  ),
  titel: v.pipe(
    v.string(),
    v.nonEmpty('Geef uw bijdrage een titel.'),
    v.maxLength(limits.title, `De titel is te lang: hoogstens ${limits.title} tekens.`),
  ),
  beschrijving: v.pipe(
    v.string(),
    v.nonEmpty('Beschrijf uw bijdrage in een paar zinnen.'),
    v.maxLength(limits.description, (issue) => `De beschrijving is te lang: hoogstens ${limits.description} tekens (nu ${issue.input.length}).`),
  ),
  onderwerp: v.pipe(
    v.string(),
    v.check((slug) => slug === '' || isSlug(slug), 'Kies een onderwerp uit de lijst.'),
  ),
  webadres: v.pipe(
    v.string(),
    v.maxLength(limits.url, 'Dit webadres is te lang.'),
    // The same check as the web addresses editors type in the admin panel, with its own Dutch messages.
    v.rawCheck(({ dataset, addIssue }) => {
      const url = dataset.typed ? validateUrl(dataset.value) : true
      if (url !== true) addIssue({ message: url })
    }),
  ),
  naam: v.pipe(
    v.string(),
    v.nonEmpty('Vul uw naam in, zodat de redactie weet van wie de bijdrage komt.'),
    v.maxLength(limits.name, `Uw naam is te lang: hoogstens ${limits.name} tekens.`),
  ),
  email: v.pipe(
    v.string(),
    v.nonEmpty('Vul uw e-mailadres in, zodat de redactie u kan antwoorden.'),
    v.maxLength(limits.email, 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.'),
    v.regex(emailPattern, 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.'),
  ),
  organisatie: v.pipe(
    v.string(),
    v.maxLength(limits.organisation, `De naam van de organisatie is te lang: hoogstens ${limits.organisation} tekens.`),
  ),
  akkoord: v.literal('ja', 'Geef aan dat de redactie uw bijdrage mag lezen en gebruiken.'),
})

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

/** The checked form as the rest of the app names it; empty optional fields become null. */
const contribution = v.pipe(
  rules,
  v.transform(
    (values): Contribution => ({
      kind: values.soort,
      title: values.titel,
      description: values.beschrijving,
      topicSlug: values.onderwerp || null,
      url: values.webadres || null,
      name: values.naam,
      email: values.email,
      organisation: values.organisatie || null,
    }),
  ),
)

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
  bestand: 'Kijk het bestand na: een PDF, of een bestand uit Word, PowerPoint, Excel of OpenDocument-tekst (.docx, .pptx, .xlsx, .odt), hoogstens 20 MB.',
  naam: 'Vul uw naam in (hoogstens 120 tekens).',
  email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.',
  organisatie: 'Kijk de naam van de organisatie na: hoogstens 160 tekens.',
  akkoord: 'Geef aan dat de redactie uw bijdrage mag lezen en gebruiken.',
}

/** Whether a name from outside (a form, the address bar) is one of the form's fields; `__proto__` and the like are not. */
export const isContributionField = (name: string): name is ContributionField => Object.hasOwn(fieldAdvice, name)

/** The text fields of a submitted form (a file someone slipped in is not text and is left out). */
export const formFields = (form: FormData): Record<string, string> =>
  Object.fromEntries([...form.entries()].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])))

/**
 * Checks what a visitor typed (and the name and size of the file they chose, if any): the tidied values, and either
 * the contribution or a Dutch message per wrong field, in the order of the form.
 */
export const validateContribution = (input: Record<string, unknown>, file: FileFacts | null = null): Validation => {
  const values = v.parse(formValues, input)
  const checked = v.safeParse(contribution, values, { abortPipeEarly: true })
  const fileProblem = file ? checkFileFacts(file) : null
  if (checked.success && !fileProblem) return { ok: true, values, contribution: checked.output }
  const found: Partial<Record<ContributionField, string>> = {}
  for (const issue of checked.issues ?? []) {
    const field = v.getDotPath(issue)
    if (field !== null && isContributionField(field)) found[field] ??= issue.message
  }
  if (fileProblem) found.bestand = fileProblem
  const errors = Object.fromEntries(
    (Object.keys(fieldAdvice) as ContributionField[]).flatMap((field) => (found[field] ? [[field, found[field]]] : [])),
  ) as Partial<Record<ContributionField, string>>
  return { ok: false, errors, values }
}
