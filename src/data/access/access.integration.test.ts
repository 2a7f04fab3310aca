/**
 * The access rules of every editorial collection, per role: anonymous / auteur / redacteur / beheerder
 * × read draft, create, publish, delete, manage users — each allowed or refused as specified in issue 2.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { contentCollections, contentFixtures, uploadMedia, type ContentCollection, type Id } from '@tests/support/content'
import { sqlitePayload, usePayload } from '@tests/support/payload'
import { createUsers } from '@tests/support/users'

type Actor = 'anonymous' | 'auteur' | 'redacteur' | 'beheerder'

const test = usePayload(sqlitePayload)
let payload: Payload
let users: Record<Exclude<Actor, 'anonymous'>, User>
let fixtures: Awaited<ReturnType<typeof contentFixtures>>
let mediaId: Id

beforeAll(async () => {
  payload = test.payload
  users = await createUsers(payload)
  fixtures = await contentFixtures(payload)
  mediaId = (await uploadMedia(payload, 'Test')).id
})

/** Numbers the test accounts this file makes. */
let counter = 0

/** Valid data for a new document; every material shares one uploaded file. */
const dataFor = (collection: ContentCollection) => fixtures.dataFor(collection, mediaId)

const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor])

/** Runs an operation as the actor with access control on; true when allowed, false when refused. */
const allowed = async (operation: () => Promise<unknown>): Promise<boolean> => {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return false
    throw error
  }
}

const createDoc = (collection: ContentCollection, status: 'draft' | 'published') => fixtures.createDoc(collection, status, mediaId)

const expectations: Record<Actor, { readDraft: boolean; create: boolean; publish: boolean; delete: boolean; manageUsers: boolean }> = {
  anonymous: { readDraft: false, create: false, publish: false, delete: false, manageUsers: false },
  auteur: { readDraft: true, create: true, publish: false, delete: false, manageUsers: false },
  redacteur: { readDraft: true, create: true, publish: true, delete: true, manageUsers: false },
  beheerder: { readDraft: true, create: true, publish: true, delete: true, manageUsers: true },
}


describe.each([...contentCollections])('%s', (collection) => {
  it('lets anonymous visitors read published documents only', async () => {
    const published = await createDoc(collection, 'published')
    const draft = await createDoc(collection, 'draft')
    const { docs } = await payload.find({ collection, overrideAccess: false, draft: true, limit: 1000, depth: 0 })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    await expect(payload.findByID({ collection, id: draft.id, overrideAccess: false, draft: true })).rejects.toThrow()
  })

  describe.each(Object.keys(expectations) as Actor[])('as %s', (actor) => {
    const expected = expectations[actor]
    // Resolved when a test runs: the users are made in beforeAll.
    const as = {
      overrideAccess: false,
      get user() {
        return userOf(actor)
      },
    } as const

    it(`${expected.readDraft ? 'can' : 'cannot'} read drafts`, async () => {
      const draft = await createDoc(collection, 'draft')
      const { docs } = await payload.find({ collection, ...as, draft: true, where: { id: { equals: draft.id } }, depth: 0 })
      expect(docs.length === 1).toBe(expected.readDraft)
    })

    it(`${expected.create ? 'can' : 'cannot'} create a draft`, async () => {
      expect(
        await allowed(async () => payload.create({ collection, ...as, draft: true, data: { ...(await dataFor(collection)), _status: 'draft' } as never })),
      ).toBe(expected.create)
    })

    it(`${expected.publish ? 'can' : 'cannot'} publish (new or existing document)`, async () => {
      expect(
        await allowed(async () => payload.create({ collection, ...as, data: { ...(await dataFor(collection)), _status: 'published' } as never })),
      ).toBe(expected.publish)
      const draft = await createDoc(collection, 'draft')
      expect(
        await allowed(() => payload.update({ collection, id: draft.id, ...as, data: { _status: 'published' } as never })),
      ).toBe(expected.publish)
      const after = await payload.findByID({ collection, id: draft.id, depth: 0 })
      expect(after._status).toBe(expected.publish ? 'published' : 'draft')
    })

    it(`${expected.create ? 'can' : 'cannot'} save a draft of a published document, which stays published`, async () => {
      const doc = await createDoc(collection, 'published')
      expect(
        await allowed(() => payload.update({ collection, id: doc.id, ...as, draft: true, data: { _status: 'draft' } as never })),
      ).toBe(expected.create)
      expect((await payload.findByID({ collection, id: doc.id, depth: 0 }))._status).toBe('published')
    })

    it(`${expected.publish ? 'can' : 'cannot'} unpublish`, async () => {
      const doc = await createDoc(collection, 'published')
      expect(await allowed(() => payload.update({ collection, id: doc.id, ...as, data: { _status: 'draft' } as never }))).toBe(
        expected.publish,
      )
      const after = await payload.findByID({ collection, id: doc.id, depth: 0 })
      expect(after._status).toBe(expected.publish ? 'draft' : 'published')
    })

    it(`${expected.delete ? 'can' : 'cannot'} delete`, async () => {
      const doc = await createDoc(collection, 'published')
      expect(await allowed(() => payload.delete({ collection, id: doc.id, ...as }))).toBe(expected.delete)
      const left = await payload.find({ collection, where: { id: { equals: doc.id } }, depth: 0 })
      expect(left.docs.length).toBe(expected.delete ? 0 : 1)
    })
  })
})

describe('users', () => {
  describe.each(Object.keys(expectations) as Actor[])('as %s', (actor) => {
    const expected = expectations[actor]
    // Resolved when a test runs: the users are made in beforeAll.
    const as = {
      overrideAccess: false,
      get user() {
        return userOf(actor)
      },
    } as const

    it(`${expected.manageUsers ? 'can' : 'cannot'} manage users`, async () => {
      const email = `nieuw-${actor}-${++counter}@toolbox.test`
      expect(
        await allowed(() =>
          payload.create({ collection: 'users', ...as, data: { email, password: 'een-lang-wachtwoord', name: 'Nieuw', role: 'auteur' } }),
        ),
      ).toBe(expected.manageUsers)
      const target = await payload.create({
        collection: 'users',
        data: { email: `doel-${actor}-${counter}@toolbox.test`, password: 'een-lang-wachtwoord', name: 'Doel', role: 'auteur' },
      })
      expect(await allowed(() => payload.update({ collection: 'users', id: target.id, ...as, data: { name: 'Gewijzigd' } }))).toBe(
        expected.manageUsers,
      )
      expect(await allowed(() => payload.delete({ collection: 'users', id: target.id, ...as }))).toBe(expected.manageUsers)
      // Only a beheerder sees other accounts; others see themselves at most.
      const visible = await payload.find({ collection: 'users', ...as, limit: 0 }).then(
        (result) => result.totalDocs,
        () => 0,
      )
      expect(visible > 1).toBe(expected.manageUsers)
    })
  })

  it('never lets someone promote themselves', async () => {
    const { auteur } = users
    const updated = await payload.update({ collection: 'users', id: auteur.id, overrideAccess: false, user: auteur, data: { role: 'beheerder' } as never })
    expect(updated.role).toBe('auteur')
  })
})
