/**
 * How the site writes dates, file sizes and file types: one rule each, so one file shows the same size and type on
 * the topic page, in the library, on its own page and in the search results. Pure functions, unit-tested.
 */

/** Dates are the day in Belgium, whatever the server's time zone: 23:30 UTC on 31 December is already New Year. */
const timeZone = 'Europe/Brussels'
const dateFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone })

const dateOf = (iso: string | null | undefined): Date | null => {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** '2026-06-15T00:00:00.000Z' → '15 juni 2026'; null for a missing or unreadable date. */
export const formatDate = (iso: string | null | undefined): string | null => {
  const date = dateOf(iso)
  return date ? dateFormat.format(date) : null
}

/** The machine-readable date for <time dateTime> ('2026-06-15'), the same day as formatDate writes. */
export const isoDate = (iso: string | null | undefined): string | undefined =>
  // Swedish writes dates as ISO 8601 (yyyy-mm-dd).
  dateOf(iso)?.toLocaleDateString('sv-SE', { timeZone })

const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 })

/**
 * 1234567 → '1,2 MB', 4124 → '4 kB'; anything under 1 kB is shown as 1 kB. Decimal SI units (1 kB = 1000 bytes):
 * that is what 'kB' and 'MB' mean (1024-based sizes are KiB and MiB, which visitors do not know), and it is how
 * macOS, iOS and Android show a downloaded file's size.
 */
export const fileSize = (bytes: number | null | undefined): string | null => {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return null
  const kB = Math.max(1, Math.round(bytes / 1000))
  // Switch on the rounded value: 999 600 bytes is '1 MB', not '1000 kB'.
  if (kB < 1000) return `${kB} kB`
  return `${decimal.format(bytes / 1000 / 1000)} MB`
}

/** Kinds of file, as the library's "Formaat" filter offers them (the values are its URL parameter `formaat`). */
export const fileKinds = [
  { value: 'pdf', label: 'PDF' },
  { value: 'word', label: 'Word' },
  { value: 'excel', label: 'Excel' },
  { value: 'powerpoint', label: 'PowerPoint' },
  { value: 'opendocument', label: 'OpenDocument' },
  { value: 'csv', label: 'CSV' },
  { value: 'afbeelding', label: 'Afbeelding' },
  { value: 'weblink', label: 'Link naar een website' },
] as const satisfies readonly { value: string; label: string }[]

export type FileKind = (typeof fileKinds)[number]['value']

/**
 * The file types the site knows (every type an editor may upload: see the media collection), each with its kind
 * and, where the kind says too little, its own name.
 */
const fileTypes: Record<string, { kind: FileKind; label?: string }> = {
  'application/pdf': { kind: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { kind: 'word' },
  'application/msword': { kind: 'word' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'excel' },
  'application/vnd.ms-excel': { kind: 'excel' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { kind: 'powerpoint' },
  'application/vnd.oasis.opendocument.text': { kind: 'opendocument', label: 'OpenDocument-tekst' },
  'application/vnd.oasis.opendocument.spreadsheet': { kind: 'opendocument', label: 'OpenDocument-rekenblad' },
  'application/vnd.oasis.opendocument.presentation': { kind: 'opendocument', label: 'OpenDocument-presentatie' },
  'text/csv': { kind: 'csv' },
  'image/png': { kind: 'afbeelding', label: 'Afbeelding (PNG)' },
  'image/jpeg': { kind: 'afbeelding', label: 'Afbeelding (JPEG)' },
  'image/webp': { kind: 'afbeelding', label: 'Afbeelding (WebP)' },
  'image/svg+xml': { kind: 'afbeelding', label: 'Afbeelding (SVG)' },
}

const fileTypeOf = (mimeType: string | null | undefined) => (mimeType ? fileTypes[mimeType.toLowerCase()] : undefined)

/** A file's kind, from its MIME type; no file, or one of a type the site does not take, counts as a link. */
export const fileKindOf = (mimeType: string | null | undefined): FileKind =>
  fileTypeOf(mimeType)?.kind ?? (mimeType?.startsWith('image/') ? 'afbeelding' : 'weblink')

/** The label of a kind of file ('Word'), as the filter and the lists of materials show it. */
export const fileKindLabel = (kind: FileKind): string => fileKinds.find((k) => k.value === kind)!.label

/** A file's format as a visitor names it ('Word', 'OpenDocument-tekst'), from its MIME type. */
export const fileFormat = (mimeType: string | null | undefined): string => {
  if (!mimeType) return 'Bestand'
  const known = fileTypeOf(mimeType)
  if (known) return known.label ?? fileKindLabel(known.kind)
  const subtype = mimeType.split('/')[1]?.split(/[+.;-]/)[0]
  return subtype ? subtype.toUpperCase() : 'Bestand'
}

/** PDFs and images open in the browser itself; other files (Word, Excel, …) are only downloaded. */
export const opensInBrowser = (mimeType: string | null | undefined): boolean =>
  Boolean(mimeType && (mimeType === 'application/pdf' || mimeType.startsWith('image/')))

/** "1 materiaal", "12 materialen". */
export const counted = (count: number, one: string, many: string) => `${count.toLocaleString('nl-BE')} ${count === 1 ? one : many}`

/**
 * A link's accessible name when its visible word needs the rest of the card to be understood: 'Downloaden: Draaiboek
 * (PDF, 48 kB)'. Given as aria-label, so it is one clean string: text hidden in a span with position absolute (the
 * site's .visually-hidden) is a separate block to Chromium's name computation, which then reads "Downloaden : …".
 * The visible word comes first (WCAG 2.5.3, label in name).
 */
export const linkName = (action: string, subject: string, details?: string | null): string =>
  `${action}: ${subject.trim()}${details ? ` (${details})` : ''}`
