import { readFile } from 'node:fs/promises'

import type { CollectionBeforeChangeHook } from 'payload'

import { describeOutcome, extractFileText } from '@/data/collections/Media/fileText'

/**
 * Fills `extractedText` (and the editors' note `textExtraction`) from the uploaded bytes, at upload time.
 * The fields belong to the server: whatever a client sends for them is replaced — by the new file's text when
 * a file comes with the request, otherwise by what the document already had.
 */
export const extractText: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  const file = req.file
  if (!file) {
    if (operation === 'update') {
      data.extractedText = originalDoc?.extractedText ?? null
      data.textExtraction = originalDoc?.textExtraction ?? null
    } else {
      data.extractedText = null
      data.textExtraction = null
    }
    return data
  }
  // Large uploads may be spooled to a temporary file instead of being held in memory.
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : undefined
  const outcome = bytes ? await extractFileText(bytes, file.mimetype) : ({ status: 'empty' } as const)
  if (outcome.status === 'failed') req.payload.logger.warn(`Text extraction failed for ${file.name}: ${outcome.error}`)
  data.extractedText = outcome.status === 'ok' ? outcome.text : null
  data.textExtraction = describeOutcome(outcome)
  return data
}
