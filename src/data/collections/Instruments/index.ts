import type { ArrayField, CollectionConfig, Field } from 'payload'

import { contentAccess, contentVersions } from '@/data/access/contentAccess'
import { topicsField } from '@/data/fields/classification'
import { slugField } from '@/data/fields/slug'
import { instrumentSectionLabels, questionKinds, selectOptions } from '@/shared/vocabulary'

/** Folded rows show their own title in the admin (src/data/editorial/RowTitle.tsx). */
const rowTitle = { RowLabel: '/data/editorial/RowTitle#RowTitle' }

/** A list of one-line texts (richtvragen, checklist items): an array of rows, so each keeps its id across edits. */
const lines = (name: string, label: string, singular: string, plural: string, extra: Partial<ArrayField> = {}): ArrayField => ({
  name,
  label,
  labels: { singular, plural },
  type: 'array',
  fields: [{ name: 'text', label: singular, type: 'text', required: true }],
  ...extra,
  admin: { ...extra.admin, components: rowTitle },
})

const paragraphs = (name: string, label: string): Field => ({
  name,
  label,
  type: 'textarea',
  admin: { description: 'Laat een lege regel tussen twee alinea’s.' },
})

const question: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'kind', label: 'Soort vraag', type: 'select', required: true, defaultValue: 'open', options: selectOptions(questionKinds) },
      { name: 'prompt', label: 'Vraag', type: 'text', required: true },
    ],
  },
  { name: 'help', label: 'Toelichting bij de vraag', type: 'textarea' },
  {
    ...lines('options', 'Items van de checklist', 'Item', 'Items', {
      // Short table names: PostgreSQL cuts identifiers at 63 characters, and the version tables nest deep.
      dbName: 'instr_options',
      admin: { condition: (_, sibling) => sibling?.kind === 'checklist' },
    }),
    validate: (value: unknown, { siblingData }: { siblingData: Partial<Record<string, unknown>> }) =>
      siblingData.kind === 'checklist' && (!Array.isArray(value) || value.length === 0) ? 'Een checklist heeft minstens één item.' : true,
  } as ArrayField,
]

/**
 * An interactive instrument of the provincial learning groups (PLG): a plan or dialogue sheet in phases, domains
 * or moments, with the questions a team answers online. Editors build it here; the page `/instrumenten/<slug>`
 * shows it and the visitor's browser keeps the answers (they never come back to the server). Array rows keep their
 * ids across edits, so answers given to an older version still find their question.
 */
export const Instruments: CollectionConfig = {
  slug: 'instruments',
  labels: { singular: 'Instrument', plural: 'Instrumenten' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'madeBy', 'updatedAt', '_status'],
    group: 'Inhoud',
    listSearchableFields: ['title', 'summary', 'madeBy'],
  },
  defaultSort: 'title',
  access: contentAccess,
  versions: contentVersions,
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    slugField(),
    { name: 'summary', label: 'Korte beschrijving', type: 'textarea', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'madeBy',
          label: 'Gemaakt door',
          type: 'text',
          required: true,
          admin: { description: 'Bijvoorbeeld: PLG Antwerpen.' },
        },
        {
          name: 'sectionLabel',
          label: 'Een stap heet',
          type: 'select',
          required: true,
          defaultValue: 'Fase',
          options: selectOptions(instrumentSectionLabels),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'followUp',
          label: 'Opvolging (PDCA): scores bewaren en over de tijd tonen',
          type: 'checkbox',
          defaultValue: false,
        },
        {
          name: 'routeMap',
          label: 'Routekaart tonen: de stappen als klikbaar pad bovenaan',
          type: 'checkbox',
          defaultValue: false,
        },
      ],
    },
    {
      name: 'material',
      label: 'Vervangt het materiaal',
      type: 'relationship',
      relationTo: 'materials',
      admin: { description: 'Het Word- of PDF-bestand waarvan dit de online versie is; de pagina van dat materiaal verwijst hierheen.' },
    },
    topicsField,
    {
      name: 'sections',
      label: 'Stappen (fasen, domeinen of momenten)',
      labels: { singular: 'Stap', plural: 'Stappen' },
      type: 'array',
      required: true,
      minRows: 1,
      admin: { components: rowTitle },
      fields: [
        { name: 'title', label: 'Titel', type: 'text', required: true },
        {
          name: 'summary',
          label: 'Kern in een paar woorden (op de routekaart)',
          type: 'text',
          maxLength: 120,
        },
        paragraphs('intro', 'Inleiding'),
        {
          type: 'collapsible',
          label: 'Doel, richtvragen, rol CLB, resultaat, voorwaarden',
          admin: { initCollapsed: true },
          fields: [
            { name: 'goal', label: 'Doel', type: 'textarea' },
            lines('guidingQuestions', 'Richtvragen', 'Richtvraag', 'Richtvragen', { dbName: 'instr_guiding_questions' }),
            { name: 'clbRole', label: 'Rol van het CLB', type: 'textarea' },
            { name: 'result', label: 'Resultaat', type: 'textarea' },
            { name: 'preconditions', label: 'Voorwaarden', type: 'textarea' },
          ],
        },
        {
          name: 'lists',
          label: 'Andere lijsten',
          labels: { singular: 'Lijst', plural: 'Lijsten' },
          type: 'array',
          admin: { initCollapsed: true, description: 'Bijvoorbeeld: wat maakt het raam groter, wat maakt het kleiner.', components: rowTitle },
          fields: [
            { name: 'label', label: 'Titel van de lijst', type: 'text', required: true },
            lines('items', 'Items', 'Item', 'Items', { dbName: 'instr_list_items', minRows: 1 }),
          ],
        },
        {
          name: 'parts',
          label: 'Onderdelen met vragen',
          labels: { singular: 'Onderdeel', plural: 'Onderdelen' },
          type: 'array',
          admin: { initCollapsed: true, description: 'Een doelstelling, een aspect of een groep vragen.', components: rowTitle },
          fields: [
            { name: 'title', label: 'Titel', type: 'text', required: true },
            paragraphs('text', 'Toelichting'),
            {
              name: 'questions',
              label: 'Vragen',
              labels: { singular: 'Vraag', plural: 'Vragen' },
              type: 'array',
              dbName: 'instr_questions',
              admin: { initCollapsed: true, components: rowTitle },
              fields: question,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { ...topicsField, name: 'topics', label: 'Onderwerpen bij deze stap' } as Field,
            {
              name: 'materials',
              label: 'Materialen bij deze stap',
              type: 'relationship',
              relationTo: 'materials',
              hasMany: true,
            },
          ],
        },
      ],
    },
  ],
}
