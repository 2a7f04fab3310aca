import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { canExtract, describeOutcome, extractFileText } from './fileText'

/**
 * For the migration that adds `extractedText`: reads the text of files uploaded before it existed. Writes through
 * the database adapter (no hooks, no new version) and skips files that are missing on this machine — those get
 * their text when an editor uploads them again.
 */
export const backfillExtractedText = async (payload: Payload, req: PayloadRequest): Promise<number> => {
  const media = payload.collections.media?.config
  const staticDir = media?.upload && typeof media.upload === 'object' ? media.upload.staticDir : undefined
  if (!staticDir) return 0
  // Only the columns this needs: a later migration may add columns that do not exist yet at this point.
  const { docs } = await payload.find({
    collection: 'media',
    select: { filename: true, mimeType: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  let filled = 0
  for (const doc of docs) {
    if (!doc.filename || !canExtract(doc.mimeType)) continue
    const bytes = await readFile(path.join(staticDir, doc.filename)).catch(() => undefined)
    if (!bytes) continue
    const outcome = await extractFileText(bytes, doc.mimeType)
    await payload.db.updateOne({
      collection: 'media',
      id: doc.id,
      data: { extractedText: outcome.status === 'ok' ? outcome.text : null, textExtraction: describeOutcome(outcome) },
      req,
    })
    filled++
  }
  return filled
}
