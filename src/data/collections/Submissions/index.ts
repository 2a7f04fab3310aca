import type { CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { isEditor } from '@/data/access/isEditor'
import { isStaff } from '@/data/access/isStaff'
import { contributionKinds, submissionStatuses } from '@/shared/contributionVocabulary'
import { urlField } from '@/data/fields/url'
import { submissionEndpoints } from './endpoints'

/** A contribution's private file goes with it (a copy an editor made into `media` stays). */
const deleteFile: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const file = typeof doc.file === 'object' && doc.file !== null ? doc.file.id : doc.file
  if (file !== null && file !== undefined) await req.payload.delete({ collection: 'submission-files', id: file, overrideAccess: true, req })
}

const readOnlySidebar = { position: 'sidebar', readOnly: true } as const

/**
 * Contributions from the field (/bijdragen): a practice, a material or feedback, perhaps with a file, with a
 * moderation status. Nobody creates them through the API: the public form validates, filters spam and creates them
 * on the server (src/features/contributions/submit.ts). The editorial team reads them; redacteurs and beheerders turn
 * one into a draft or reject it (the buttons in the sidebar, SubmissionActions.tsx → endpoints.ts) and delete them.
 * Whatever a visitor typed is stored as text; the admin shows it in form fields, so markup is never rendered.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: { singular: 'Bijdrage', plural: 'Bijdragen' },
  admin: {
    group: 'Bijdragen uit het veld',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'topic', 'status', 'createdAt'],
    description:
      'Wat bezoekers insturen via /bijdragen. Zet een goede praktijk of een materiaal met één knop om naar een concept, of wijs een bijdrage af met een reden.',
  },
  endpoints: submissionEndpoints,
  hooks: { afterDelete: [deleteFile] },
  access: {
    create: () => false,
    read: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  fields: [
    { name: 'kind', label: 'Soort', type: 'select', required: true, options: [...contributionKinds] },
    { name: 'title', label: 'Titel', type: 'text', required: true, maxLength: 200 },
    { name: 'description', label: 'Beschrijving', type: 'textarea', required: true, maxLength: 5000 },
    { name: 'topic', label: 'Onderwerp', type: 'relationship', relationTo: 'topics' },
    urlField('url', 'Webadres'),
    {
      name: 'file',
      label: 'Meegestuurd bestand',
      type: 'upload',
      relationTo: 'submission-files',
      admin: { readOnly: true, description: 'Alleen de redactie kan het openen. Bij het omzetten wordt het een bestand van de mediabibliotheek.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', label: 'Naam', type: 'text', required: true, maxLength: 120 },
        { name: 'email', label: 'E-mailadres', type: 'email', required: true },
        { name: 'organisation', label: 'Organisatie', type: 'text', maxLength: 160 },
      ],
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'nieuw',
      options: [...submissionStatuses],
      admin: { position: 'sidebar' },
    },
    {
      // The buttons "Omzetten naar concept" and "Afwijzen": no data of its own.
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/data/collections/Submissions/SubmissionActions#SubmissionActions' } },
    },
    {
      name: 'convertedTo',
      label: 'Omgezet naar concept',
      type: 'relationship',
      relationTo: ['materials', 'practices'],
      admin: readOnlySidebar,
    },
    { name: 'rejectionReason', label: 'Reden van afwijzing', type: 'textarea', maxLength: 2000, admin: readOnlySidebar },
    { name: 'rejectionMailedAt', label: 'Reden gemaild op', type: 'date', admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'editorNote', label: 'Notitie van de redactie', type: 'textarea', admin: { position: 'sidebar' } },
  ],
}
