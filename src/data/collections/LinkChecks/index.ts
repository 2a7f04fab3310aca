import type { CollectionConfig } from 'payload'

import { isEditor } from '@/data/access/isEditor'
import { isStaff } from '@/data/access/isStaff'
import { linkStatusLabels, linkStatuses } from '@/data/links/check'
import { linkedCollections } from '@/data/links/extract'
import { checkNowEndpoint } from '@/data/links/checkNow'

const labelsOf = { topics: 'Onderwerp', materials: 'Materiaal', practices: 'Goede praktijk', partners: 'Partner' } as const

/**
 * One outside link of the content (topics, materials, practices, partners) and how it answered at the last check:
 * one document per address, with every place that uses it. Written only by the link-check job
 * (src/data/links/run.ts); the team reads them in the admin, where the list starts with the broken ones and has a
 * "Nu controleren" button.
 */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  labels: { singular: 'Gecontroleerde link', plural: 'Linkcontrole' },
  admin: {
    group: 'Onderhoud',
    useAsTitle: 'url',
    defaultColumns: ['url', 'status', 'usedIn', 'lastChecked', 'firstFailure'],
    listSearchableFields: ['url', 'finalUrl'],
    description: 'Alle links naar andere websites in onderwerpen, materialen, goede praktijken en partners, en hoe ze antwoordden bij de laatste controle.',
    components: { beforeList: ['/data/links/admin/LinkCheckSummary#LinkCheckSummary'] },
  },
  // Broken first, the oldest failure on top: what has been broken longest needs fixing first.
  defaultSort: ['-broken', 'firstFailure', 'url'],
  access: { read: isStaff, create: () => false, update: () => false, delete: isEditor },
  endpoints: [checkNowEndpoint],
  fields: [
    { name: 'url', label: 'Link', type: 'text', required: true, unique: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'status', label: 'Resultaat', type: 'select', required: true, options: linkStatuses.map((value) => ({ value, label: linkStatusLabels[value] })) },
        { name: 'broken', label: 'Kapot', type: 'checkbox', defaultValue: false, index: true },
        { name: 'statusCode', label: 'HTTP-code', type: 'number' },
      ],
    },
    { name: 'note', label: 'Uitleg', type: 'text' },
    { name: 'finalUrl', label: 'Eindadres na omleidingen', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'lastChecked', label: 'Laatst gecontroleerd', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'firstFailure',
          label: 'Kapot sinds',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'De eerste controle die faalde, sinds de link voor het laatst werkte.' },
        },
      ],
    },
    {
      name: 'usedIn',
      label: 'Gebruikt in',
      labels: { singular: 'Plaats', plural: 'Plaatsen' },
      type: 'array',
      admin: { components: { Cell: '/data/links/admin/UsedInCell#UsedInCell' } },
      fields: [
        { name: 'collection', label: 'Soort', type: 'select', required: true, options: linkedCollections.map((value) => ({ value, label: labelsOf[value] })) },
        { name: 'docId', label: 'Document', type: 'text', required: true },
        { name: 'title', label: 'Titel', type: 'text', required: true },
        { name: 'field', label: 'Veld', type: 'text', required: true },
      ],
    },
  ],
}
