/**
 * Bench of the public pages (issue 11): the built app (`next start` behind scripts/serve.mjs, on a freshly seeded
 * SQLite database) under load on a topic page, the home page, a list page with search words and the site search,
 * next to two baselines measured in the same run — a static file Next.js serves itself (/opengraph.png) and nginx
 * serving the very same HTML saved as static files (gzipped ahead, gzip_static) — and then the same pages through deploy/nginx/toolbox.conf's
 * micro-cache in front of the app. The load tool is Debian's `wrk` (2 threads, 50 connections by default, gzip
 * accepted as a browser would). Then the time from a publish (a redacteur's REST PATCH) to the fresh page: on the
 * instance that took the PATCH, on a second instance on the same database, and through the nginx cache. Last, the
 * home page's transferred bytes in Debian's Chromium (bench/pages/transfer.mjs).
 *
 * `npm run bench -- pages [--duration 10] [--connections 50] [--publishes 5] [--no-transfer]` (installs wrk and
 * nginx from Debian when missing; builds when stale). With REDIS_URL set, both instances get it. On a 2-core machine
 * wrk, nginx and the app share the cores: read the ratios, not the absolute figures. It prints figures and asserts
 * nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { buildIfStale } from '../scripts/build-if-stale.mjs'
import { root, startApp, type RunningApp } from '@tests/support/app'
import { startDeployNginx, startNginx } from '@tests/support/nginx'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1]! : fallback
}
const DURATION = Number(arg('duration', '10'))
const CONNECTIONS = Number(arg('connections', '50'))
const PUBLISHES = Number(arg('publishes', '5'))
const pages = [
  { name: 'topic page', path: '/themas/risicofactoren/afwezigheden', file: 'topic.html' },
  { name: 'home page', path: '/', file: 'home.html' },
  { name: 'list + query', path: '/materialen?q=afwezigheid', file: 'list.html' },
  { name: '/zoeken', path: '/zoeken?q=spijbelen', file: 'search.html' },
]

interface WrkResult {
  rps: number
  p50: number
  p99: number
  /** Answers that were not 2xx or 3xx: printed beside the row, so one odd answer does not discard the whole run. */
  errors: number
}

/** wrk's latency units (us, ms, s) in milliseconds. */
const toMs = (value: string) => {
  const [, n, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(value) ?? []
  if (!n) throw new Error(`wrk printed an unexpected latency: ${value}`)
  return Number(n) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[unit!]!
}

const wrk = (url: string, seconds: number): WrkResult => {
  const out = execFileSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '30s', '--latency', '-H', 'Accept-Encoding: gzip', url], {
    encoding: 'utf8',
  })
  const percentile = (p: number) => toMs(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(out)![1]!)
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
  const timeouts = /timeout (\d+)/.exec(out)
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]),
    // No request finished within the measurement: no latencies either.
    p50: /^\s*0 requests in/m.test(out) ? Number.POSITIVE_INFINITY : percentile(50),
    // wrk leaves requests that take over its timeout (30 s) out of its latencies: no p99 then (printed as —).
    p99: timeouts && Number(timeouts[1]) > 0 ? Number.POSITIVE_INFINITY : percentile(99),
    errors,
  }
}

const ms = (n: number) => (!Number.isFinite(n) ? '—' : n < 10 ? n.toFixed(2) : n.toFixed(0))
const ratio = (a: number, b: number) => `${(a / b).toPrecision(2)}×`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const json = async (response: Response) => {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`)
  return response.json() as Promise<Record<string, unknown>>
}

/** A redacteur's token: the first account (a beheerder, over REST as on a fresh site) invites one. */
const editorToken = async (baseURL: string) => {
  const admin = { email: 'bench-beheer@toolbox.test', password: 'Bench-wachtwoord-2026', name: 'Bench beheer' }
  const first = await json(await fetch(`${baseURL}/api/users/first-register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) }))
  const editor = { email: 'bench-redactie@toolbox.test', password: 'Bench-wachtwoord-2026', name: 'Bench redactie', role: 'redacteur' }
  await json(
    await fetch(`${baseURL}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${first.token as string}` },
      body: JSON.stringify(editor),
    }),
  )
  const login = await json(await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editor) }))
  return login.token as string
}

/** Milliseconds from `since` until the page at `url` contains `text` (polled every 20 ms, up to 30 s). */
const freshAfter = async (url: string, text: string, since: number) => {
  while (Date.now() - since < 30_000) {
    if ((await (await fetch(url)).text()).includes(text)) return Date.now() - since
    await new Promise((r) => setTimeout(r, 20))
  }
  return Number.POSITIVE_INFINITY
}

