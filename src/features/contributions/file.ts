/**
 * The server's check of a contribution's file, by its content and not its name: the name must end in one of the
 * allowed extensions (validate.ts, as in the browser), and the bytes must be a file of that very type. A renamed
 * program (an ELF or PE header), a ZIP that is no Office document or an .xlsx sent as .docx are refused in Dutch.
 *
 * Why file-type: it reads the magic numbers and, for the ZIP containers DOCX, PPTX, XLSX and ODT, the entries inside
 * ([Content_Types].xml, word/ ppt/ xl/, the ODF `mimetype` entry), so it tells the four apart where a plain signature
 * check sees only "ZIP". It is the library Payload itself uses to check uploads (the same version, one copy in
 * node_modules), it is maintained and has no native code. Server only: it stays out of the form's bundle.
 */
import { fileTypeFromBuffer } from 'file-type'

import { checkFileFacts, contributionFileTypes, extensionOf, fileMessages } from './validate'

/** A checked file, in the shape Payload's local API takes for an upload. */
export interface CheckedFile {
  data: Buffer
  name: string
  mimetype: string
  size: number
}

export type FileCheck = { ok: true; file: CheckedFile } | { ok: false; message: string }

/**
 * A PDF that ends as a PDF must: its cross-reference table and %%EOF in the last kilobyte. A cut-off download
 * fails here. The same rule Payload applies when it stores a PDF (payload/dist/utilities/validatePDF.js, not
 * exported), so a file that passes this check is never refused later with a generic error.
 */
const isWholePdf = (data: Buffer) => {
  const end = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
  return end.includes('%%EOF') && end.includes('xref')
}

/** Checks the name, the size and then the bytes of a file a visitor sent. */
export const checkContributionFile = async (file: File): Promise<FileCheck> => {
  const problem = checkFileFacts(file)
  if (problem) return { ok: false, message: problem }
  const declared = contributionFileTypes.find((type) => type.extension === extensionOf(file.name))!
  const data = Buffer.from(await file.arrayBuffer())
  // A file the library cannot read (truncated, garbage) is as wrong as one of another type.
  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  if (detected?.mime !== declared.mime || detected.ext !== declared.extension) return { ok: false, message: fileMessages.content(declared.extension) }
  if (declared.extension === 'pdf' && !isWholePdf(data)) return { ok: false, message: fileMessages.damaged }
  return { ok: true, file: { data, name: file.name, mimetype: declared.mime, size: data.length } }
}
