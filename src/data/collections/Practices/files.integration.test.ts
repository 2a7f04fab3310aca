/**
 * A practice's attachments (`files`): at most `maxPracticeFiles`, kept in order; publishing one more is refused with
 * a Dutch message (a 400, not a 500), through the REST API as the admin sends it. (Payload does not validate draft
 * saves: a draft may hold more until it is published.)
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentFixtures, uploadMedia } from '@tests/support/content'
import { sqlitePayload, type TestPayload } from '@tests/support/payload'
import { restClient, tokenFor, type Rest } from '@tests/support/rest'
import { createUsers } from '@tests/support/users'
import { maxPracticeFiles } from '.'

let test: TestPayload
let payload: Payload
let rest: Rest
let token: string
let fixtures: Awaited<ReturnType<typeof contentFixtures>>

beforeAll(async () => {
  test = await sqlitePayload()
  payload = test.payload
  rest = restClient(test)
  await createUsers(payload)
  fixtures = await contentFixtures(payload)
  token = await tokenFor(test, 'redacteur@toolbox.test', 'redacteur-wachtwoord-123')
})
afterAll(async () => {
  await test?.close()
})

describe('a practice’s attachments', () => {
  it(`keeps up to ${maxPracticeFiles} in order, and refuses one more in Dutch`, async () => {
    const files: number[] = []
    for (let i = 0; i <= maxPracticeFiles; i++) files.push((await uploadMedia(payload, `Bijlage ${i}`, i)).id)
    const practice = await fixtures.createDoc('practices', 'draft')

    const most = files.slice(0, maxPracticeFiles).reverse()
    const saved = await rest('PATCH', `/api/practices/${practice.id}`, { token, json: { files: most, _status: 'published' } })
    expect(saved.status).toBe(200)
    expect((await payload.findByID({ collection: 'practices', id: practice.id, depth: 0 })).files).toEqual(most)

    const tooMany = await rest('PATCH', `/api/practices/${practice.id}`, { token, json: { files, _status: 'published' } })
    expect(tooMany.status).toBe(400)
    const { errors } = (await tooMany.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    const error = errors[0]!.data!.errors!.find((e) => e.path === 'files')!
    expect(error.message).toBe('Een goede praktijk heeft hoogstens 5 bijlagen. Verwijder er 1.')
    expect((await payload.findByID({ collection: 'practices', id: practice.id, depth: 0 })).files).toEqual(most)
  })
})
