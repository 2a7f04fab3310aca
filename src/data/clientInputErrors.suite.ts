/**
 * No 500 from input on the REST API (issue 14): ids that are not numbers, malformed `where` clauses, broken multipart
 * bodies (login included) and bad percent-encoding each get a 4xx with a JSON error, anonymous or signed in; and the
 * requests leave nothing behind. Sent through Payload's own REST handler, as the Next.js route does.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from '@tests/support/payload'
import { restClient, tokenFor, type Rest } from '@tests/support/rest'
import { createUsers } from '@tests/support/users'

export const clientInputSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`hostile input to the REST API on ${name}`, () => {
  let test: TestPayload
  let payload: Payload
  let rest: Rest
  let token: string

  beforeAll(async () => {
    test = await start()
    payload = test.payload
    rest = restClient(test)
    await createUsers(payload)
    token = await tokenFor(test, 'beheerder@toolbox.test', 'beheerder-wachtwoord-123')
  })
  afterAll(async () => {
    await test?.close()
  })

  const deepWhere = `where${'[and][0]'.repeat(60)}[title][equals]=x`
  const brokenMultipart = ['--x\r\nbroken', 'multipart/form-data; boundary=x'] as const
  const brokenPayloadField = [
    '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\ngeen json\r\n--x--\r\n',
    'multipart/form-data; boundary=x',
  ] as const
  const noBoundary = ['--x\r\n', 'multipart/form-data'] as const

  const requests: [method: string, path: string, body?: readonly [string, string]][] = [
    ['GET', '/api/themes/abc'],
    ['GET', '/api/themes/%zz'],
    ['GET', '/api/themes/%'],
    ['PATCH', '/api/themes/abc', ['{}', 'application/json']],
    ['DELETE', '/api/themes/abc'],
    ['POST', '/api/themes/abc/duplicate'],
    ['GET', '/api/themes/versions/abc'],
    ['POST', '/api/themes/versions/abc'],
    ['GET', '/api/media/file/%zz'],
    ['GET', '/api/themes?where=geen-json'],
    ['GET', '/api/themes?where={"title":'],
    ['GET', '/api/themes?where[createdAt][equals]=geen-datum'],
    ['GET', '/api/themes?where[createdAt][greater_than]=2026-13-45'],
    ['GET', '/api/materials?where[publishedDate][less_than]=gisteren'],
    ['GET', '/api/materials?where[createdAt][equals]=notadate'],
    ['GET', '/api/materials?where[updatedAt][in]=2026-01-01,nooit'],
    ['GET', '/api/themes?where[or][0][createdAt][greater_than_equal]=morgen'],
    ['GET', '/api/themes?where[id][in]=abc,def'],
    ['GET', '/api/topics?where[theme][in]=abc'],
    ['GET', '/api/themes?where[title][near]=rommel'],
    ['GET', '/api/themes?where[order][near]=1,2,3'],
    ['GET', '/api/themes?where[title][within]=rommel'],
    ['GET', '/api/themes?where[title][intersects]=rommel'],
    ['GET', `/api/themes?${deepWhere}`],
    // Found by the fuzz test: a key given twice becomes a list where one value belongs.
    ['GET', '/api/materials?where[title][equals]=a&where[title][equals]=b'],
    ['GET', '/api/themes?where[title][like]=a&where[title][like]=b'],
    ['GET', '/api/themes?where[title][contains]=a&where[title][contains]=b'],
    ['GET', '/api/themes?where[id][equals]=1&where[id][equals]=2'],
    ['GET', '/api/themes?where[title][equals][x]=1'],
    ['GET', '/api/themes?limit=1&limit=2'],
    ['GET', '/api/themes?limit=%E0%A4%A&limit=-1'],
    ['GET', '/api/themes?limit[a]=1'],
    ['POST', '/api/users/login', brokenMultipart],
    ['POST', '/api/users/login', brokenPayloadField],
    ['POST', '/api/users/login', noBoundary],
    ['POST', '/api/users/forgot-password', brokenMultipart],
    ['POST', '/api/media', brokenMultipart],
    ['POST', '/api/themes', brokenMultipart],
    ['PATCH', '/api/themes/1', brokenPayloadField],
    ['POST', '/api/submissions', noBoundary],
  ]

  describe.each([
    ['anonymously', false],
    ['as a beheerder', true],
  ] as const)('%s', (_who, signedIn) => {
    it.each(requests)('%s %s answers a 4xx with a JSON error', async (method, path, body) => {
      const response = await rest(method, path, {
        token: signedIn ? token : undefined,
        body: body?.[0],
        contentType: body?.[1],
      })
      const text = await response.clone().text()
      expect(response.status, text).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      const json = (await response.json()) as { errors?: { message: string }[] }
      expect(json.errors?.[0]?.message).toBeTruthy()
    })
  })

  it('refuses a date that is none with a Dutch 400, and still answers a real one', async () => {
    const bad = await rest('GET', '/api/materials?where[createdAt][equals]=notadate')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Ongeldige zoekvraag: createdAt.equals verwacht een datum (bv. 2026-09-01).',
    )
    for (const date of ['2030-01-01', '2030-01-01T10:00:00.000Z']) {
      expect((await rest('GET', `/api/materials?where[createdAt][less_than]=${date}`)).status).toBe(200)
    }
    expect((await rest('GET', '/api/materials?where[publishedDate][exists]=false')).status).toBe(200)
  })

  it('stores nothing from those requests', async () => {
    for (const collection of ['themes', 'media', 'submissions'] as const) {
      expect((await payload.count({ collection })).totalDocs, collection).toBe(0)
    }
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(3)
  })
  })
