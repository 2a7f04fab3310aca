/**
 * The link check on a real database (SQLite and PostgreSQL) against a real HTTP server on loopback — never the
 * internet: good, redirecting, redirect-looping, slow, dead (404), HEAD-refusing and connection-refused links, in
 * every place the content keeps outside links. The job runs through Payload's jobs queue as the schedule and the
 * admin button run it. Loopback is an internal address the check refuses by default: LINK_CHECK_ALLOW_PRIVATE
 * allows it here, and the last test shows the default refusing it.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/data/seed/lexical'
import { freePort } from '@tests/support/app'
import { contentFixtures } from '@tests/support/content'
import { usePayload, type TestPayload } from '@tests/support/payload'
import { restClient, tokenFor } from '@tests/support/rest'
import { createUsers } from '@tests/support/users'

interface Seen {
  method: string
  path: string
  host: string
  userAgent: string
}

/** The outside world, on loopback: what each path answers, and every request it got. */
const startLinkServer = async (port: number) => {
  const seen: Seen[] = []
  const inFlight = new Map<string, number>()
  let maxInFlightPerHost = 0
  let deadIsFixed = false
  const server: Server = createServer((request: IncomingMessage, response) => {
    const host = request.headers.host ?? ''
    const path = request.url ?? '/'
    seen.push({ method: request.method ?? '', path, host, userAgent: request.headers['user-agent'] ?? '' })
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1)
    maxInFlightPerHost = Math.max(maxInFlightPerHost, inFlight.get(host)!)
    response.on('close', () => inFlight.set(host, inFlight.get(host)! - 1))
    const answer = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html', ...headers })
      response.end(request.method === 'HEAD' ? undefined : '<p>pagina</p>')
    }
    if (path === '/goed') return answer(200)
    if (path === '/verhuisd') return answer(301, { location: '/goed' })
    if (path === '/rondje') return answer(302, { location: '/rondje' })
    if (path === '/dood') return answer(deadIsFixed ? 200 : 404)
    if (path === '/geen-head') return request.method === 'HEAD' ? answer(405) : answer(200)
    if (path === '/traag') return void setTimeout(() => answer(200), 4_000)
    return answer(404)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    seen,
    get maxInFlightPerHost() {
      return maxInFlightPerHost
    },
    fixDead: () => {
      deadIsFixed = true
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export const linksSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`link check on ${name}`, () => {
    let started: TestPayload
    const test = usePayload(async () => (started = await start()))
    let payload: Payload
    let server: Awaited<ReturnType<typeof startLinkServer>>
    const at = (path: string) => `http://127.0.0.1:${port}${path}`
    // A second host name for the same server: requests to two hosts may run side by side, to one host never.
    const atOtherHost = (path: string) => `http://localhost:${port}${path}`
    // Free ports (in TEST_PORTS when set): one for the server, one that nothing listens on.
    let port = 0
    let refused = ''
    const ids: Record<string, number | string> = {}

    const check = async (url: string) => {
      const { docs } = await payload.find({ collection: 'link-checks', where: { url: { equals: url } }, depth: 0 })
      return docs[0]
    }

    /** Queues the task as the schedule and the button do, and runs the queue as the server's autoRun does. */
    const runJob = async () => {
      await payload.jobs.queue({ task: 'checkLinks', input: {}, queue: 'links' })
      await payload.jobs.run({ queue: 'links', limit: 1 })
    }

    beforeAll(async () => {
      payload = test.payload
      process.env.LINK_CHECK_TIMEOUT_MS = '1000'
      process.env.LINK_CHECK_PAUSE_MS = '20'
      process.env.LINK_CHECK_ALLOW_PRIVATE = '127.0.0.1,::1'
      port = await freePort()
      refused = `http://127.0.0.1:${await freePort()}/niemand`
      server = await startLinkServer(port)
      const { createDoc, dataFor } = await contentFixtures(payload)
      const topic = await payload.create({
        collection: 'topics',
        data: {
          ...(await dataFor('topics')),
          title: 'Onderwerp met links',
          why: paragraphsToRichText([`Zie [deze studie](${at('/goed')}) en [de toolbox zelf](/vroegdetectie).`]),
          insights: [{ text: 'Een inzicht', source: 'Een bron', url: at('/dood') }],
          links: [
            { label: 'Verhuisde website', url: at('/verhuisd') },
            { label: 'Een pagina van de toolbox', url: '/partners' },
          ],
          _status: 'published',
        } as never,
      })
      ids.topic = topic.id
      const material = await payload.create({
        collection: 'materials',
        data: { ...(await dataFor('materials')), title: 'Traag materiaal', file: null, externalUrl: at('/traag'), _status: 'published' } as never,
      })
      ids.material = material.id
      const practice = await payload.create({
        collection: 'practices',
        data: {
          ...(await dataFor('practices')),
          title: 'Praktijk zonder HEAD',
          website: atOtherHost('/geen-head'),
          description: paragraphsToRichText([`Een [rondje](${atOtherHost('/rondje')}).`]),
          _status: 'published',
        } as never,
      })
      ids.practice = practice.id
      const partner = await payload.create({
        collection: 'partners',
        data: { ...(await dataFor('partners')), name: 'Verdwenen partner', website: refused, _status: 'published' } as never,
      })
      ids.partner = partner.id
      // A draft that was never published: its link is checked too, before an editor publishes it.
      const draft = await createDoc('practices', 'draft')
      await payload.update({ collection: 'practices', id: draft.id, data: { website: at('/goed') }, draft: true })
      ids.draft = draft.id
      await runJob()
    })

    afterAll(async () => {
      await server?.close()
      delete process.env.LINK_CHECK_TIMEOUT_MS
      delete process.env.LINK_CHECK_PAUSE_MS
      delete process.env.LINK_CHECK_ALLOW_PRIVATE
    })

    it('checks every outside link once, and no page of the site itself', async () => {
      const { docs } = await payload.find({ collection: 'link-checks', pagination: false, depth: 0 })
      expect(docs.map((doc) => doc.url).sort()).toEqual(
        [at('/goed'), at('/dood'), at('/verhuisd'), at('/traag'), atOtherHost('/geen-head'), atOtherHost('/rondje'), refused].sort(),
      )
    })

    it('stores how each link answered', async () => {
      expect(await check(at('/goed'))).toMatchObject({ status: 'ok', broken: false, statusCode: 200, firstFailure: null })
      expect(await check(at('/verhuisd'))).toMatchObject({ status: 'omgeleid', broken: false, statusCode: 200, finalUrl: at('/goed') })
      expect(await check(at('/dood'))).toMatchObject({ status: 'kapot', broken: true, statusCode: 404 })
      expect(await check(at('/traag'))).toMatchObject({ status: 'te-traag', broken: true, statusCode: null })
      expect(await check(atOtherHost('/rondje'))).toMatchObject({ status: 'kapot', broken: true, note: expect.stringMatching(/omleidingen/) })
      expect(await check(atOtherHost('/geen-head'))).toMatchObject({ status: 'ok', broken: false, statusCode: 200 })
      expect(await check(refused)).toMatchObject({ status: 'onbereikbaar', broken: true, note: expect.stringMatching(/weigert/) })
      const dead = (await check(at('/dood')))!
      expect(dead.firstFailure).toBe(dead.lastChecked)
    })

    it('says where each link is used, drafts included', async () => {
      const places = (await check(at('/goed')))!.usedIn!.map(({ collection, docId, field }) => ({ collection, docId, field }))
      expect(places).toEqual(
        expect.arrayContaining([
          { collection: 'topics', docId: String(ids.topic), field: 'Waarom-tekst' },
          { collection: 'practices', docId: String(ids.draft), field: 'Website' },
        ]),
      )
      expect((await check(at('/dood')))!.usedIn).toEqual([
        expect.objectContaining({ collection: 'topics', docId: String(ids.topic), title: 'Onderwerp met links', field: 'Onderzoeksinzichten' }),
      ])
      expect((await check(atOtherHost('/rondje')))!.usedIn).toEqual([expect.objectContaining({ collection: 'practices', field: 'Beschrijving' })])
    })

    it('is polite: HEAD first, GET only where HEAD fails, one request at a time per host, a clear User-Agent', () => {
      const requests = (path: string) => server.seen.filter((r) => r.path === path).map((r) => r.method)
      expect(requests('/goed').every((method) => method === 'HEAD')).toBe(true)
      expect(requests('/geen-head')).toEqual(['HEAD', 'GET'])
      expect(requests('/dood')).toEqual(['HEAD', 'GET'])
      // A timeout is not tried again with GET: the server already had its chance.
      expect(requests('/traag')).toEqual(['HEAD'])
      // The loop is cut off after the redirect limit (5), for HEAD and for GET.
      expect(requests('/rondje').length).toBeLessThanOrEqual(12)
      expect(server.maxInFlightPerHost).toBe(1)
      expect(new Set(server.seen.map((r) => r.host))).toEqual(new Set([`127.0.0.1:${port}`, `localhost:${port}`]))
      for (const request of server.seen) expect(request.userAgent).toMatch(/^ToolboxSchooluitval-Linkcontrole\/1\.0 \(\+http/)
    })

    it('keeps the first failure across runs, clears it when the link works again, and forgets unused links', async () => {
      const before = (await check(at('/dood')))!
      const refusedBefore = (await check(refused))!
      await payload.delete({ collection: 'partners', id: ids.partner! })
      await runJob()
      expect((await check(refused))).toBeUndefined()
      const stillDead = (await check(at('/dood')))!
      expect(stillDead.firstFailure).toBe(before.firstFailure)
      expect(Date.parse(stillDead.lastChecked)).toBeGreaterThan(Date.parse(before.lastChecked))
      expect(refusedBefore.broken).toBe(true)
      server.fixDead()
      await runJob()
      expect(await check(at('/dood'))).toMatchObject({ status: 'ok', broken: false, firstFailure: null })
    })

    it('lets the team start a check from the admin, and nobody else', async () => {
      await createUsers(payload)
      const rest = restClient(started)
      const anonymous = await rest('POST', '/api/link-checks/nu-controleren')
      expect(anonymous.status).toBe(403)
      expect((await anonymous.json()).message).toMatch(/Meld u aan/)
      expect((await rest('GET', '/api/link-checks')).status).toBe(403)
      const token = await tokenFor(started, 'auteur@toolbox.test', 'auteur-wachtwoord-123')
      // The weekly check, queued by the schedule for next Monday, does not stop a check now.
      const weekly = await payload.jobs.queue({ task: 'checkLinks', input: {}, queue: 'links', waitUntil: new Date(Date.now() + 5 * 24 * 3600 * 1000) })
      const first = await rest('POST', '/api/link-checks/nu-controleren', { token })
      expect(first.status).toBe(202)
      expect(await first.json()).toMatchObject({ queued: true, message: expect.stringMatching(/gestart/) })
      // A second click while it runs does not queue a second check.
      const second = await rest('POST', '/api/link-checks/nu-controleren', { token })
      expect(await second.json()).toMatchObject({ queued: false })
      // The check runs in the background; wait until its job is done (finished jobs are deleted).
      const others = { collection: 'payload-jobs' as const, where: { id: { not_equals: weekly.id } } }
      const started_ = Date.now()
      while ((await payload.count(others)).totalDocs > 0 && Date.now() - started_ < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      expect((await payload.count(others)).totalDocs).toBe(0)
      expect((await payload.findByID({ collection: 'payload-jobs', id: weekly.id })).completedAt).toBeFalsy()
      // Nobody writes link checks through the API: only the job does.
      const write = await rest('POST', '/api/link-checks', { token, json: { url: 'https://example.org', status: 'ok', lastChecked: new Date().toISOString() } })
      expect(write.status).toBe(403)
    })

    it('by default asks no internal address: such links are recorded as not checked, not as broken', async () => {
      delete process.env.LINK_CHECK_ALLOW_PRIVATE
      const requests = server.seen.length
      await runJob()
      expect(server.seen.length).toBe(requests)
      expect(await check(at('/dood'))).toMatchObject({
        status: 'niet-gecontroleerd',
        broken: false,
        firstFailure: null,
        statusCode: null,
        note: expect.stringMatching(/^Niet gecontroleerd: intern adres\./),
      })
      const { docs } = await payload.find({ collection: 'link-checks', pagination: false, depth: 0 })
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect(doc).toMatchObject({ status: 'niet-gecontroleerd', broken: false })
    })
  })
