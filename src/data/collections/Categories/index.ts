import type { CollectionConfig } from 'payload'

import { freshPagesHooks } from '@/data/cache/freshPages'

import { anyone } from '@/data/access/anyone'
import { isEditor } from '@/data/access/isEditor'
import { slugField } from '@/data/fields/slug'

/** Categories of the materials library (the checkboxes of seed 001). */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Categorie', plural: 'Categorieën' },
  admin: { useAsTitle: 'title', group: 'Ordening' },
  defaultSort: 'title',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  // The library's filters and a material's page show category names.
  hooks: freshPagesHooks,
  fields: [{ name: 'title', label: 'Naam', type: 'text', required: true }, slugField()],
}
