/**
 * What an editor does with a contribution in the admin, as plain functions the endpoints (endpoints.ts) call:
 * turn a practice or material into a draft of the right collection, or reject it with a reason that can be mailed to
 * the sender. Both run as the signed-in editor (overrideAccess: false), inside the request's transaction, so a step
 * that fails leaves no half-made draft behind.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { submissionFilesDir } from '@/data/collections/SubmissionFiles'
import type { Material, Practice, Submission } from '@/payload-types'
import { idOf } from '@/shared/relations'

/** A refusal the admin shows as it is: a Dutch message and an HTTP status. */
export class SubmissionActionError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export type DraftCollection = 'materials' | 'practices'

const draftCollectionOf: Partial<Record<Submission['kind'], DraftCollection>> = { materiaal: 'materials', praktijk: 'practices' }

const load = async (req: PayloadRequest, id: string | number): Promise<Submission> => {
  try {
    return await req.payload.findByID({ collection: 'submissions', id, depth: 0, overrideAccess: false, user: req.user, req })
  } catch {
    throw new SubmissionActionError('Deze bijdrage bestaat niet (meer).', 404)
  }
}

/** A few lines of text as Lexical rich text: one paragraph per block. */
const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: text
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text: block, format: 0, style: '', mode: 'normal', detail: 0 }],
      })),
  },
})

/** The first paragraph, at most 500 characters: a practice's summary. */
const summaryOf = (text: string) => {
  const first = text.split(/\n\s*\n/)[0]!.trim()
  return first.length <= 500 ? first : `${first.slice(0, 499).trimEnd()}…`
}

/** Copies the contribution's private file into `media`, as the editor: from here the media rules apply. */
const copyToMedia = async (req: PayloadRequest, submission: Submission): Promise<number | null> => {
  const fileId = idOf(submission.file)
  if (fileId === undefined) return null
  const file = await req.payload.findByID({ collection: 'submission-files', id: fileId, depth: 0, overrideAccess: false, user: req.user, req })
  if (!file.filename || !file.mimeType) return null
  const data = await readFile(path.join(submissionFilesDir, path.basename(file.filename)))
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: submission.title },
    file: { data, name: file.filename, mimetype: file.mimeType, size: data.length },
    overrideAccess: false,
    user: req.user,
    req,
    depth: 0,
  })
  return media.id
}

/**
 * Turns a practice or material contribution into a draft of the right collection, everything filled in, its file
 * copied into `media` and attached (a material's `file`, a practice's `files`): the page shows it, and it becomes
 * public when the draft is published (data/access/publishedMediaIds.ts). The draft points back to the contribution
 * and the contribution, now "omgezet", to the draft.
 */
export const convertSubmission = async (req: PayloadRequest, id: string | number): Promise<{ collection: DraftCollection; id: number | string }> => {
  const submission = await load(req, id)
  const collection = draftCollectionOf[submission.kind]
  if (!collection) throw new SubmissionActionError('Feedback wordt geen pagina: alleen een goede praktijk of een materiaal kan een concept worden.', 400)
  if (submission.convertedTo) throw new SubmissionActionError('Deze bijdrage is al omgezet naar een concept.', 409)
  const mediaId = await copyToMedia(req, submission)
  const topic = idOf(submission.topic)
  const topics = topic === undefined ? [] : [topic]
  const from = submission.organisation || submission.name
  const common = { title: submission.title, topics, submission: submission.id, _status: 'draft' as const }
  const as = { draft: true, overrideAccess: false, user: req.user, req, depth: 0 } as const
  const draft =
    collection === 'materials'
      ? await req.payload.create({
          collection,
          ...as,
          data: {
            ...common,
            description: submission.description,
            file: mediaId ?? undefined,
            externalUrl: submission.url || undefined,
            sourceType: 'andere',
            publisher: from,
            publishedDate: submission.createdAt,
          } satisfies Partial<Material>,
        })
      : await req.payload.create({
          collection,
          ...as,
          data: {
            ...common,
            summary: summaryOf(submission.description),
            description: richText(submission.description),
            files: mediaId === null ? [] : [mediaId],
            organiser: from,
            website: submission.url || undefined,
          } satisfies Partial<Practice>,
        })
  await req.payload.update({
    collection: 'submissions',
    id: submission.id,
    data: { status: 'omgezet', convertedTo: { relationTo: collection, value: draft.id } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { collection, id: draft.id }
}

/** Rejects a contribution with a reason; with `mail`, the reason goes to the sender in a plain-text e-mail. */
export const rejectSubmission = async (req: PayloadRequest, id: string | number, reason: string, mail: boolean): Promise<{ mailed: boolean }> => {
  const text = reason.trim()
  if (text === '') throw new SubmissionActionError('Geef een reden op: de afzender leest ze als u ze mailt, en de redactie ziet ze later terug.', 400)
  if (text.length > 2000) throw new SubmissionActionError('De reden is te lang: hoogstens 2000 tekens.', 400)
  const submission = await load(req, id)
  if (submission.convertedTo) throw new SubmissionActionError('Deze bijdrage is al omgezet naar een concept: verwijder of bewerk dat concept.', 409)
  const mailed = mail && Boolean(submission.email)
  await req.payload.update({
    collection: 'submissions',
    id: submission.id,
    data: { status: 'niet-weerhouden', rejectionReason: text, rejectionMailedAt: mailed ? new Date().toISOString() : null },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (mailed) {
    await req.payload.sendEmail({
      to: submission.email,
      subject: `Uw bijdrage aan de Toolbox Schooluitval: ${submission.title}`,
      text: [
        `Beste ${submission.name},`,
        '',
        `Bedankt voor uw bijdrage "${submission.title}". De redactie heeft ze gelezen, maar neemt ze niet op in de toolbox. De reden:`,
        '',
        text,
        '',
        'Hebt u vragen, of wilt u iets aanvullen? Antwoord dan gewoon op deze e-mail.',
        '',
        'Met vriendelijke groeten,',
        'De redactie van de Toolbox Schooluitval',
      ].join('\n'),
    })
  }
  return { mailed }
}
