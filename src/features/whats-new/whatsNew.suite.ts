/**
 * What's new on a real database (SQLite and PostgreSQL): published topics, materials, practices and instruments,
 * newest change first; a draft — new, or a draft change to a published document — never; and the Atom feed,
 * parsed back with a feed parser, with absolute links on the site address it is given.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentFixtures } from '@tests/support/content'
import { usePayload, type TestPayload } from '@tests/support/payload'
import { atomFeed, feedTitle } from './feed'

export const whatsNewSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`what's new on ${name}`, () => {
    const test = usePayload(start)
    let payload: Payload
    const site = 'https://toolbox.example.be'
    const ids: Record<string, number | string> = {}
    // Imported once the test database is set up: queries.ts loads the Payload config, which reads it.
    let loadRecentChanges: typeof import('./queries').loadRecentChanges

    beforeAll(async () => {
      payload = test.payload
      ;({ loadRecentChanges } = await import('./queries'))
      const { createDoc, dataFor } = await contentFixtures(payload)
      // An old material, made years ago and updated today: an update, not a new page.
      const old = await payload.create({
        collection: 'materials',
        data: { ...(await dataFor('materials')), title: 'Oude leidraad', createdAt: '2021-03-01T10:00:00.000Z', _status: 'published' } as never,
      })
      ids.old = old.id
      for (const collection of ['topics', 'materials', 'practices', 'instruments'] as const) {
        ids[collection] = (await createDoc(collection, 'published')).id
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      ids.draft = (await payload.create({
        collection: 'practices',
        data: { ...(await dataFor('practices')), title: 'Geheime conceptpraktijk', _status: 'draft' } as never,
        draft: true,
      })).id
      await new Promise((resolve) => setTimeout(resolve, 20))
      await payload.update({ collection: 'materials', id: old.id, data: { title: 'Oude leidraad, herziene versie', _status: 'published' } as never })
      // A draft change to the published practice: the public title stays, and it does not move up.
      await payload.update({ collection: 'practices', id: ids.practices!, data: { title: 'Nog niet gepubliceerde titel' }, draft: true })
    })

    it('lists published changes, newest first, with their type and page', async () => {
      const changes = await loadRecentChanges(payload)
      expect(changes.map((c) => [c.kind, c.title])).toEqual([
        ['material', 'Oude leidraad, herziene versie'],
        ['instrument', expect.stringMatching(/^Instrument /)],
        ['practice', expect.stringMatching(/^Praktijk /)],
        ['material', expect.stringMatching(/^Materiaal /)],
        ['topic', expect.stringMatching(/^Onderwerp /)],
      ])
      expect(changes[0]!.path).toMatch(/^\/materialen\/oude-leidraad/)
      expect(changes[4]!.path).toMatch(/^\/themas\/testthema\/onderwerp-/)
      for (const change of changes) expect(Date.parse(change.updatedAt)).not.toBeNaN()
      expect(JSON.stringify(changes)).not.toMatch(/Geheime conceptpraktijk|Nog niet gepubliceerde titel/)
    })

    it('writes an Atom feed that a feed parser reads back, with absolute links', async () => {
      const xml = atomFeed(await loadRecentChanges(payload), `${site}/`)
      const feed = parseFeed(xml)
      expect(feed.meta.type).toBe('atom')
      expect(feed.title).toBe(feedTitle)
      expect(feed.url).toBe(`${site}/nieuw`)
      expect(feed.self).toBe(`${site}/feed.xml`)
      expect(feed.items).toHaveLength(5)
      const [update, ...rest] = feed.items
      expect(update!.title).toBe('Materiaal: Oude leidraad, herziene versie')
      expect(update!.description).toMatch(/^Bijgewerkt — /)
      expect(update!.url).toMatch(new RegExp(`^${site}/materialen/oude-leidraad`))
      expect(update!.published?.toISOString()).toBe('2021-03-01T10:00:00.000Z')
      expect(update!.updated!.getTime()).toBeGreaterThan(Date.parse('2026-01-01'))
      for (const item of rest) expect(item.description).toMatch(/^Nieuw — /)
      for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${site}/(materialen|goede-praktijken|instrumenten|themas)/`))
      expect(feed.items.map((item) => item.title).join()).not.toMatch(/Geheime conceptpraktijk|Nog niet gepubliceerde titel/)
      // The feed is as new as its newest entry.
      expect(feed.updated?.getTime()).toBe(update!.updated!.getTime())
    })

    it('escapes what editors type, so the feed stays well-formed', async () => {
      await payload.update({ collection: 'instruments', id: ids.instruments!, data: { title: 'Plan <script>alert(1)</script> & "co"' } })
      const feed = parseFeed(atomFeed(await loadRecentChanges(payload), site))
      expect(feed.items[0]!.title).toBe('Instrument: Plan <script>alert(1)</script> & "co"')
    })
  })
