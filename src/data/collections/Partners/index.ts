import type { CollectionConfig } from 'payload'

import { contentAccess, contentVersions } from '@/data/access/contentAccess'
import { localityField, regionsField } from '@/data/fields/classification'
import { slugField } from '@/data/fields/slug'
import { urlField } from '@/data/fields/url'
import { partnerTypes, selectOptions } from '@/shared/vocabulary'

/** An organisation schools and CLBs can work with against early school leaving. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner', plural: 'Partners' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'regions', '_status'],
    group: 'Inhoud',
    listSearchableFields: ['name', 'description'],
  },
  defaultSort: 'name',
  access: contentAccess,
  versions: contentVersions,
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true },
    slugField('name'),
    {
      name: 'type',
      label: 'Soort partner',
      type: 'select',
      required: true,
      options: selectOptions(partnerTypes),
    },
    { type: 'row', fields: [regionsField, localityField] },
    { name: 'description', label: 'Wat doet deze partner?', type: 'textarea', required: true },
    {
      name: 'services',
      label: 'Aanbod',
      labels: { singular: 'Dienst', plural: 'Diensten' },
      type: 'array',
      fields: [{ name: 'label', label: 'Dienst', type: 'text', required: true }],
    },
    urlField('website', 'Website'),
  ],
}
