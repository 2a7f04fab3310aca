import { validations, type UploadFieldManyValidation } from 'payload'

import { editorialCollection } from '@/data/editorial/editorialCollection'
import {
  carePhasesField,
  educationLevelsField,
  localityField,
  regionsField,
  targetGroupsField,
  topicsField,
} from '@/data/fields/classification'
import { fromSubmissionField } from '@/data/fields/fromSubmission'
import { slugField } from '@/data/fields/slug'
import { urlField } from '@/data/fields/url'

/** How many files a practice may have attached: a few documents, not an archive. */
export const maxPracticeFiles = 5

/** Payload's own check, after a plainer message than its generic one for too many attachments. */
const validateFiles: UploadFieldManyValidation = (value, options) =>
  Array.isArray(value) && value.length > maxPracticeFiles
    ? `Een goede praktijk heeft hoogstens ${maxPracticeFiles} bijlagen. Verwijder er ${value.length - maxPracticeFiles}.`
    : validations.upload(value, options)

/** A good practice from the field: what a school, CLB or network does that works. */
export const Practices = editorialCollection({
  slug: 'practices',
  labels: { singular: 'Goede praktijk', plural: 'Goede praktijken' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organiser', 'regions', '_status'],
    listSearchableFields: ['title', 'summary', 'organiser'],
  },
  defaultSort: 'title',
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    slugField(),
    { name: 'summary', label: 'Samenvatting', type: 'textarea', required: true },
    { name: 'description', label: 'Beschrijving', type: 'richText' },
    {
      // Shown on the practice's page to view and download; a published practice's files are public
      // (src/data/access/publishedMediaIds.ts). Uploads inside the description are not rendered: attach files here.
      name: 'files',
      label: 'Bijlagen',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      maxRows: maxPracticeFiles,
      validate: validateFiles,
      admin: { description: `Documenten bij deze praktijk (PDF, Word, Excel, PowerPoint of een afbeelding), hoogstens ${maxPracticeFiles}.` },
    },
    { name: 'organiser', label: 'Wie organiseert het?', type: 'text', required: true },
    {
      type: 'row',
      fields: [localityField, regionsField],
    },
    {
      name: 'partners',
      label: 'Betrokken partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
    },
    topicsField,
    targetGroupsField,
    carePhasesField,
    educationLevelsField,
    urlField('website', 'Website'),
    { name: 'year', label: 'Sinds (jaar)', type: 'number', min: 1990, max: 2100, admin: { position: 'sidebar' } },
    fromSubmissionField,
  ],
})
