import type { CollectionConfig, Where } from 'payload'
import { createParentField } from '@payloadcms/plugin-nested-docs'

import { anyone } from '@/data/access/anyone'
import { isEditor } from '@/data/access/isEditor'
import { slugField } from '@/data/fields/slug'
import { idOf } from '@/shared/relations'

/**
 * Where partners work, as a hierarchy editors keep: a province (or Brussel, or Heel Vlaanderen) at the top, and under
 * it the regions and municipalities of the local networks (Halle, Leuven, Vilvoorde… in seed 002).
 *
 * A collection with a parent, nested by Payload's nested-docs plugin (already used for topics), rather than a
 * two-level select in code: editors add a local network without a release, the plugin keeps each region's
 * breadcrumbs (its province) up to date when a parent is renamed or moved, and the breadcrumbs give the search index
 * a region's ancestors without a query per partner (src/features/search/engine/records.ts). Two levels are what the
 * site shows and filters on, so the parent can only be a top-level region.
 */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: 'Regio', plural: "Regio's" },
  admin: {
    useAsTitle: 'title',
    group: 'Ordening',
    defaultColumns: ['title', 'parent', 'slug'],
    description:
      "Provincies (en Brussel, Heel Vlaanderen) bovenaan; regio's en gemeenten daaronder, met hun provincie als bovenliggende regio. Wie op /partners een provincie kiest, ziet ook de partners van haar regio's.",
  },
  defaultSort: 'title',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    slugField(),
    createParentField('regions', {
      label: 'Ligt in (provincie)',
      admin: { position: 'sidebar', description: 'Leeg voor een provincie, Brussel of Heel Vlaanderen.' },
      // Two levels: a region's parent is a top-level region, never itself.
      filterOptions: ({ id }): Where => (id ? { and: [{ parent: { exists: false } }, { id: { not_equals: id } }] } : { parent: { exists: false } }),
      validate: async (value, { req, id }) => {
        if (value === null || value === undefined || value === '') return true
        const parentId = idOf(value)
        if (parentId === id) return 'Een regio kan niet in zichzelf liggen.'
        if (parentId === undefined) return 'Deze bovenliggende regio bestaat niet.'
        const parent = await req.payload.findByID({ collection: 'regions', id: parentId, depth: 0, req }).catch(() => null)
        if (!parent) return 'Deze bovenliggende regio bestaat niet.'
        if (parent.parent) return 'Kies een provincie (een regio bovenaan), geen regio die zelf ergens in ligt.'
        return true
      },
    }),
  ],
}
