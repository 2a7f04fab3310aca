/**
 * Bench of the public pages: the built app (`next start` on a freshly seeded SQLite database) serving the home page
 * and a topic page under load, next to nginx serving the very same HTML saved as static files, in the same run.
 * The load tool is Debian's `wrk` (2 threads, 16 connections, gzip accepted as a browser would); nginx is the
 * baseline of "as fast as this machine serves these bytes". Then the home page's transferred bytes in Debian's
 * Chromium (bench/pages/transfer.mjs): HTML, CSS and JS as sent, gzip included.
 *
 * Run with `npx tsx bench/pages.ts [--duration 10]` (installs wrk and nginx from Debian when missing; builds when
 * stale). On a 2-core machine wrk and the server share the cores: read the ratio, not the absolute figures.
 * It prints figures and asserts nothing.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildIfStale } from '../scripts/build-if-stale.mjs'
import { freePort, root, startApp } from '@tests/support/app'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1]! : fallback
}
const DURATION = Number(arg('duration', '10'))
const pages = [
  { name: 'home page', path: '/', file: 'home.html' },
  { name: 'topic page', path: '/themas/risicofactoren/afwezigheden', file: 'topic.html' },
]

interface WrkResult {
  rps: number
  p50: number
  p90: number
  p99: number
}

/** wrk's latency units (us, ms, s) in milliseconds. */
const toMs = (value: string) => {
  const [, n, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(value) ?? []
  if (!n) throw new Error(`wrk printed an unexpected latency: ${value}`)
  return Number(n) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[unit!]!
}

const wrk = (url: string, seconds: number): WrkResult => {
  const out = execFileSync('wrk', ['-t2', '-c16', `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' })
  const percentile = (p: number) => toMs(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(out)![1]!)
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)
  if (errors) throw new Error(`${url} answered ${errors[1]} errors under load`)
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]), p50: percentile(50), p90: percentile(90), p99: percentile(99) }
}

const startNginx = async (dir: string) => {
  const port = await freePort()
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  default_type text/html;
  gzip on;
  server { listen 127.0.0.1:${port}; root ${dir}/static; }
}
`,
  )
  const nginx = spawn('nginx', ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] })
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/${pages[0]!.file}`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { baseURL: `http://127.0.0.1:${port}`, stop: () => nginx.kill('SIGQUIT') }
}

const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1))

const main = async () => {
  execFileSync('bash', [path.join(root, 'scripts/ensure-debian.sh'), '/usr/bin/wrk', 'wrk', '/usr/sbin/nginx', 'nginx'], { stdio: 'inherit' })
  buildIfStale()
  const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-bench-pages-'))
  chmodSync(dir, 0o755) // nginx's workers run as an unprivileged user
  const app = await startApp({ output: 'ignore' })
  try {
    mkdirSync(path.join(dir, 'static'))
    for (const page of pages) {
      const response = await fetch(`${app.baseURL}${page.path}`)
      if (!response.ok) throw new Error(`${page.path} answered ${response.status}`)
      writeFileSync(path.join(dir, 'static', page.file), await response.text())
    }
    const nginx = await startNginx(dir)
    try {
      console.log(`wrk: 2 threads, 16 connections, ${DURATION} s per measurement, gzip accepted; figures in ms`)
      console.log('page        server  req/s    p50    p90    p99   app ÷ nginx (req/s)')
      for (const page of pages) {
        wrk(`${app.baseURL}${page.path}`, 2) // warm-up: compiled code paths, database pages in cache
        const onApp = wrk(`${app.baseURL}${page.path}`, DURATION)
        const onNginx = wrk(`${nginx.baseURL}/${page.file}`, DURATION)
        const row = (server: string, r: WrkResult, extra = '') =>
          console.log(
            `${page.name.padEnd(11)} ${server.padEnd(6)} ${r.rps.toFixed(0).padStart(6)} ${fmt(r.p50).padStart(6)} ${fmt(r.p90).padStart(6)} ${fmt(r.p99).padStart(6)}   ${extra}`,
          )
        row('app', onApp, `${((100 * onApp.rps) / onNginx.rps).toFixed(1)}%`)
        row('nginx', onNginx)
      }
    } finally {
      nginx.stop()
    }

    console.log('\nHome page, bytes transferred (compressed, as sent) in Chromium at 1280×900:')
    const transfer = spawnSync('node', [path.join(root, 'bench/pages/transfer.mjs'), `${app.baseURL}/`, '--interact'], { encoding: 'utf8' })
    process.stdout.write(transfer.stdout + transfer.stderr)
    const narrow = spawnSync('node', [path.join(root, 'bench/pages/transfer.mjs'), `${app.baseURL}/`, '--width', '390', '--height', '844'], { encoding: 'utf8' })
    console.log('At 390×844 (list view by default):')
    process.stdout.write(narrow.stdout + narrow.stderr)
  } finally {
    await app.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
