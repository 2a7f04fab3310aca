import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { freshPagesHooks } from '@/data/cache/freshPages'
import { editorOrUnpublishedMedia } from '@/data/access/editorOrUnpublishedMedia'
import { isEditor } from '@/data/access/isEditor'
import { isStaff } from '@/data/access/isStaff'
import { publishedMediaOrStaff } from '@/data/access/publishedMediaOrStaff'
import { extractText } from './hooks/extractText'
import { fileUrlByPath } from './hooks/fileUrlByPath'

/** Where uploaded files live on disk; a shared volume (or S3 storage) when several instances run. */
export const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(process.cwd(), 'data', 'media'))

/** The documents and images the team may upload. */
export const allowedMimeTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'text/csv',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/svg+xml',
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Bestanden' },
  admin: { group: 'Ordening', defaultColumns: ['filename', 'mimeType', 'filesize', 'updatedAt'] },
  access: { read: publishedMediaOrStaff, create: isStaff, update: editorOrUnpublishedMedia, delete: isEditor },
  upload: {
    staticDir: mediaDir,
    mimeTypes: allowedMimeTypes,
    // Materials are downloaded as they are; no image resizing is needed yet.
    crop: false,
    focalPoint: false,
  },
  hooks: { beforeChange: [extractText], afterRead: [fileUrlByPath], ...freshPagesHooks },
  fields: [
    {
      name: 'alt',
      label: 'Beschrijving (voor schermlezers)',
      type: 'text',
      admin: { description: 'Beschrijf wat op een afbeelding staat. Voor documenten: de titel volstaat.' },
    },
    {
      name: 'textExtraction',
      label: 'Doorzoekbare tekst',
      type: 'text',
      admin: { readOnly: true, position: 'sidebar', description: 'Wordt bij het opladen automatisch ingevuld.' },
    },
    {
      // The file's text, read at upload time (src/data/collections/Media/fileText.ts) so the site search finds words inside it.
      // Hidden from the admin and the API (it can be long); the search index reads it with showHiddenFields.
      name: 'extractedText',
      type: 'textarea',
      hidden: true,
    },
  ],
}
