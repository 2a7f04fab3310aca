import { describe, expect, it } from 'vitest'

import { clientAddress, clientProtocol, markClient, normaliseAddress, trustedProxyHops } from './clientAddress.mjs'

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.9' }, '198.51.100.1', 0)).toBe('198.51.100.1')
    expect(clientAddress({}, '::ffff:127.0.0.1', 0)).toBe('127.0.0.1')
  })

  it('is the address the outermost trusted proxy saw, ignoring what the client put before it', () => {
    // The client forged 1.1.1.1; nginx (10.0.0.2, the socket peer) appended the address it was reached from.
    const headers = { 'x-forwarded-for': '1.1.1.1, 203.0.113.9' }
    expect(clientAddress(headers, '10.0.0.2', 1)).toBe('203.0.113.9')
    // Two proxies: a load balancer (appended 203.0.113.9) then nginx (appended the balancer, 10.0.0.1).
    expect(clientAddress({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9, 10.0.0.1' }, '10.0.0.2', 2)).toBe('203.0.113.9')
    // Fewer addresses than hops: the furthest one known.
    expect(clientAddress({}, '10.0.0.2', 1)).toBe('10.0.0.2')
  })

  it('counts IPv6 per /64 and refuses what is not an address', () => {
    expect(normaliseAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(normaliseAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64')
    expect(normaliseAddress('[2001:db8::7]')).toBe('2001:db8:0:0::/64')
    expect(normaliseAddress('<script>')).toBeNull()
    expect(clientAddress({ 'x-forwarded-for': 'nonsense' }, '10.0.0.2', 1)).toBe('onbekend')
  })

  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    expect(clientProtocol({ 'x-forwarded-proto': 'https' }, 0)).toBe('http')
    expect(clientProtocol({ 'x-forwarded-proto': 'https' }, 1)).toBe('https')
    expect(clientProtocol({ 'x-forwarded-proto': 'https, http' }, 1)).toBe('http')
  })

  it('replaces the headers a client sent with the trusted ones', () => {
    const request = {
      headers: { 'x-toolbox-client-address': '9.9.9.9', 'x-toolbox-client-protocol': 'https', 'x-forwarded-proto': 'https', 'x-forwarded-for': '9.9.9.9' } as Record<string, string>,
      socket: { remoteAddress: '198.51.100.1' },
    }
    markClient(request, 0)
    expect(request.headers['x-toolbox-client-address']).toBe('198.51.100.1')
    expect(request.headers['x-toolbox-client-protocol']).toBe('http')
    expect(request.headers['x-forwarded-proto']).toBeUndefined()
  })

  it('reads TRUSTED_PROXY_HOPS strictly', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('2')).toBe(2)
    expect(() => trustedProxyHops('yes')).toThrow(/TRUSTED_PROXY_HOPS/)
    expect(() => trustedProxyHops('-1')).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})

it('sets the headers the app reads', async () => {
  const app = await import('@/data/rateLimits/clientAddress')
  const { clientAddressHeader, clientProtocolHeader } = await import('./clientAddress.mjs')
  expect([app.clientAddressHeader, app.clientProtocolHeader]).toEqual([clientAddressHeader, clientProtocolHeader])
})
