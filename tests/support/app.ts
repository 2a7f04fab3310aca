/**
 * Starts the built app (`next start`) on a fresh SQLite database and media folder, on a free port, the way
 * production runs it: the server migrates and seeds the empty database as it starts. Used by the browser tests'
 * global setup and by the page benchmark. Requires a build (`npm test` and `bench/pages.ts` make one first).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

export const freePort = () =>
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

/** The secret the app runs with; a Payload opened on the app's database in a test uses the same one. */
export const appSecret = 'test-secret-not-for-production'

export interface RunningApp {
  baseURL: string
  /** The app's own database and media folder, for tests that write as an editor would through the admin. */
  databaseURL: string
  mediaDir: string
  stop: () => Promise<void>
}

/**
 * `databaseURL` and `mediaDir` let several instances share one database and media folder (the cache tests run two on
 * PostgreSQL); `env` adds variables (REDIS_URL).
 */
export const startApp = async ({
  quiet = false,
  databaseURL: sharedDatabase,
  mediaDir: sharedMedia,
  env = {},
}: { quiet?: boolean; databaseURL?: string; mediaDir?: string; env?: Record<string, string> } = {}): Promise<RunningApp> => {
  if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) throw new Error('No build found: run `npm test` (it builds first).')
  const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-app-'))
  const port = await freePort()
  // Without Vitest's variables (Payload's CLI changes behaviour under VITEST).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
  const mediaDir = sharedMedia ?? path.join(dir, 'media')
  const databaseURL = sharedDatabase ?? `file:${path.join(dir, 'app.db')}`
  // As `npm start` runs it: Next.js behind scripts/serve.mjs's guard.
  const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      DATABASE_URL: databaseURL,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: appSecret,
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  })
  const baseURL = `http://127.0.0.1:${port}`
  await waitFor(baseURL, server)
  return {
    baseURL,
    databaseURL,
    mediaDir,
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((r) => setTimeout(r, 500))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
