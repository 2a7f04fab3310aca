import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isEditor } from '@/data/access/isEditor'
import { isStaff } from '@/data/access/isStaff'
import { mediaDir } from '@/data/collections/Media'

/** Where the files sent with contributions live: a folder of MEDIA_DIR, so backups and shared volumes carry them too. */
export const submissionFilesDir = path.join(mediaDir, 'bijdragen')

/** The types a contribution's file may have (the form checks the bytes first: src/features/contributions/file.ts). */
const mimeTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
]

/**
 * The files visitors send with a contribution, kept apart from `media`: private whatever happens to a material,
 * readable by the editorial team only (in lists, by id and on the file route /api/submission-files/file/…, which
 * checks the same rule). Nobody uploads here through the API: only the form's route handler does, after checking the
 * file's content. An editor who accepts a contribution turns it into a draft, and its file is copied into `media`;
 * from then on the media rules apply (public once a published material uses it). Why not `media` right away: its
 * files are public as soon as any published material points at them, its text is extracted at upload (work an
 * anonymous sender should not trigger), and spam would fill the editors' file library.
 */
export const SubmissionFiles: CollectionConfig = {
  slug: 'submission-files',
  labels: { singular: 'Bijlage van een bijdrage', plural: 'Bijlagen van bijdragen' },
  admin: {
    group: 'Bijdragen uit het veld',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'createdAt'],
    description: 'Bestanden die bezoekers meestuurden. Alleen de redactie ziet ze; ze worden pas openbaar als een materiaal ermee gepubliceerd wordt.',
  },
  access: {
    read: isStaff,
    create: () => false,
    update: () => false,
    delete: isEditor,
  },
  upload: {
    staticDir: submissionFilesDir,
    mimeTypes,
    crop: false,
    focalPoint: false,
  },
  fields: [],
}
