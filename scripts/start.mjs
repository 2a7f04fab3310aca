#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs after `npm ci`, in order —
 * build when there is no build (or the sources are newer), migrate, seed an empty database, serve on PORT.
 * `npm run dev`: the same without the build, serving with Next's dev server.
 * Plain JavaScript so it runs before anything is compiled.
 */
import { spawn, spawnSync } from 'node:child_process'
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

const run = (command, args) => {
  console.log(`\n> ${path.basename(command)} ${args.join(' ')}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (status !== 0) {
    console.error(`Stopped: '${path.basename(command)} ${args.join(' ')}' failed (exit ${status}).`)
    process.exit(status ?? 1)
  }
}

if (!dev) buildIfStale()
run(bin('payload'), ['migrate'])
run(bin('payload'), ['run', 'src/seed/run.ts', '--if-empty'])

const server = spawn(bin('next'), [dev ? 'dev' : 'start', '--port', process.env.PORT], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
