/**
 * How a topic page writes dates, file formats and sizes, and groups materials — pure functions, unit-tested.
 */
import { sourceTypes, type SourceType } from '@/shared/vocabulary'

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' })

/** '2026-06-15T00:00:00.000Z' → '15 juni 2026'; null for a missing or unreadable date. */
export const formatDate = (iso: string | null | undefined): string | null => {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date)
}

/** The machine-readable date for <time dateTime>, in the site's time zone. */
export const isoDate = (iso: string | null | undefined): string | undefined => {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' })
}

const formats: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-tekst',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument-rekenblad',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument-presentatie',
  'text/csv': 'CSV',
  'image/png': 'Afbeelding (PNG)',
  'image/jpeg': 'Afbeelding (JPEG)',
  'image/webp': 'Afbeelding (WebP)',
  'image/svg+xml': 'Afbeelding (SVG)',
}

/** A file's format as a visitor names it, from its MIME type. */
export const fileFormat = (mimeType: string | null | undefined): string => {
  if (!mimeType) return 'Bestand'
  const known = formats[mimeType.toLowerCase()]
  if (known) return known
  const subtype = mimeType.split('/')[1]?.split(/[+.;-]/)[0]
  return subtype ? subtype.toUpperCase() : 'Bestand'
}

/** PDFs and images open in the browser itself; other files (Word, Excel, …) are only downloaded. */
export const opensInBrowser = (mimeType: string | null | undefined): boolean =>
  Boolean(mimeType && (mimeType === 'application/pdf' || mimeType.startsWith('image/')))

const number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 })

/** 1234567 → '1,2 MB'; sizes under 1 kB are rounded up to 1 kB. */
export const fileSize = (bytes: number | null | undefined): string | null => {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return null
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`
  return `${number.format(bytes / 1000 / 1000)} MB`
}

/** Materials by who made them, in the order of the vocabulary (seed 001); empty groups are left out. */
export const groupBySource = <T extends { sourceType: SourceType | string }>(items: T[]) =>
  sourceTypes
    .map((type) => ({ value: type.value, label: type.label, items: items.filter((item) => item.sourceType === type.value) }))
    .concat([
      // A source type an editor added to the data but not (yet) to the vocabulary still shows, under 'Andere'.
      {
        value: 'andere',
        label: 'Andere',
        items: items.filter((item) => !sourceTypes.some((type) => type.value === item.sourceType)),
      },
    ])
    .reduce<{ value: string; label: string; items: T[] }[]>((groups, group) => {
      const same = groups.find((g) => g.value === group.value)
      if (same) same.items.push(...group.items)
      else if (group.items.length > 0) groups.push({ ...group, items: [...group.items] })
      return groups
    }, [])

/** 'Afwezigheden' → 'afwezigheden', but 'NAFT-trajecten' stays: an acronym keeps its capitals. */
export const lowerFirst = (text: string): string =>
  text.length > 1 && text[1] === text[1]!.toUpperCase() && /[A-Z]/.test(text[1]!) ? text : text.charAt(0).toLowerCase() + text.slice(1)
