/**
 * Valid new documents for every editorial collection, for access tests: a published theme for topics to hang
 * under and an uploaded file for materials (and, if asked, practices), made once, then fresh data with a unique
 * title per call.
 */
import type { Payload } from 'payload'

import { materials } from '@/data/seed/data/materials'
import { renderMaterialFile } from '@/data/seed/documents'

export const contentCollections = ['themes', 'topics', 'materials', 'practices', 'partners', 'instruments'] as const
export type ContentCollection = (typeof contentCollections)[number]

export type Id = number | string

/** Uploads a real (seed) file as a new media document, directly (overrideAccess). */
export const uploadMedia = async (payload: Payload, alt = 'Testbestand', index = 0) => {
  const file = await renderMaterialFile(materials[index % materials.length]!)
  return payload.create({ collection: 'media', data: { alt }, file: { ...file, size: file.data.length }, depth: 0 })
}

export const contentFixtures = async (payload: Payload) => {
  const theme = await payload.create({
    collection: 'themes',
    data: { title: 'Testthema', summary: 'Een thema voor tests', colour: 'rood', order: 1, _status: 'published' },
  })
  let counter = 0
  /** Valid data for a new document; materials get the given file, or a fresh upload; practices get it attached, if given. */
  const dataFor = async (collection: ContentCollection, file?: Id): Promise<Record<string, unknown>> => {
    const n = ++counter
    switch (collection) {
      case 'themes':
        return { title: `Thema ${n}`, summary: 'Samenvatting', colour: 'groen', order: n }
      case 'topics':
        return { title: `Onderwerp ${n}`, summary: 'Samenvatting', theme: theme.id, contentStatus: 'gepubliceerd' }
      case 'materials':
        return {
          title: `Materiaal ${n}`,
          description: 'Beschrijving',
          file: file ?? (await uploadMedia(payload, `Bestand ${n}`, n)).id,
          sourceType: 'andere',
          publisher: 'Test',
          publishedDate: '2026-01-01',
        }
      case 'practices':
        return { title: `Praktijk ${n}`, summary: 'Samenvatting', organiser: 'Test', ...(file === undefined ? {} : { files: [file] }) }
      case 'partners':
        return { name: `Partner ${n}`, type: 'andere', description: 'Beschrijving' }
      case 'instruments':
        return { title: `Instrument ${n}`, summary: 'Samenvatting', madeBy: 'PLG Test', sectionLabel: 'Fase', sections: [{ title: 'Fase 0' }] }
    }
  }
  /** A new document as it would be after an editor saved it, published or as a draft (access not checked). */
  const createDoc = async (collection: ContentCollection, status: 'draft' | 'published', file?: Id) =>
    payload.create({
      collection,
      data: { ...(await dataFor(collection, file)), _status: status } as never,
      draft: status === 'draft',
      depth: 0,
    }) as Promise<{ id: Id; _status?: string | null; updatedAt: string }>
  return { theme, dataFor, createDoc }
}