const publishToFresh = async (first: RunningApp, second: RunningApp, nginxURL: string) => {
  const token = await editorToken(first.baseURL)
  const topic = ((await json(await fetch(`${first.baseURL}/api/topics?where[slug][equals]=afwezigheden&depth=0`))).docs as { id: number; title: string }[])[0]!
  const page = pages[0]!.path
  const rows: { patch: number; same: number; other: number; nginx: number }[] = []
  for (let i = 1; i <= PUBLISHES; i++) {
    // Every instance and the cache have the current page (as under traffic) before the edit.
    for (const base of [first.baseURL, second.baseURL, nginxURL]) await fetch(`${base}${page}`)
    const title = `${topic.title} ${i}`
    const started = Date.now()
    await json(
      await fetch(`${first.baseURL}/api/topics/${topic.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ title, _status: 'published' }),
      }),
    )
    const patch = Date.now() - started
    const [same, other, nginx] = await Promise.all([first.baseURL, second.baseURL, nginxURL].map((base) => freshAfter(`${base}${page}`, `>${title}<`, started)))
    rows.push({ patch, same: same!, other: other!, nginx: nginx! })
  }
  await fetch(`${first.baseURL}/api/topics/${topic.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title: topic.title, _status: 'published' }),
  })
  const line = (label: string, values: number[]) => console.log(`${label.padEnd(44)} median ${ms(median(values)).padStart(6)}   max ${ms(Math.max(...values)).padStart(6)}`)
  console.log(`\nPublish → fresh topic page (${PUBLISHES} publishes; ms from sending the PATCH; polled every 20 ms):`)
  line('PATCH answered', rows.map((r) => r.patch))
  line('fresh on the same instance', rows.map((r) => r.same))
  line('fresh on a second instance (same database)', rows.map((r) => r.other))
  line('fresh through the nginx micro-cache', rows.map((r) => r.nginx))
}

const main = async () => {
  execFileSync('bash', [path.join(root, 'scripts/ensure-debian.sh'), '/usr/bin/wrk', 'wrk', '/usr/sbin/nginx', 'nginx'], { stdio: 'inherit' })
  buildIfStale()
  const staticDir = mkdtempSync(path.join(tmpdir(), 'toolbox-bench-static-'))
  const app = await startApp({ output: 'ignore' })
  const stops: (() => Promise<void>)[] = [app.stop]
  try {
    mkdirSync(path.join(staticDir, 'static'), { recursive: true })
    for (const page of pages) {
      const response = await fetch(`${app.baseURL}${page.path}`)
      if (!response.ok) throw new Error(`${page.path} answered ${response.status}`)
      const html = Buffer.from(await response.arrayBuffer())
      writeFileSync(path.join(staticDir, 'static', page.file), html)
      // Compressed once, ahead (gzip_static), as the cache keeps the app's gzipped copy: the same bytes on the wire.
      writeFileSync(path.join(staticDir, 'static', `${page.file}.gz`), gzipSync(html, { level: 6 }))
    }
    const nginxStatic = await startNginx(
      (port) => `gzip_static on; gzip_vary on;
  server { listen 127.0.0.1:${port}; root ${staticDir}/static; default_type text/html; }`,
      `/${pages[0]!.file}`,
    )
    stops.unshift(nginxStatic.stop)
    const cache = await startDeployNginx([app.baseURL])
    stops.unshift(cache.stop)

    console.log(`wrk: 2 threads, ${CONNECTIONS} connections, ${DURATION} s per measurement after a warm-up (app 5 s, others 2 s), gzip accepted; latencies in ms`)
    const nextFile = (wrk(`${app.baseURL}/opengraph.png`, 2), wrk(`${app.baseURL}/opengraph.png`, DURATION))
    console.log(`baseline: /opengraph.png, a static file Next.js serves itself: ${nextFile.rps.toFixed(0)} req/s, p50 ${ms(nextFile.p50)}, p99 ${ms(nextFile.p99)}\n`)
    console.log('page          server               req/s     p50     p99   ÷ Next file   ÷ nginx file')
    const row = (name: string, server: string, r: WrkResult, staticFile?: WrkResult) =>
      console.log(
        `${name.padEnd(13)} ${server.padEnd(18)} ${r.rps.toFixed(0).padStart(7)} ${ms(r.p50).padStart(7)} ${ms(r.p99).padStart(7)}   ${ratio(r.rps, nextFile.rps).padStart(11)}   ${staticFile ? ratio(r.rps, staticFile.rps).padStart(12) : ''}${r.errors ? `   (${r.errors} answers not 2xx/3xx)` : ''}`,
      )
    for (const page of pages) {
      wrk(`${app.baseURL}${page.path}`, 5) // warm-up: compiled code paths, database pages, the search index
      const onApp = wrk(`${app.baseURL}${page.path}`, DURATION)
      const onNginx = wrk(`${nginxStatic.baseURL}/${page.file}`, DURATION)
      wrk(`${cache.baseURL}${page.path}`, 2)
      const throughCache = wrk(`${cache.baseURL}${page.path}`, DURATION)
      row(page.name, 'app', onApp, onNginx)
      row('', 'nginx, static HTML', onNginx, onNginx)
      row('', 'deploy/ nginx cache', throughCache, onNginx)
    }

    // The second instance, on the first one's database and files, only now: it takes no part in the load above.
    const second = await startApp({ output: 'ignore', shareWith: app })
    stops.unshift(second.stop)
    await publishToFresh(app, second, cache.baseURL)

    if (!process.argv.includes('--no-transfer')) {
      execFileSync('bash', [path.join(root, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' })
      console.log('\nHome page, bytes transferred (compressed, as sent) in Chromium at 1280×900:')
      const transfer = spawnSync('node', [path.join(root, 'bench/pages/transfer.mjs'), `${app.baseURL}/`, '--interact'], { encoding: 'utf8' })
      process.stdout.write(transfer.stdout + transfer.stderr)
      const narrow = spawnSync('node', [path.join(root, 'bench/pages/transfer.mjs'), `${app.baseURL}/`, '--width', '390', '--height', '844'], { encoding: 'utf8' })
      console.log('At 390×844 (list view by default):')
      process.stdout.write(narrow.stdout + narrow.stderr)
    }
  } finally {
    for (const stop of stops) await stop()
    rmSync(staticDir, { recursive: true, force: true })
  }
}

await main()
