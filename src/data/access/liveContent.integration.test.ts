/**
 * What is live stays under the redacteurs' control (issue 14): an auteur cannot take a published page offline or
 * change it by restoring a version, cannot change a published material's file, a published practice's attachments
 * or their text through the media collection, and anonymous visitors see only the files that published materials
 * and practices use — over the REST API, as an attacker would try it, and through the local API.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { contentCollections, contentFixtures, uploadMedia, type Id } from '@tests/support/content'
import { sqlitePayload, type TestPayload } from '@tests/support/payload'
import { restClient, tokenFor, type Rest } from '@tests/support/rest'
import { createUsers } from '@tests/support/users'

let test: TestPayload
let payload: Payload
let rest: Rest
let fixtures: Awaited<ReturnType<typeof contentFixtures>>
let users: Awaited<ReturnType<typeof createUsers>>
const tokens: Record<'auteur' | 'redacteur', string> = { auteur: '', redacteur: '' }

beforeAll(async () => {
  test = await sqlitePayload()
  payload = test.payload
  rest = restClient(test)
  users = await createUsers(payload)
  fixtures = await contentFixtures(payload)
  tokens.auteur = await tokenFor(test, 'auteur@toolbox.test', 'auteur-wachtwoord-123')
  tokens.redacteur = await tokenFor(test, 'redacteur@toolbox.test', 'redacteur-wachtwoord-123')
})
afterAll(async () => {
  await test?.close()
})

const statusOf = async (collection: (typeof contentCollections)[number], id: Id) =>
  (await payload.findByID({ collection, id, depth: 0 }))._status

/** The newest version of a document: after a draft save, that draft. */
const latestVersion = async (collection: (typeof contentCollections)[number], id: Id) =>
  (await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0 })).docs[0]!

