import { parseFeed } from '@rowanmanning/feed-parser'
import { describe, expect, it } from 'vitest'

import type { Change } from './changes'
import { atomFeed } from './feed'

const change: Change = {
  kind: 'topic',
  title: 'Spijbelen',
  summary: 'Wat scholen kunnen doen.',
  path: '/themas/welzijn/spijbelen',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
}

describe('the Atom feed', () => {
  it('says on its root element that it is in Dutch, with or without entries', () => {
    for (const changes of [[change], []]) {
      const xml = atomFeed(changes, 'https://toolbox.example.be')
      expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="nl">/)
      const feed = parseFeed(xml)
      expect(feed.meta.type).toBe('atom')
      expect(feed.language).toBe('nl')
      expect(feed.items).toHaveLength(changes.length)
    }
  })
})
