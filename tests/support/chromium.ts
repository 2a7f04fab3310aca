/**
 * Debian's Chromium driven by playwright-core: no browser download, no network besides localhost.
 * The flags keep Chromium from calling home (this machine has no network) and let it run as root.
 */
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'

export const launchChromium = (): Promise<Browser> =>
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

/** A page in its own context (axe needs pages made from a context, not from browser.newPage()). */
export const openPage = async (browser: Browser): Promise<Page> => (await browser.newContext()).newPage()

/** axe-core over the page; returns the serious and critical violations (what WCAG AA must not have). */
export const seriousViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))
}
