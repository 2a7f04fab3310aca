/**
 * One header policy for every response (issue 14): no MIME sniffing, a referrer policy, no powerful browser
 * features, framing by our own origin only (the admin's live preview) — on pages, the admin, the API and files —
 * and HSTS only when the site is reached over https (behind a TLS-terminating proxy that says so).
 */
import { describe, expect, inject, it } from 'vitest'

import { useBrowser } from '@tests/support/chromium'
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

/**
 * One Content-Security-Policy for every page (issue 14), that works with pages served from cache: inline scripts
 * are allowed by their hashes (scripts/server/contentSecurity.mjs), never by 'unsafe-inline' or a per-request nonce. Each
 * page is opened in Chromium and must run its scripts (Next.js's inline data included) without a single violation.
 */
describe('the Content-Security-Policy in the browser', () => {
  const { browser } = useBrowser()
  const pages = [
    ['/', "connect-src 'self'"],
    ['/themas/risicofactoren', "connect-src 'self'"],
    ['/vroegdetectie', "connect-src 'none'"],
    ['/instrumenten/preventieplan-afwezigheden', "connect-src 'none'"],
    ['/admin/login', "connect-src 'self'"],
  ] as const

  it.each(pages)('%s runs its scripts with no violation, under hashes only', async (path, connect) => {
    const { headers } = await rawRequest(baseURL, 'GET', path)
    const policy = String(headers['content-security-policy'])
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(scriptSrc).not.toContain('nonce-')
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/)
    expect(policy).toContain(connect)
    expect(policy).toMatch(/frame-ancestors '(self|none)'/)

    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      )
    })
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBeLessThan(400)
    // Next.js's inline scripts ran (they define __next_f), and so did its external ones (React hydrated the page).
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(true)
    const hydrated = () =>
      page.evaluate(() => [...document.querySelectorAll('body *')].some((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber'))))
    await expect.poll(hydrated, { timeout: 20_000 }).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(violations).toEqual([])
    await context.close()
  })

  it('refuses an inline script the page did not come with', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseURL}/`)
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      await new Promise((resolve) => setTimeout(resolve, 100))
      return Boolean((window as unknown as { __injected?: boolean }).__injected)
    })
    expect(ran).toBe(false)
    await context.close()
  })
})
