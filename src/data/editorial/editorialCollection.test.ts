/** The editorial collection factory: what it adds, what it keeps, and that no collection with drafts goes without it. */
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { markDraftSaves, refreshAfterChange, refreshAfterDelete } from '@/data/cache/freshPages'
import { auteursSaveDraftsOnly } from './auteursSaveDraftsOnly'
import { editorialAccess, editorialCollection, editorialVersions, publicationButtons } from './editorialCollection'

const ownHook: CollectionBeforeOperationHook = ({ args }) => args

describe('editorialCollection', () => {
  it('adds the shared access, drafts, admin group, workflow hook, publication buttons, preview and fresh pages', () => {
    const collection = editorialCollection({ slug: 'notes', fields: [{ name: 'title', type: 'text' }] })
    expect(collection.access).toBe(editorialAccess)
    expect(collection.versions).toEqual({ drafts: true, maxPerDoc: 50 })
    expect(collection.admin?.group).toBe('Inhoud')
    expect(collection.admin?.components?.edit).toEqual(publicationButtons)
    expect(collection.hooks?.beforeOperation).toEqual([auteursSaveDraftsOnly, markDraftSaves])
    expect(collection.hooks?.afterChange).toEqual([refreshAfterChange])
    expect(collection.hooks?.afterDelete).toEqual([refreshAfterDelete])
    const preview = collection.admin?.preview as (doc: Record<string, unknown>, options: never) => string
    expect(preview({ id: 12 }, undefined as never)).toBe('/voorbeeld?collectie=notes&id=12')
    expect(collection.fields).toEqual([{ name: 'title', type: 'text' }])
  })

  it("keeps the collection's own admin settings and hooks, running its hooks before the workflow's", () => {
    const afterChange = () => undefined
    const collection = editorialCollection({
      slug: 'notes',
      defaultSort: 'title',
      admin: {
        useAsTitle: 'title',
        group: 'Elders',
        components: { edit: { SaveButton: '/somewhere#SaveButton' } },
      },
      hooks: { beforeOperation: [ownHook], afterChange: [afterChange] },
      fields: [{ name: 'title', type: 'text' }],
    })
    expect(collection.defaultSort).toBe('title')
    expect(collection.admin).toMatchObject({ useAsTitle: 'title', group: 'Elders' })
    expect(collection.admin?.components?.edit).toEqual({ SaveButton: '/somewhere#SaveButton', ...publicationButtons })
    expect(collection.hooks?.beforeOperation).toEqual([ownHook, auteursSaveDraftsOnly, markDraftSaves])
    expect(collection.hooks?.afterChange).toEqual([afterChange, refreshAfterChange])
  })

  it('lets no collection with drafts in the Payload config go without the editorial rules and workflow', async () => {
    const config = await (await import('@/payload.config')).default
    const hasDrafts = (collection: CollectionConfig) => typeof collection.versions === 'object' && !!collection.versions.drafts
    const withDrafts = config.collections.filter(hasDrafts)
    expect(withDrafts.map((collection) => collection.slug)).toEqual(
      expect.arrayContaining(['themes', 'topics', 'materials', 'practices', 'partners']),
    )
    for (const collection of withDrafts) {
      expect(collection.access.read, collection.slug).toBe(editorialAccess.read)
      expect(collection.access.update, collection.slug).toBe(editorialAccess.update)
      expect(collection.hooks.beforeOperation, collection.slug).toContain(auteursSaveDraftsOnly)
      expect(collection.admin.components?.edit, collection.slug).toMatchObject(publicationButtons)
      expect(collection.hooks.afterChange, collection.slug).toContain(refreshAfterChange)
      expect(collection.hooks.afterDelete, collection.slug).toContain(refreshAfterDelete)
    }
    // What pages show besides the editorial collections: category names, files.
    for (const slug of ['categories', 'media']) {
      const collection = config.collections.find((candidate) => candidate.slug === slug)!
      expect(collection.hooks.afterChange, slug).toContain(refreshAfterChange)
      expect(collection.hooks.afterDelete, slug).toContain(refreshAfterDelete)
    }
    expect(config.collections.filter((collection) => collection.hooks.beforeOperation.includes(auteursSaveDraftsOnly)).length).toBe(
      withDrafts.length,
    )
  })
})
