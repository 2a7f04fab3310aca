#!/usr/bin/env node
/** Builds the app with `next build` when there is no build or the sources are newer than it. */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
export const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')

/** Test files live beside the code they test but are not part of the app: a changed test needs no new build. */
const isTest = (name) => /\.(test|suite)\.tsx?$/.test(name)

/** Newest modification time of the app's sources under a folder. */
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return Math.max(max, newest(full))
    return isTest(entry.name) ? max : Math.max(max, statSync(full).mtimeMs)
  }, 0)

export const buildIsStale = () => {
  const buildId = path.join(distDir, 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const sources = Math.max(
    newest(path.join(root, 'src')),
    ...['package-lock.json', 'next.config.mjs', 'cache-handler.mjs', 'tsconfig.json'].map((f) => statSync(path.join(root, f)).mtimeMs),
  )
  return sources > statSync(buildId).mtimeMs
}

export const buildIfStale = () => {
  if (!buildIsStale()) return
  console.log('\n> next build')
  const { status } = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (status !== 0) {
    console.error('Stopped: the build failed.')
    process.exit(status ?? 1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale()
