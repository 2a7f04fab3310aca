import { editorialCollection } from '@/data/editorial/editorialCollection'
import { themeColourOptions } from '@/shared/design/tokens'
import { slugField } from '@/data/fields/slug'

export const Themes = editorialCollection({
  slug: 'themes',
  labels: { singular: 'Thema', plural: "Thema's" },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', 'colour', '_status'],
    description: "De zes invalshoeken van de mindmap. Elk thema heeft een eigen kleur.",
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    slugField(),
    {
      name: 'summary',
      label: 'Samenvatting in één zin',
      type: 'text',
      required: true,
      maxLength: 240,
    },
    { name: 'intro', label: 'Inleiding', type: 'richText' },
    {
      name: 'colour',
      label: 'Kleur',
      type: 'select',
      required: true,
      options: themeColourOptions,
      admin: { position: 'sidebar', description: 'Kleur is betekenis: risico rood, bescherming groen, doelgroepen geel.' },
    },
    {
      name: 'order',
      label: 'Volgorde op de mindmap',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 1,
      admin: { position: 'sidebar' },
    },
  ],
})
