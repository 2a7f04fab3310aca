/**
 * Global setup of the browser tests: the built app (`next start`) on a fresh SQLite database, on a free
 * port. The server migrates and seeds the empty database as it starts, exactly as in production. Tests read the address with
 * `inject('baseURL')`. Requires a build (`npm test` makes one first).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    mediaDir: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const waitFor = async (url: string, server: ChildProcess, timeoutMs = 180_000) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`The app exited early (code ${server.exitCode})`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms`)
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) throw new Error('No build found: run `npm test` (it builds first).')
  const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-e2e-'))
  const port = await freePort()
  // The app runs as in production: without Vitest's variables (Payload's CLI changes behaviour under VITEST).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
  const env = {
    ...inherited,
    NODE_ENV: 'production' as const,
    DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'e2e-test-secret',
    PORT: String(port),
    SITE_URL: `http://127.0.0.1:${port}`,
  }
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const baseURL = `http://127.0.0.1:${port}`
  await waitFor(baseURL, server)
  project.provide('baseURL', baseURL)
  project.provide('mediaDir', env.MEDIA_DIR)

  return async () => {
    server.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    rmSync(dir, { recursive: true, force: true })
  }
}
