import { editorialCollection } from '@/data/editorial/editorialCollection'
import { targetGroupsField } from '@/data/fields/classification'
import { slugField } from '@/data/fields/slug'
import { linkField, urlField } from '@/data/fields/url'
import { selectOptions, topicStatuses } from '@/shared/vocabulary'
import { linkCounterparts } from './hooks/linkCounterparts'

/**
 * A sub-theme or deeper subject of a theme: the pages behind every box of the mindmap.
 * Nesting (parent and breadcrumbs) comes from @payloadcms/plugin-nested-docs, configured in payload.config.ts.
 */
export const Topics = editorialCollection({
  slug: 'topics',
  labels: { singular: 'Onderwerp', plural: 'Onderwerpen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'theme', 'contentStatus', 'lastReviewed', '_status'],
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: 'order',
  hooks: { afterChange: [linkCounterparts] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    slugField(),
    {
      name: 'theme',
      label: 'Thema',
      type: 'relationship',
      relationTo: 'themes',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      label: 'Samenvatting in één zin',
      type: 'text',
      required: true,
      maxLength: 240,
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Waarom?',
          description: 'Waarom is dit een risico- of beschermende factor, of waarom vraagt deze doelgroep aandacht?',
          fields: [
            { name: 'why', label: 'Waarom-tekst', type: 'richText' },
            {
              name: 'insights',
              label: 'Onderzoeksinzichten',
              labels: { singular: 'Inzicht', plural: 'Inzichten' },
              type: 'array',
              fields: [
                { name: 'text', label: 'Inzicht', type: 'textarea', required: true },
                { name: 'source', label: 'Bron', type: 'text', required: true },
                urlField('url', 'Webadres van de bron'),
              ],
            },
            {
              name: 'links',
              label: 'Links: de tools en lijsten van de toolbox, en andere websites',
              labels: { singular: 'Link', plural: 'Links' },
              type: 'array',
              admin: {
                description:
                  'Een pagina van de toolbox (begint met /) staat op de onderwerppagina onder "Verder in de toolbox", een ander webadres onder "Relevante websites".',
              },
              fields: [
                { name: 'label', label: 'Naam', type: 'text', required: true },
                linkField('url', 'Webadres of pagina', true),
              ],
            },
          ],
        },
        {
          label: 'Verbanden',
          fields: [
            {
              name: 'counterparts',
              label: 'Tegenhangers (risico ↔ bescherming)',
              type: 'relationship',
              relationTo: 'topics',
              hasMany: true,
              admin: {
                description:
                  'Hetzelfde onderwerp vanuit de andere invalshoek. De koppeling wordt vanzelf ook aan de andere kant gelegd.',
              },
            },
            targetGroupsField,
            {
              name: 'gradient',
              label: 'Op de overgang van oranje naar groen',
              type: 'checkbox',
              defaultValue: false,
              admin: {
                description: 'Een risicofactor die met de juiste ondersteuning een beschermende rol kan krijgen.',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'contentStatus',
      label: 'Status van de inhoud',
      type: 'select',
      required: true,
      defaultValue: 'in-ontwikkeling',
      options: selectOptions(topicStatuses),
      admin: { position: 'sidebar', description: "'In ontwikkeling' toont bezoekers een melding 'work in progress'." },
    },
    {
      name: 'lastReviewed',
      label: 'Laatst nagekeken op',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    {
      name: 'order',
      label: 'Volgorde',
      type: 'number',
      defaultValue: 1,
      admin: { position: 'sidebar' },
    },
  ],
})
