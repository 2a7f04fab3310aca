/**
 * The dashboard's "Na te kijken" on a real database: topics not reviewed for 12 months (or never), materials
 * published more than 5 years ago — and nothing fresher.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentFixtures } from '@tests/support/content'
import { usePayload, type TestPayload } from '@tests/support/payload'
import { staleContent } from './freshness'

export const freshnessSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`freshness on ${name}`, () => {
    const test = usePayload(start)
    let payload: Payload
    const now = new Date('2026-12-02T12:00:00.000Z')

    beforeAll(async () => {
      payload = test.payload
      const { dataFor } = await contentFixtures(payload)
      const topic = async (title: string, lastReviewed?: string) =>
        payload.create({ collection: 'topics', data: { ...(await dataFor('topics')), title, lastReviewed, _status: 'published' } as never })
      await topic('Nagekeken vorige maand', '2026-11-02T12:00:00.000Z')
      await topic('Nagekeken elf maanden geleden', '2026-01-05T12:00:00.000Z')
      await topic('Nagekeken dertien maanden geleden', '2025-11-01T12:00:00.000Z')
      await topic('Nagekeken drie jaar geleden', '2023-06-01T12:00:00.000Z')
      await topic('Nooit nagekeken')
      const material = async (title: string, publishedDate: string) =>
        payload.create({ collection: 'materials', data: { ...(await dataFor('materials')), title, publishedDate, _status: 'published' } as never })
      await material('Materiaal van vier jaar oud', '2022-12-10T12:00:00.000Z')
      await material('Materiaal van zes jaar oud', '2020-10-01T12:00:00.000Z')
      await material('Materiaal van tien jaar oud', '2016-05-01T12:00:00.000Z')
    })

    it('lists topics not reviewed for 12 months, never reviewed first, then the oldest review', async () => {
      const { topics } = await staleContent(payload, now)
      expect(topics.map((t) => [t.title, t.date])).toEqual([
        ['Nooit nagekeken', null],
        ['Nagekeken drie jaar geleden', '2023-06-01T12:00:00.000Z'],
        ['Nagekeken dertien maanden geleden', '2025-11-01T12:00:00.000Z'],
      ])
    })

    it('lists materials published more than 5 years ago, oldest first', async () => {
      const { materials } = await staleContent(payload, now)
      expect(materials.map((m) => m.title)).toEqual(['Materiaal van tien jaar oud', 'Materiaal van zes jaar oud'])
      for (const item of materials) expect(item.id).toBeTruthy()
    })
  })
