/**
 * One header policy for every response (issue 14): no MIME sniffing, a referrer policy, no powerful browser
 * features, framing by our own origin only (the admin's live preview) — on pages, the admin, the API and files —
 * and HSTS only when the site is reached over https (behind a TLS-terminating proxy that says so).
 */
import { describe, expect, inject, it } from 'vitest'

import { rawRequest } from '@tests/support/rawHttp'

const baseURL = inject('baseURL')

const targets = ['/', '/themas/risicofactoren', '/bijdragen', '/zoeken?q=afwezigheid', '/admin/login', '/api/themes', '/niet-gevonden', '/robots.txt']

describe.each(targets)('%s', (target) => {
  it('carries the common security headers', async () => {
    const { status, headers } = await rawRequest(baseURL, 'GET', target)
    expect(status).toBeLessThan(500)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/)
    expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/)
    expect(String(headers['content-security-policy'])).toMatch(/frame-ancestors '(self|none)'/)
    expect(headers['strict-transport-security']).toBeUndefined()
  })
})

it('keeps /vroegdetectie unframeable and without connections', async () => {
  const { headers } = await rawRequest(baseURL, 'GET', '/vroegdetectie')
  const csp = String(headers['content-security-policy'])
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("connect-src 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
})

it('asks browsers for https only when the request came over https', async () => {
  const { headers } = await rawRequest(baseURL, 'GET', '/', { headers: { 'x-forwarded-proto': 'https' } })
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
})
