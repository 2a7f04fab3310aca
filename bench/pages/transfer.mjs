/**
 * What a visitor's browser downloads for one page: Debian's Chromium (playwright-core) loads the URL and
 * sums the bytes on the wire per kind (HTML, CSS, JS, other) from the Resource Timing API — compressed
 * sizes, as sent (Next.js gzips its responses). Optionally it then points at the map, which loads the
 * map's lazy controller, and reports that too.
 *
 * node bench/pages/transfer.mjs <url> [--width 1280] [--height 900] [--interact] [--json]
 */
import { chromium } from 'playwright-core'

const args = process.argv.slice(2)
const url = args.find((a) => !a.startsWith('--'))
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
if (!url || !/^http:\/\/127\.0\.0\.1[:/]/.test(url)) {
  console.error('usage: transfer.mjs http://127.0.0.1:<port>/<path> [--width N] [--height N] [--interact] [--json]')
  process.exit(2)
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
})
try {
  const context = await browser.newContext({
    viewport: { width: Number(option('width', 1280)), height: Number(option('height', 900)) },
  })
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  const measure = () =>
    page.evaluate(() => {
      const kinds = { html: 0, css: 0, js: 0, other: 0 }
      const files = { html: 0, css: 0, js: 0, other: 0 }
      const nav = performance.getEntriesByType('navigation')[0]
      kinds.html += nav.encodedBodySize
      files.html += 1
      for (const entry of performance.getEntriesByType('resource')) {
        const kind = /\.css(\?|$)/.test(entry.name) ? 'css' : /\.m?js(\?|$)/.test(entry.name) ? 'js' : 'other'
        kinds[kind] += entry.encodedBodySize
        files[kind] += 1
      }
      return { kinds, files, total: Object.values(kinds).reduce((a, b) => a + b, 0) }
    })
  const first = await measure()
  let after = null
  if (args.includes('--interact')) {
    const map = page.locator('svg[data-mindmap]')
    if (await map.isVisible()) {
      await map.hover()
      await page.waitForSelector('svg[data-mindmap][data-enhanced]', { timeout: 10_000 })
      await page.waitForLoadState('networkidle')
      after = await measure()
    }
  }
  const result = { url, first, after }
  if (args.includes('--json')) console.log(JSON.stringify(result))
  else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`
    const line = (label, m) =>
      `${label}: ${kb(m.total)} (HTML ${kb(m.kinds.html)}, CSS ${kb(m.kinds.css)} in ${m.files.css}, JS ${kb(m.kinds.js)} in ${m.files.js}, other ${kb(m.kinds.other)})`
    console.log(line('first load', first))
    if (after) console.log(line('after pointing at the map', after))
  }
} finally {
  await browser.close()
}
