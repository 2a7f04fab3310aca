import { editorialCollection } from '@/data/editorial/editorialCollection'
import {
  carePhasesField,
  educationLevelsField,
  regionsField,
  targetGroupsField,
  topicsField,
} from '@/data/fields/classification'
import { fromSubmissionField } from '@/data/fields/fromSubmission'
import { slugField } from '@/data/fields/slug'
import { urlField, validateUrl } from '@/data/fields/url'
import { selectOptions, sourceTypes } from '@/shared/vocabulary'

/** A tool, document or guide: an uploaded file or a link to one elsewhere. */
export const Materials = editorialCollection({
  slug: 'materials',
  labels: { singular: 'Materiaal', plural: 'Materialen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sourceType', 'publisher', 'publishedDate', '_status'],
    listSearchableFields: ['title', 'description', 'publisher'],
  },
  defaultSort: '-publishedDate',
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    slugField(),
    { name: 'description', label: 'Korte beschrijving', type: 'textarea', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'file',
          label: 'Bestand',
          type: 'upload',
          relationTo: 'media',
          admin: { description: 'PDF, Word, Excel, PowerPoint of een afbeelding.' },
        },
        {
          ...urlField('externalUrl', 'Of: link naar het materiaal op een andere website'),
          validate: (value: unknown, { siblingData }: { siblingData: Partial<Record<string, unknown>> }) =>
            !value && !siblingData.file ? 'Voeg een bestand toe of geef een webadres.' : validateUrl(value),
        },
      ],
    },
    {
      name: 'sourceType',
      label: 'Gemaakt door (soort bron)',
      type: 'select',
      required: true,
      options: selectOptions(sourceTypes),
    },
    { name: 'publisher', label: 'Uitgever of auteur', type: 'text', required: true },
    {
      name: 'publishedDate',
      label: 'Publicatiedatum',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    topicsField,
    {
      name: 'categories',
      label: 'Categorieën',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
    },
    targetGroupsField,
    carePhasesField,
    educationLevelsField,
    regionsField,
    fromSubmissionField,
  ],
})
