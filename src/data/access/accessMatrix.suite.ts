/**
 * The access matrix (issue 14): every role × every collection × every operation, each cell run through Payload's
 * local API with access control on, and judged by what ends up in the database — not by whether an error was
 * thrown. A cell that may not happen must leave no trace; a cell that may must take effect. Loosen any rule and a
 * cell fails; the expectations are written out per collection below, as the specification.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { materials } from '@/data/seed/data/materials'
import { renderMaterialFile } from '@/data/seed/documents'
import { contentCollections, contentFixtures, uploadMedia, type ContentCollection, type Id } from '@tests/support/content'
import { makePdf } from '@tests/fixtures/documents'
import type { TestPayload } from '@tests/support/payload'
import { restClient } from '@tests/support/rest'
import { createUsers } from '@tests/support/users'

export const actors = ['anonymous', 'auteur', 'redacteur', 'beheerder'] as const
type Actor = (typeof actors)[number]
type Cell = Record<Actor, boolean>

const cell = (...allowed: Actor[]): Cell =>
  Object.fromEntries(actors.map((actor) => [actor, allowed.includes(actor)])) as Cell
const everyone = cell(...actors)
const staff = cell('auteur', 'redacteur', 'beheerder')
const editors = cell('redacteur', 'beheerder')
const beheerder = cell('beheerder')
const nobody = cell()

/** The editorial collections' rules: the public reads what is published, auteurs write drafts, redacteurs publish. */
const editorial = {
  'read a published document': everyone,
  'read a draft': staff,
  'create a draft': staff,
  'create a published document': editors,
  'publish a draft': editors,
  'save a draft of a published document': staff,
  'change a published document': editors,
  unpublish: editors,
  'restore a version': editors,
  'duplicate as a draft': staff,
  'duplicate as published': editors,
  'bulk update': editors,
  delete: editors,
  'bulk delete': editors,
}

export const expectations = {
  ...Object.fromEntries(contentCollections.map((collection) => [collection, editorial])),
  categories: {
    read: everyone,
    create: editors,
    update: editors,
    duplicate: editors,
    'bulk update': editors,
    delete: editors,
  },
  // Where partners work: the same rules as the categories.
  regions: {
    read: everyone,
    create: editors,
    update: editors,
    duplicate: editors,
    'bulk update': editors,
    delete: editors,
  },
  media: {
    'read a file a published material uses': everyone,
    'read a file a published practice has attached': everyone,
    'read a file a draft practice has attached': staff,
    'read a file nothing published uses': staff,
    'upload a file': staff,
    'change a file nothing published uses': staff,
    'change a file a published material uses': editors,
    'change a file a published practice has attached': editors,
    'change a file a draft practice has attached': staff,
    'bulk update a file a published material uses': editors,
    'delete a file nothing published uses': editors,
  },
  submissions: {
    read: staff,
    create: nobody,
    update: staff,
    'bulk update': staff,
    delete: editors,
  },
  // Files sent with contributions: private to the team whatever is published; only the form's server code uploads.
  'submission-files': {
    read: staff,
    'read through the file route': staff,
    upload: nobody,
    replace: nobody,
    delete: editors,
  },
  users: {
    'read another account': beheerder,
    create: beheerder,
    'update another account': beheerder,
    'bulk update': beheerder,
    delete: beheerder,
    'give oneself another role': beheerder,
  },
} satisfies Record<string, Record<string, Cell>>

type Slug = keyof typeof expectations

/** A refusal: Payload's Forbidden, Unauthorized or (for a Where rule) NotFound. Anything else fails the test. */
const refused = (error: unknown) => [401, 403, 404].includes((error as { status?: number }).status ?? 0)

