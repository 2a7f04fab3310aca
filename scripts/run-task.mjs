#!/usr/bin/env node
/**
 * Runs a TypeScript entry point (migrate, seed, backup …) with tsx's loader and the keep-alive preload:
 * `node scripts/run-task.mjs <file.ts> [args…]`. Exits with the task's exit code. A task that stalled while its
 * modules loaded (exit code 75, see keep-alive.mjs) is started again, up to three times in all.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('Usage: node scripts/run-task.mjs <file.ts> [args…]')
  process.exit(2)
}
const keepAlive = pathToFileURL(path.join(root, 'scripts', 'keep-alive.mjs')).href
const loadStalled = 75
const attempts = 3
for (let attempt = 1; ; attempt++) {
  const { status, signal } = spawnSync(process.execPath, ['--import', keepAlive, '--import', 'tsx', file, ...args], {
    cwd: process.cwd(),
    stdio: 'inherit',
  })
  if (status === loadStalled && attempt < attempts) {
    console.error(`run-task: starting ${file} again (attempt ${attempt + 1} of ${attempts}).`)
    continue
  }
  process.exit(status ?? (signal ? 1 : 0))
}
