#!/usr/bin/env node
/**
 * Runs a TypeScript entry point (migrate, seed, the detection CLI) with tsx's loader and the keep-alive
 * preload: `node scripts/run-task.mjs <file.ts> [args…]`. Exits with the task's exit code.
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
const { status, signal } = spawnSync(process.execPath, ['--import', keepAlive, '--import', 'tsx', file, ...args], {
  cwd: process.cwd(),
  stdio: 'inherit',
})
process.exit(status ?? (signal ? 1 : 0))