describe.each(contentCollections)('restoring a version of %s', (collection) => {
  /** A published document with a newer draft saved by an auteur on top of it. */
  const publishedWithDraft = async () => {
    const doc = await fixtures.createDoc(collection, 'published')
    await payload.update({ collection, id: doc.id, draft: true, overrideAccess: false, user: users.auteur, data: {} as never })
    const draft = await latestVersion(collection, doc.id)
    expect(draft.version._status).toBe('draft')
    return { doc, draft }
  }

  it('cannot take a published page offline when an auteur restores a draft version (REST)', async () => {
    const { doc, draft } = await publishedWithDraft()
    const response = await rest('POST', `/api/${collection}/versions/${draft.id}`, { token: tokens.auteur })
    expect(response.status).toBe(403)
    expect(await statusOf(collection, doc.id)).toBe('published')
  })

  it('cannot take a published page offline when an auteur restores a draft version (local API)', async () => {
    const { doc, draft } = await publishedWithDraft()
    await expect(
      payload.restoreVersion({ collection, id: String(draft.id), overrideAccess: false, user: users.auteur }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await statusOf(collection, doc.id)).toBe('published')
  })

  it('cannot republish an older version when an auteur restores it', async () => {
    const doc = await fixtures.createDoc(collection, 'published')
    const published = await latestVersion(collection, doc.id)
    await payload.update({ collection, id: doc.id, data: { _status: 'draft' } as never })
    const response = await rest('POST', `/api/${collection}/versions/${published.id}`, { token: tokens.auteur })
    expect(response.status).toBe(403)
    expect(await statusOf(collection, doc.id)).toBe('draft')
  })

  it('lets an auteur restore a version as a new draft, which leaves the page published', async () => {
    const { doc, draft } = await publishedWithDraft()
    const response = await rest('POST', `/api/${collection}/versions/${draft.id}?draft=true`, { token: tokens.auteur })
    expect(response.status).toBe(200)
    expect(await statusOf(collection, doc.id)).toBe('published')
  })

  it('lets a redacteur restore a draft version, which unpublishes the page', async () => {
    const { doc, draft } = await publishedWithDraft()
    const response = await rest('POST', `/api/${collection}/versions/${draft.id}`, { token: tokens.redacteur })
    expect(response.status).toBe(200)
    expect(await statusOf(collection, doc.id)).toBe('draft')
  })
})

describe('media', () => {
  let live: Media
  let ofDraft: Media
  let unused: Media
  let ofNewerDraft: Media
  let ofPractice: Media
  let ofDraftPractice: Media
  let ofNewerPracticeDraft: Media
  let practiceId: Id

  beforeAll(async () => {
    live = await uploadMedia(payload, 'Bestand van een gepubliceerd materiaal', 0)
    ofDraft = await uploadMedia(payload, 'Bestand van een concept', 1)
    unused = await uploadMedia(payload, 'Los bestand', 2)
    ofNewerDraft = await uploadMedia(payload, 'Nieuw bestand, nog in een concept', 3)
    const material = await fixtures.createDoc('materials', 'published', live.id)
    await fixtures.createDoc('materials', 'draft', ofDraft.id)
    // A published material whose newer draft points to another file: that file is not live yet.
    await payload.update({ collection: 'materials', id: material.id, draft: true, data: { file: ofNewerDraft.id } })
    // A practice's attachments follow the same rule: live once the practice is published, not in a (newer) draft.
    ofPractice = await uploadMedia(payload, 'Bijlage van een gepubliceerde praktijk', 4)
    ofDraftPractice = await uploadMedia(payload, 'Bijlage van een concept van een praktijk', 5)
    ofNewerPracticeDraft = await uploadMedia(payload, 'Nieuwe bijlage, nog in een concept', 6)
    practiceId = (await fixtures.createDoc('practices', 'published', ofPractice.id)).id
    await fixtures.createDoc('practices', 'draft', ofDraftPractice.id)
    await payload.update({ collection: 'practices', id: practiceId, draft: true, data: { files: [ofPractice.id, ofNewerPracticeDraft.id] } })
  })

  const reread = (id: Id) => payload.findByID({ collection: 'media', id, depth: 0 })

  describe('an auteur', () => {
    it('cannot change the description of a file a published material uses', async () => {
      const response = await rest('PATCH', `/api/media/${live.id}`, { token: tokens.auteur, json: { alt: 'Gekaapt' } })
      expect(response.status).toBe(403)
      expect((await reread(live.id)).alt).toBe(live.alt)
    })

    it('cannot replace the file a published material uses', async () => {
      const form = new FormData()
      form.set('file', new Blob(['%PDF-1.4 vervangen'], { type: 'application/pdf' }), 'vervangen.pdf')
      form.set('_payload', JSON.stringify({ alt: 'Vervangen' }))
      const response = await rest('PATCH', `/api/media/${live.id}`, { token: tokens.auteur, body: form })
      expect(response.status).toBe(403)
      const after = await reread(live.id)
      expect(after.filename).toBe(live.filename)
      expect(after.filesize).toBe(live.filesize)
    })

    it('cannot change it through a bulk update either', async () => {
      await rest('PATCH', `/api/media?where[id][equals]=${live.id}`, { token: tokens.auteur, json: { alt: 'Gekaapt' } })
      await payload.update({ collection: 'media', where: { id: { in: [live.id, unused.id] } }, overrideAccess: false, user: users.auteur, data: { alt: 'Gekaapt' } })
      expect((await reread(live.id)).alt).toBe(live.alt)
    })

    it('cannot change or replace a file a published practice has attached', async () => {
      const response = await rest('PATCH', `/api/media/${ofPractice.id}`, { token: tokens.auteur, json: { alt: 'Gekaapt' } })
      expect(response.status).toBe(403)
      const form = new FormData()
      form.set('file', new Blob(['%PDF-1.4 vervangen'], { type: 'application/pdf' }), 'vervangen.pdf')
      form.set('_payload', JSON.stringify({ alt: 'Vervangen' }))
      expect((await rest('PATCH', `/api/media/${ofPractice.id}`, { token: tokens.auteur, body: form })).status).toBe(403)
      const after = await reread(ofPractice.id)
      expect(after).toMatchObject({ alt: ofPractice.alt, filename: ofPractice.filename, filesize: ofPractice.filesize })
    })

    it('cannot delete it', async () => {
      expect((await rest('DELETE', `/api/media/${live.id}`, { token: tokens.auteur })).status).toBe(403)
      expect((await reread(live.id)).id).toBe(live.id)
    })

    it('can still describe files that nothing published uses', async () => {
      for (const media of [ofDraft, ofNewerDraft, ofDraftPractice, ofNewerPracticeDraft]) {
        const response = await rest('PATCH', `/api/media/${media.id}`, { token: tokens.auteur, json: { alt: 'Betere beschrijving' } })
        expect(response.status).toBe(200)
        expect((await reread(media.id)).alt).toBe('Betere beschrijving')
      }
    })
  })

  it('lets a redacteur change a file a published material uses', async () => {
    const response = await rest('PATCH', `/api/media/${live.id}`, { token: tokens.redacteur, json: { alt: 'Nagekeken' } })
    expect(response.status).toBe(200)
    expect((await reread(live.id)).alt).toBe('Nagekeken')
  })

  describe('an anonymous visitor', () => {
    it('lists only the files published materials and practices use', async () => {
      const response = await rest('GET', '/api/media?limit=100&depth=0')
      expect(response.status).toBe(200)
      const ids = ((await response.json()) as { docs: Media[] }).docs.map((doc) => doc.id)
      expect(ids).toEqual(expect.arrayContaining([live.id, ofPractice.id]))
      for (const hidden of [ofDraft, ofNewerDraft, unused, ofDraftPractice, ofNewerPracticeDraft]) expect(ids).not.toContain(hidden.id)
    })

    it('cannot read or download the file of a draft, a newer draft or nothing at all', async () => {
      for (const media of [ofDraft, ofNewerDraft, unused, ofDraftPractice, ofNewerPracticeDraft]) {
        const document = await rest('GET', `/api/media/${media.id}`)
        expect(document.status, media.alt!).toBeGreaterThanOrEqual(400)
        expect(document.status).toBeLessThan(500)
        const file = await rest('GET', `/api/media/file/${media.filename}`)
        expect(file.status, media.filename!).toBeGreaterThanOrEqual(400)
        expect(file.status).toBeLessThan(500)
      }
    })

    it('downloads the file of a published material and the attachment of a published practice', async () => {
      for (const media of [live, ofPractice]) {
        const file = await rest('GET', `/api/media/file/${media.filename}`)
        expect(file.status, media.alt!).toBe(200)
        expect((await file.arrayBuffer()).byteLength).toBe(media.filesize)
        const document = await rest('GET', `/api/media/${media.id}`)
        expect(document.status).toBe(200)
      }
    })

    it('sees a published practice with its attachment, not the one its newer draft adds', async () => {
      const practice = await payload.findByID({ collection: 'practices', id: practiceId, depth: 1, overrideAccess: false })
      expect((practice.files as Media[]).map((file) => file.id)).toEqual([ofPractice.id])
      // The team's preview shows the newer draft with both.
      const draft = await payload.findByID({ collection: 'practices', id: practiceId, depth: 0, draft: true, overrideAccess: false, user: users.auteur })
      expect(draft.files).toEqual([ofPractice.id, ofNewerPracticeDraft.id])
    })
  })

  it('lets a redacteur delete a file a draft practice has attached: it comes off the practice', async () => {
    const attachment = await uploadMedia(payload, 'Bijlage die weg mag', 7)
    const practice = await fixtures.createDoc('practices', 'draft', attachment.id)
    const response = await rest('DELETE', `/api/media/${attachment.id}`, { token: tokens.redacteur })
    expect(response.status).toBe(200)
    expect((await payload.find({ collection: 'media', where: { id: { equals: attachment.id } } })).totalDocs).toBe(0)
    expect((await payload.findByID({ collection: 'practices', id: practice.id, draft: true, depth: 0 })).files ?? []).toEqual([])
  })

  it('still shows the team every file', async () => {
    const response = await rest('GET', '/api/media?limit=100&depth=0', { token: tokens.auteur })
    const ids = ((await response.json()) as { docs: Media[] }).docs.map((doc) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([live.id, ofDraft.id, unused.id, ofNewerDraft.id, ofPractice.id, ofDraftPractice.id, ofNewerPracticeDraft.id]))
  })
})