export const accessMatrix = (name: string, start: () => Promise<TestPayload>) =>
  describe(`access matrix on ${name}`, () => {
    let test: TestPayload
    let payload: Payload
    let users: Record<Exclude<Actor, 'anonymous'>, User>
    let fixtures: Awaited<ReturnType<typeof contentFixtures>>
    let liveFile: Id
    let unusedFile: Id
    let practiceFile: Id
    let draftPracticeFile: Id
    let counter = 0

    beforeAll(async () => {
      test = await start()
      payload = test.payload
      users = await createUsers(payload)
      fixtures = await contentFixtures(payload)
      liveFile = (await uploadMedia(payload, 'Bestand van een gepubliceerd materiaal', 0)).id
      unusedFile = (await uploadMedia(payload, 'Los bestand', 1)).id
      // Every material in the matrix uses liveFile, so it is live from here on.
      await fixtures.createDoc('materials', 'published', liveFile)
      // A practice's attachments are live once it is published, not while it is a draft.
      practiceFile = (await uploadMedia(payload, 'Bijlage van een gepubliceerde praktijk', 2)).id
      draftPracticeFile = (await uploadMedia(payload, 'Bijlage van een concept van een praktijk', 3)).id
      await fixtures.createDoc('practices', 'published', practiceFile)
      await fixtures.createDoc('practices', 'draft', draftPracticeFile)
    })
    afterAll(async () => {
      await test?.close()
    })

    /** Local API options that run an operation as the actor, with access control on. */
    const as = (actor: Actor) => ({ overrideAccess: false, user: actor === 'anonymous' ? undefined : users[actor] }) as const
    /** Runs an attempt, swallowing a refusal; the caller then looks at the database. */
    const attempt = async (operation: () => Promise<unknown>) => {
      try {
        await operation()
      } catch (error) {
        if (!refused(error)) throw error
      }
    }
    const loose = () => payload as unknown as LooseApi
    const count = (collection: CollectionSlug, where?: Where) => payload.count({ collection, where }).then((r) => r.totalDocs)
    const byId = (collection: CollectionSlug, id: Id) =>
      payload.findByID({ collection, id, depth: 0, disableErrors: true }) as Promise<Record<string, unknown> | null>
    const titleField = (collection: ContentCollection) => (collection === 'partners' ? 'name' : 'title')

    /** Each operation: sets up its target, tries it as the actor, answers whether it took effect. */
    const editorialOperations = (collection: ContentCollection): Record<keyof typeof editorial, (actor: Actor) => Promise<boolean>> => {
      const create = (status: 'draft' | 'published') => fixtures.createDoc(collection, status, liveFile)
      const statusOf = async (id: Id) => (await byId(collection, id))?._status
      const published = { _status: { equals: 'published' } } satisfies Where
      return {
        'read a published document': async (actor) => {
          const doc = await create('published')
          const { docs } = await payload.find({ collection, where: { id: { equals: doc.id } }, depth: 0, ...as(actor) })
          return docs.length === 1
        },
        'read a draft': async (actor) => {
          const doc = await create('draft')
          const { docs } = await payload.find({ collection, draft: true, where: { id: { equals: doc.id } }, depth: 0, ...as(actor) })
          let byID = false
          await attempt(async () => {
            byID = Boolean(await payload.findByID({ collection, id: doc.id, draft: true, depth: 0, ...as(actor) }))
          })
          expect(byID, 'findByID agrees with find').toBe(docs.length === 1)
          return docs.length === 1
        },
        'create a draft': async (actor) => {
          const before = await count(collection)
          const data = { ...(await fixtures.dataFor(collection, liveFile)), _status: 'draft' }
          await attempt(() => loose().create({ collection, draft: true, data, ...as(actor) }))
          return (await count(collection)) === before + 1
        },
        'create a published document': async (actor) => {
          const before = await count(collection, published)
          const data = { ...(await fixtures.dataFor(collection, liveFile)), _status: 'published' }
          await attempt(() => loose().create({ collection, data, ...as(actor) }))
          return (await count(collection, published)) === before + 1
        },
        'publish a draft': async (actor) => {
          const doc = await create('draft')
          await attempt(() => loose().update({ collection, id: doc.id, data: { _status: 'published' }, ...as(actor) }))
          return (await statusOf(doc.id)) === 'published'
        },
        'save a draft of a published document': async (actor) => {
          const doc = await create('published')
          const versions = async () => (await payload.countVersions({ collection, where: { parent: { equals: doc.id } } })).totalDocs
          const before = await versions()
          await attempt(() => loose().update({ collection, id: doc.id, draft: true, data: { [titleField(collection)]: 'Concept' }, ...as(actor) }))
          const after = await byId(collection, doc.id)
          // Whoever saves a draft, the live document is untouched.
          expect(after?._status).toBe('published')
          expect(after?.[titleField(collection)]).not.toBe('Concept')
          return (await versions()) === before + 1
        },
        'change a published document': async (actor) => {
          const doc = await create('published')
          await attempt(() => loose().update({ collection, id: doc.id, data: { [titleField(collection)]: 'Gewijzigd' }, ...as(actor) }))
          const after = await byId(collection, doc.id)
          return after?.[titleField(collection)] === 'Gewijzigd' && after?._status === 'published'
        },
        unpublish: async (actor) => {
          const doc = await create('published')
          await attempt(() => loose().update({ collection, id: doc.id, data: { _status: 'draft' }, ...as(actor) }))
          return (await statusOf(doc.id)) === 'draft'
        },
        'restore a version': async (actor) => {
          const doc = await create('published')
          await loose().update({ collection, id: doc.id, draft: true, data: { [titleField(collection)]: 'Concept' } })
          const version = (
            await payload.findVersions({ collection, where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 1, depth: 0 })
          ).docs[0]!
          await attempt(() => payload.restoreVersion({ collection, id: String(version.id), ...as(actor) }))
          return (await statusOf(doc.id)) === 'draft'
        },
        'duplicate as a draft': async (actor) => {
          const doc = await create('published')
          const before = await count(collection)
          const beforePublished = await count(collection, published)
          await attempt(() => loose().duplicate({ collection, id: doc.id, draft: true, ...as(actor) }))
          expect(await count(collection, published)).toBe(beforePublished)
          return (await count(collection)) === before + 1
        },
        'duplicate as published': async (actor) => {
          const doc = await create('published')
          const before = await count(collection, published)
          await attempt(() => loose().duplicate({ collection, id: doc.id, draft: false, ...as(actor) }))
          return (await count(collection, published)) === before + 1
        },
        'bulk update': async (actor) => {
          const docs = [await create('published'), await create('published')]
          const ids = docs.map((doc) => doc.id)
          await attempt(() =>
            loose().update({ collection, where: { id: { in: ids } }, data: { [titleField(collection)]: 'Massaal' }, ...as(actor) }),
          )
          const changed = await count(collection, { and: [{ id: { in: ids } }, { [titleField(collection)]: { equals: 'Massaal' } }] })
          return changed > 0
        },
        delete: async (actor) => {
          const doc = await create('published')
          await attempt(() => payload.delete({ collection, id: doc.id, ...as(actor) }))
          return (await byId(collection, doc.id)) === null
        },
        'bulk delete': async (actor) => {
          const ids = [(await create('published')).id, (await create('draft')).id]
          await attempt(() => payload.delete({ collection, where: { id: { in: ids } }, ...as(actor) }))
          return (await count(collection, { id: { in: ids } })) < ids.length
        },
      }
    }

    /** The taxonomy collections (categories, regions): a title, no drafts; editors keep them, everyone reads them. */
    const taxonomyOperations = (
      collection: 'categories' | 'regions',
      noun: string,
    ): Record<keyof typeof expectations.categories, (actor: Actor) => Promise<boolean>> => ({
      read: async (actor) => {
        const doc = await payload.create({ collection, data: { title: `${noun} ${++counter}` } })
        return (await payload.find({ collection, where: { id: { equals: doc.id } }, ...as(actor) })).docs.length === 1
      },
      create: async (actor) => {
        const before = await count(collection)
        await attempt(() => payload.create({ collection, data: { title: `${noun} ${++counter}` }, ...as(actor) }))
        return (await count(collection)) === before + 1
      },
      update: async (actor) => {
        const doc = await payload.create({ collection, data: { title: `${noun} ${++counter}` } })
        await attempt(() => payload.update({ collection, id: doc.id, data: { title: 'Gewijzigd' }, ...as(actor) }))
        return (await byId(collection, doc.id))?.title === 'Gewijzigd'
      },
      duplicate: async (actor) => {
        const doc = await payload.create({ collection, data: { title: `${noun} ${++counter}` } })
        const before = await count(collection)
        await attempt(() => payload.duplicate({ collection, id: doc.id, ...as(actor) }))
        return (await count(collection)) === before + 1
      },
      'bulk update': async (actor) => {
        const doc = await payload.create({ collection, data: { title: `${noun} ${++counter}` } })
        await attempt(() => payload.update({ collection, where: { id: { equals: doc.id } }, data: { title: 'Massaal' }, ...as(actor) }))
        return (await byId(collection, doc.id))?.title === 'Massaal'
      },
      delete: async (actor) => {
        const doc = await payload.create({ collection, data: { title: `${noun} ${++counter}` } })
        await attempt(() => payload.delete({ collection, id: doc.id, ...as(actor) }))
        return (await byId(collection, doc.id)) === null
      },
    })

    /** Whether the actor finds the file; `file` is read when the cell runs, after beforeAll made it. */
    const readFile = (file: () => Id) => async (actor: Actor) =>
      (await payload.find({ collection: 'media', where: { id: { equals: file() } }, ...as(actor) })).docs.length === 1
    /** Changes a file's description as the actor: did it take? */
    const changeFile = (file: () => Id) => async (actor: Actor) => {
      const alt = `Beschrijving ${++counter}`
      await attempt(() => payload.update({ collection: 'media', id: file(), data: { alt }, ...as(actor) }))
      return (await byId('media', file()))?.alt === alt
    }

    const mediaOperations: Record<keyof typeof expectations.media, (actor: Actor) => Promise<boolean>> = {
      'read a file a published material uses': readFile(() => liveFile),
      'read a file a published practice has attached': readFile(() => practiceFile),
      'read a file a draft practice has attached': readFile(() => draftPracticeFile),
      'read a file nothing published uses': readFile(() => unusedFile),
      'upload a file': async (actor) => {
        const before = await count('media')
        const file = await renderMaterialFile(materials[2]!)
        await attempt(() =>
          payload.create({ collection: 'media', data: { alt: 'Nieuw' }, file: { ...file, size: file.data.length }, ...as(actor) }),
        )
        return (await count('media')) === before + 1
      },
      'change a file nothing published uses': changeFile(() => unusedFile),
      'change a file a published material uses': changeFile(() => liveFile),
      'change a file a published practice has attached': changeFile(() => practiceFile),
      'change a file a draft practice has attached': changeFile(() => draftPracticeFile),
      'bulk update a file a published material uses': async (actor) => {
        const alt = `Beschrijving ${++counter}`
        await attempt(() => payload.update({ collection: 'media', where: { id: { in: [liveFile, unusedFile] } }, data: { alt }, ...as(actor) }))
        return (await byId('media', liveFile))?.alt === alt
      },
      'delete a file nothing published uses': async (actor) => {
        const upload = await uploadMedia(payload, 'Te verwijderen', 3)
        await attempt(() => payload.delete({ collection: 'media', id: upload.id, ...as(actor) }))
        return (await byId('media', upload.id)) === null
      },
    }

    const submission = () => ({
      kind: 'feedback' as const,
      title: `Bijdrage ${++counter}`,
      description: 'Een bijdrage uit het veld',
      name: 'Iemand',
      email: 'iemand@school.test',
      status: 'nieuw' as const,
    })
    const submissionOperations: Record<keyof typeof expectations.submissions, (actor: Actor) => Promise<boolean>> = {
      read: async (actor) => {
        const doc = await payload.create({ collection: 'submissions', data: submission() })
        let found = false
        await attempt(async () => {
          found = (await payload.find({ collection: 'submissions', where: { id: { equals: doc.id } }, ...as(actor) })).docs.length === 1
        })
        return found
      },
      create: async (actor) => {
        const before = await count('submissions')
        await attempt(() => payload.create({ collection: 'submissions', data: submission(), ...as(actor) }))
        return (await count('submissions')) === before + 1
      },
      update: async (actor) => {
        const doc = await payload.create({ collection: 'submissions', data: submission() })
        await attempt(() => payload.update({ collection: 'submissions', id: doc.id, data: { status: 'verwerkt' }, ...as(actor) }))
        return (await byId('submissions', doc.id))?.status === 'verwerkt'
      },
      'bulk update': async (actor) => {
        const doc = await payload.create({ collection: 'submissions', data: submission() })
        await attempt(() =>
          payload.update({ collection: 'submissions', where: { id: { equals: doc.id } }, data: { status: 'verwerkt' }, ...as(actor) }),
        )
        return (await byId('submissions', doc.id))?.status === 'verwerkt'
      },
      delete: async (actor) => {
        const doc = await payload.create({ collection: 'submissions', data: submission() })
        await attempt(() => payload.delete({ collection: 'submissions', id: doc.id, ...as(actor) }))
        return (await byId('submissions', doc.id)) === null
      },
    }

    const contributionFile = async () =>
      payload.create({
        collection: 'submission-files',
        data: {},
        file: { data: await makePdf(`Bijlage ${++counter}`), name: `bijlage-${counter}.pdf`, mimetype: 'application/pdf', size: 0 },
        depth: 0,
      })
    const contributionFileOperations: Record<keyof (typeof expectations)['submission-files'], (actor: Actor) => Promise<boolean>> = {
      read: async (actor) => {
        const doc = await contributionFile()
        let found = false
        await attempt(async () => {
          found = (await payload.find({ collection: 'submission-files', where: { id: { equals: doc.id } }, ...as(actor) })).docs.length === 1
        })
        return found
      },
      'read through the file route': async (actor) => {
        const doc = await contributionFile()
        const token = actor === 'anonymous' ? undefined : (await payload.login({ collection: 'users', data: { email: users[actor].email, password: `${actor}-wachtwoord-123` } })).token
        const response = await restClient(test)('GET', `/api/submission-files/file/${doc.filename}`, { token })
        return response.status === 200
      },
      upload: async (actor) => {
        const before = await count('submission-files')
        const data = await makePdf('Geüpload')
        await attempt(() => payload.create({ collection: 'submission-files', data: {}, file: { data, name: 'upload.pdf', mimetype: 'application/pdf', size: data.length }, ...as(actor) }))
        return (await count('submission-files')) === before + 1
      },
      replace: async (actor) => {
        const doc = await contributionFile()
        const data = await makePdf('Vervangen')
        await attempt(() =>
          payload.update({ collection: 'submission-files', id: doc.id, data: {}, file: { data, name: 'vervangen.pdf', mimetype: 'application/pdf', size: data.length }, ...as(actor) }),
        )
        return (await byId('submission-files', doc.id))?.filename !== doc.filename
      },
      delete: async (actor) => {
        const doc = await contributionFile()
        await attempt(() => payload.delete({ collection: 'submission-files', id: doc.id, ...as(actor) }))
        return (await byId('submission-files', doc.id)) === null
      },
    }

    const account = () => {
      const n = ++counter
      return { email: `account-${n}@toolbox.test`, password: 'een-lang-wachtwoord', name: `Account ${n}`, role: 'auteur' as const }
    }
    const userOperations: Record<keyof typeof expectations.users, (actor: Actor) => Promise<boolean>> = {
      'read another account': async (actor) => {
        const other = await payload.create({ collection: 'users', data: account() })
        let found = false
        await attempt(async () => {
          found = (await payload.find({ collection: 'users', where: { id: { equals: other.id } }, ...as(actor) })).docs.length === 1
        })
        return found
      },
      create: async (actor) => {
        const before = await count('users')
        await attempt(() => payload.create({ collection: 'users', data: account(), ...as(actor) }))
        return (await count('users')) === before + 1
      },
      'update another account': async (actor) => {
        const other = await payload.create({ collection: 'users', data: account() })
        await attempt(() => payload.update({ collection: 'users', id: other.id, data: { name: 'Gewijzigd' }, ...as(actor) }))
        return (await byId('users', other.id))?.name === 'Gewijzigd'
      },
      'bulk update': async (actor) => {
        const other = await payload.create({ collection: 'users', data: account() })
        await attempt(() => payload.update({ collection: 'users', where: { id: { equals: other.id } }, data: { name: 'Massaal' }, ...as(actor) }))
        return (await byId('users', other.id))?.name === 'Massaal'
      },
      delete: async (actor) => {
        const other = await payload.create({ collection: 'users', data: account() })
        await attempt(() => payload.delete({ collection: 'users', id: other.id, ...as(actor) }))
        return (await byId('users', other.id)) === null
      },
      'give oneself another role': async (actor) => {
        if (actor === 'anonymous') return false
        const self = users[actor]
        const role = actor === 'beheerder' ? 'redacteur' : 'beheerder'
        await attempt(() => payload.update({ collection: 'users', id: self.id, data: { role }, ...as(actor) }))
        const changed = (await byId('users', self.id))?.role === role
        // Put it back (directly), so the other cells keep their roles.
        await payload.update({ collection: 'users', id: self.id, data: { role: self.role } })
        return changed
      },
    }

    const operations = (collection: Slug): Record<string, (actor: Actor) => Promise<boolean>> => {
      switch (collection) {
        case 'categories':
          return taxonomyOperations('categories', 'Categorie')
        case 'regions':
          return taxonomyOperations('regions', 'Regio')
        case 'media':
          return mediaOperations
        case 'submissions':
          return submissionOperations
        case 'submission-files':
          return contributionFileOperations
        case 'users':
          return userOperations
        default:
          return editorialOperations(collection)
      }
    }

    describe.each(Object.keys(expectations) as Slug[])('%s', (collection) => {
      const rules = expectations[collection] as Record<string, Cell>
      describe.each(Object.keys(rules))('%s', (operation) => {
        it.each(actors.map((actor) => [actor, rules[operation]![actor]] as const))('as %s: allowed = %s', async (actor, allowed) => {
          const run = operations(collection)[operation]
          expect(run, `an operation named "${operation}"`).toBeDefined()
          expect(await run!(actor)).toBe(allowed)
        })
      })
    })
  })

/** The local API without its per-collection typing: the matrix sends the same calls to five collections. */
interface LooseApi {
  create: (options: Record<string, unknown>) => Promise<unknown>
  update: (options: Record<string, unknown>) => Promise<unknown>
  duplicate: (options: Record<string, unknown>) => Promise<unknown>
}
