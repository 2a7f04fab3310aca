/**
 * Debian's Chromium driven by playwright-core: no browser download, no network besides localhost.
 * The flags keep Chromium from calling home (this machine has no network) and let it run as root.
 */
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })

/** What a browser test does with its Chromium: open contexts (a context per visitor, with its own options). */
export type TestBrowser = Pick<Browser, 'newContext'>

/**
 * The one set-up of the browser tests; call it once at the top of the file:
 *
 *   const { baseURL, browser } = useBrowser()
 *
 * It registers the hooks that launch Chromium before the file's tests and close it (and so every page) after
 * them, and gives the address of the app the global setup started (tests/support/e2eServer.ts). `browser`
 * stands in for the Chromium launched in beforeAll, so it works inside hooks and tests, not at import time.
 *
 * Why hooks and a handle rather than a `test.extend` fixture with a `page`: most tests open several pages with
 * different options (no JavaScript, a phone's viewport, downloads), the admin test keeps one logged-in page
 * across its tests, and a fixture would change the signature of every test where this keeps them as they are.
 */
export const useBrowser = (): { baseURL: string; browser: TestBrowser } => {
  let launched: Browser | undefined
  beforeAll(async () => {
    launched = await launchChromium()
  })
  afterAll(async () => {
    await launched?.close()
  })
  const browser: TestBrowser = {
    newContext: (options) => {
      if (!launched) throw new Error('Chromium starts in beforeAll: open pages inside hooks and tests.')
      return launched.newContext(options)
    },
  }
  return { baseURL: inject('baseURL'), browser }
}

/** A page in its own context (axe needs pages made from a context, not from browser.newPage()). */
export const openPage = async (browser: TestBrowser): Promise<Page> => (await browser.newContext()).newPage()

/**
 * Records every request the page makes to anywhere but the app (public pages must make none); `data:` and `blob:`
 * URLs are content the page holds itself, not requests. Read the list after the page has done what the test wants
 * to check.
 */
export const thirdPartyRequests = (page: Page, baseURL: string): string[] => {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  return foreign
}

/** axe-core over the page; returns the serious and critical violations (what WCAG AA must not have). */
export const seriousViolations = async (page: Page) => {
  // After a client-side navigation Next.js streams the new page's metadata: its <title> can follow the content by a
  // moment under load. Give it up to 5 s to settle; a page that never gets a title is still reported by axe.
  await page.waitForFunction(() => document.title !== '', null, { timeout: 5_000 }).catch(() => undefined)
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))
}
