import type { CollectionConfig } from 'payload'

import { isEditor } from '@/data/access/isEditor'
import { isStaff } from '@/data/access/isStaff'
import { contributionKinds, submissionStatuses } from '@/shared/contributionVocabulary'
import { urlField } from '@/data/fields/url'

/**
 * Contributions from the field (/bijdragen): a practice, a material or feedback, with a moderation status.
 * Nobody creates them through the API: the public form validates, filters spam and creates them on the server
 * (src/features/contributions/submit.ts). The editorial team reads them; redacteurs and beheerders handle and delete them.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: { singular: 'Bijdrage', plural: 'Bijdragen' },
  admin: {
    group: 'Bijdragen uit het veld',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'topic', 'status', 'createdAt'],
    description: 'Wat bezoekers insturen via /bijdragen. Verwerk een bijdrage tot materiaal of praktijk en zet de status op "Verwerkt".',
  },
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
    { name: 'editorNote', label: 'Notitie van de redactie', type: 'textarea', admin: { position: 'sidebar' } },
  ],
}
