#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs after `npm ci`: build when there is no build (or the sources
 * are newer), then serve on PORT. The server migrates and seeds an empty database as it starts
 * (src/instrumentation.ts), before it takes requests. `npm run dev`: the same with Next's dev server.
 * Plain JavaScript so it runs before anything is compiled.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { buildIfStale } from './build-if-stale.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const dev = process.argv.includes('--dev')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

process.chdir(root)
mkdirSync(path.join(root, 'data'), { recursive: true })

// A safe secret for local use, generated once and kept beside the database. Production sets PAYLOAD_SECRET.
if (!process.env.PAYLOAD_SECRET) {
  const secretFile = path.join(root, 'data', '.payload-secret')
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 })
  process.env.PAYLOAD_SECRET = readFileSync(secretFile, 'utf8').trim()
}
process.env.PORT ??= '3000'
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

if (!dev) buildIfStale()

// Production runs Next.js behind scripts/serve.mjs's guard against requests Next.js answers with a 500.
const server = dev
  ? spawn(bin('next'), ['dev', '--port', process.env.PORT], { stdio: 'inherit', env: process.env })
  : spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', process.env.PORT], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
