import { editorialCollection } from '@/data/editorial/editorialCollection'
import { localityField } from '@/data/fields/classification'
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
    {
      type: 'row',
      fields: [
        {
          // Regions from the Regions collection (a province, or a region inside one): /partners filters on them, and
          // choosing a province there finds the partners of its regions too.
          name: 'regions',
          label: "Werkt in (regio's)",
          type: 'relationship',
          relationTo: 'regions',
          hasMany: true,
          admin: { description: 'Kies een provincie als de partner in heel de provincie werkt, anders de regio of gemeente.' },
        },
        localityField,
      ],
    },
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
