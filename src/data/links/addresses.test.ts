/**
 * The link check's address policy: the ranges it refuses, and the client refusing internal addresses against real
 * servers on loopback — a literal address, a name that resolves to one, and a redirect to one — without sending
 * them a single request. 127.0.0.1 is itself internal: the servers are reached with `allowPrivate`, as the
 * integration tests do with LINK_CHECK_ALLOW_PRIVATE, and the default is shown to refuse them.
 */
import { createServer, type Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@tests/support/app'
import { addressPolicy, blockedAddressCode, guardedLookup, isPublicAddress } from './addresses'
import { checkLink } from './check'

describe('which addresses are public', () => {
  it('refuses loopback, private, link-local, CGNAT, unique-local, multicast, unspecified and other special ranges', () => {
    const internal = [
      ...['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254'],
      ...['100.64.0.1', '0.0.0.0', '0.1.2.3', '224.0.0.1', '239.255.255.250', '255.255.255.255', '192.0.2.1', '198.18.0.1', '240.0.0.1'],
      ...['::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'fec0::1', 'ff02::1', '2001:db8::1', '100::1'],
      // IPv4 inside IPv6: mapped, NAT64, 6to4 and Teredo.
      ...['::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:a00:1::1', '2001::1'],
      ...['', 'localhost', 'niet een adres'],
    ]
    for (const address of internal) expect([address, isPublicAddress(address)]).toEqual([address, false])
    for (const address of ['8.8.8.8', '193.191.245.1', '2a00:1450:400e::200e', '::ffff:8.8.8.8']) {
      expect([address, isPublicAddress(address)]).toEqual([address, true])
    }
  })

  it('allows exactly the private addresses and ranges it is told to', () => {
    const policy = addressPolicy(' 127.0.0.1, fd00::/8 ')
    expect(['127.0.0.1', '::ffff:127.0.0.1', 'fd12::1', '8.8.8.8'].map(policy)).toEqual([true, true, true, true])
    expect(['127.0.0.2', '::1', '10.0.0.1', 'fc00::1'].map(policy)).toEqual([false, false, false, false])
    expect(addressPolicy()('127.0.0.1')).toBe(false)
    expect(() => addressPolicy('127.0.0.1,geen-adres')).toThrow('LINK_CHECK_ALLOW_PRIVATE: "geen-adres" is not an IP address or CIDR range')
  })

  it('resolves a name, refuses it when an address is internal, and answers with the addresses it checked', async () => {
    const resolve = (policy: ReturnType<typeof addressPolicy>, all: boolean) =>
      new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((done) =>
        guardedLookup(policy)('localhost', { all }, (error, address) => done({ error, address })),
      )
    const refused = await resolve(addressPolicy(), true)
    expect(refused.error?.code).toBe(blockedAddressCode)
    const allowed = await resolve(addressPolicy('127.0.0.0/8,::1'), true)
    expect(allowed.error).toBeNull()
    expect((allowed.address as { address: string }[]).map(({ address }) => address)).toContain('127.0.0.1')
    const one = await resolve(addressPolicy('127.0.0.0/8,::1'), false)
    expect(typeof one.address).toBe('string')
  })
})

describe('the link check and internal addresses, against real servers on loopback', () => {
  let port = 0
  let server: Server
  const seen: string[] = []
  const at = (path: string, host = '127.0.0.1') => `http://${host}:${port}${path}`

  beforeAll(async () => {
    port = await freePort()
    server = createServer((request, response) => {
      seen.push(request.url ?? '')
      if (request.url === '/naar-binnen') response.writeHead(302, { location: `http://[::1]:${port}/goed` })
      else if (request.url === '/naar-metadata') response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' })
      else if (request.url === '/naar-naam') response.writeHead(302, { location: at('/goed', 'localhost') })
      else response.writeHead(request.url === '/goed' ? 200 : 404)
      response.end()
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const fast = { timeoutMs: 2_000 }

  it('by default asks no internal address, and says so in Dutch instead of calling the link broken', async () => {
    const urls = [at('/goed'), at('/goed', 'localhost'), at('/goed', '[::1]'), at('/goed', '[::ffff:127.0.0.1]'), at('/goed', '0x7f.1'), 'http://10.0.0.1/', 'http://169.254.169.254/']
    for (const url of urls) {
      expect(await checkLink(url, fast)).toEqual({
        url,
        status: 'niet-gecontroleerd',
        statusCode: null,
        finalUrl: null,
        note: 'Niet gecontroleerd: intern adres. Dit adres wijst naar een intern netwerk; zulke adressen vraagt de linkcontrole niet op.',
      })
    }
    expect(seen).toEqual([])
  })

  it('checks an allowed address, and refuses a redirect from it to an internal one, at every hop', async () => {
    const allowed = { ...fast, allowPrivate: '127.0.0.1' }
    expect(await checkLink(at('/goed'), allowed)).toMatchObject({ status: 'ok', statusCode: 200 })
    // A name that resolves to the allowed address passes too.
    expect(await checkLink(at('/naar-naam'), allowed)).toMatchObject({ status: 'omgeleid', finalUrl: at('/goed', 'localhost') })
    seen.length = 0
    expect(await checkLink(at('/naar-binnen'), allowed)).toMatchObject({
      status: 'niet-gecontroleerd',
      note: 'Niet gecontroleerd: intern adres. Deze link verwijst door naar een adres op een intern netwerk ([::1]); zulke adressen vraagt de linkcontrole niet op.',
    })
    expect(await checkLink(at('/naar-metadata'), allowed)).toMatchObject({ status: 'niet-gecontroleerd', note: expect.stringMatching(/169\.254\.169\.254/) })
    // The first hop was asked (HEAD only: a refused redirect is not tried again with GET); the internal target never.
    expect(seen).toEqual(['/naar-binnen', '/naar-metadata'])
  })
})
