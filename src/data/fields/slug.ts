import type { Field, FieldHook } from 'payload'

/** 'Geïnventariseerd & Co.' → 'geinventariseerd-co': accents folded, ASCII only, hyphens between words. */
export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)

const slugFromTitle =
  (titleField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const title = data?.[titleField]
    return typeof title === 'string' ? slugify(title) : value
  }

/** A unique, URL-safe slug, filled in from the title when left empty. */
export const slugField = (titleField = 'title'): Field => ({
  name: 'slug',
  label: 'Slug (deel van de webadres)',
  type: 'text',
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'Wordt automatisch gemaakt uit de titel als u het leeg laat.',
  },
  hooks: { beforeValidate: [slugFromTitle(titleField)] },
})
