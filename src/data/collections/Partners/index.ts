import { editorialCollection } from '@/data/editorial/editorialCollection'
import { localityField, regionsField } from '@/data/fields/classification'
import { slugField } from '@/data/fields/slug'
import { urlField } from '@/data/fields/url'
import { partnerTypes, selectOptions } from '@/shared/vocabulary'

/** An organisation schools and CLBs can work with against early school leaving. */
export const Partners = editorialCollection({
  slug: 'partners',
  labels: { singular: 'Partner', plural: 'Partners' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'regions', '_status'],
    listSearchableFields: ['name', 'description'],
  },
  defaultSort: 'name',
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
})
