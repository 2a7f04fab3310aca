/**
 * Text from uploaded files, for search: read once at upload time and stored on the media document, so the
 * index never has to open files (and several app instances need not share a disk to search them).
 *
 * Libraries, all pure JavaScript: unpdf (Mozilla's pdf.js, packaged for servers) for PDF, mammoth for Word
 * (.docx), read-excel-file for Excel (.xlsx); CSV and plain text are decoded as UTF-8. Other types (images,
 * OpenDocument, PowerPoint) are not read: they stay findable by their title and description.
 *
 * unpdf 1.8.1 declares `engines.node >= 22`, but runs on the Node 20.16+ this app uses: the pdf.js it bundles
 * polyfills what it needs from newer Node (Promise.withResolvers, Promise.try, Map.getOrInsertComputed,
 * Uint8Array.toHex, Math.sumPrecise); npm only warns. The extraction tests (extract.test.ts, and the uploads in
 * tests/integration/search.*) run it on Node 20; moving to Node 22 lifts the warning.
 */
import mammoth from 'mammoth'
import readExcelFile from 'read-excel-file/universal'
import { extractText } from 'unpdf'

/** Enough for a long report (about 100 dense pages); beyond that the index gains little and the row grows. */
export const MAX_EXTRACTED_CHARS = 300_000

export type ExtractionOutcome =
  | { status: 'ok'; text: string; truncated: boolean }
  | { status: 'empty' } // a readable file without text, e.g. a scanned PDF
  | { status: 'unsupported' }
  | { status: 'failed'; error: string }

const PDF = 'application/pdf'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const PLAIN = new Set(['text/csv', 'text/plain', 'text/markdown'])

export const canExtract = (mimeType: string | null | undefined): boolean =>
  mimeType === PDF || mimeType === DOCX || mimeType === XLSX || PLAIN.has(mimeType ?? '')

/**
 * Tidies extracted text: joins words hyphenated across a line break ("vroeg-\ntijdig"), folds runs of spaces,
 * keeps paragraph breaks (a blank line) so a preview can show paragraphs.
 */
export const tidyText = (raw: string): string =>
  raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '') // soft hyphens
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const readPdf = async (bytes: Uint8Array): Promise<string> => {
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: false })
  return text.join('\n\n')
}

const readDocx = async (bytes: Uint8Array): Promise<string> =>
  (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value

const readXlsx = async (bytes: Uint8Array): Promise<string> => {
  const sheets = (await readExcelFile(bytes.slice().buffer)) as unknown as { sheet: string; data: unknown[][] }[]
  return sheets
    .map(({ sheet, data }) =>
      [sheet, ...data.map((row) => row.filter((cell) => cell !== null && cell !== undefined && cell !== '').join(' · '))]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n')
}

const readers: Record<string, (bytes: Uint8Array) => Promise<string>> = {
  [PDF]: readPdf,
  [DOCX]: readDocx,
  [XLSX]: readXlsx,
}

/** Reads the text of a file; never throws (a file we cannot read must not block its upload). */
export const extractFileText = async (bytes: Uint8Array, mimeType: string | null | undefined): Promise<ExtractionOutcome> => {
  const type = mimeType ?? ''
  const reader = readers[type] ?? (PLAIN.has(type) ? async (b: Uint8Array) => new TextDecoder('utf-8').decode(b) : undefined)
  if (!reader) return { status: 'unsupported' }
  try {
    const text = tidyText(await reader(bytes))
    if (!/[\p{L}\p{N}]/u.test(text)) return { status: 'empty' }
    const truncated = text.length > MAX_EXTRACTED_CHARS
    return { status: 'ok', text: truncated ? text.slice(0, MAX_EXTRACTED_CHARS) : text, truncated }
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) }
  }
}

/** A short Dutch note for editors in the admin: is this file's text searchable? */
export const describeOutcome = (outcome: ExtractionOutcome): string => {
  switch (outcome.status) {
    case 'ok':
      return `${outcome.text.length.toLocaleString('nl-BE')} tekens tekst gevonden: de inhoud is doorzoekbaar${
        outcome.truncated ? ` (alleen de eerste ${MAX_EXTRACTED_CHARS.toLocaleString('nl-BE')} tekens)` : ''
      }.`
    case 'empty':
      return 'Geen tekst gevonden in het bestand (is het een scan of een afbeelding?). Zoeken werkt op titel en beschrijving.'
    case 'unsupported':
      return 'De tekst van dit bestandstype wordt niet doorzocht; zoeken werkt op titel en beschrijving.'
    case 'failed':
      return 'Het bestand kon niet gelezen worden (beschadigd of beveiligd?). Zoeken werkt op titel en beschrijving.'
  }
}
