/**
 * Starts the built app (`next start`) on a fresh SQLite database and media folder, on a free port, the way
 * production runs it: the server migrates and seeds the empty database as it starts. Used by the browser tests'
 * global setup and by the page benchmark. Requires a build (`npm test` and `bench/pages.ts` make one first).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { createInterface } from 'node:readline'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

const listenOn = (wanted: number) =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(wanted, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

let lastPort = 0
/**
 * A free port on 127.0.0.1: any, or the next free one in TEST_PORTS (`4600-4699`) when a shared machine gives each
 * working copy its own range.
 */
export const freePort = async (): Promise<number> => {
  const range = /^(\d+)-(\d+)$/.exec(process.env.TEST_PORTS ?? '')
  if (!range) return listenOn(0)
  const [first, last] = [Number(range[1]), Number(range[2])]
  for (let port = Math.max(first, lastPort + 1); port <= last; port++) {
    try {
      return (lastPort = await listenOn(port))
    } catch {
      // taken: try the next
    }
  }
  throw new Error(`No free port in TEST_PORTS=${process.env.TEST_PORTS}`)
}

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
  /** The server process (scripts/serve.mjs), for tests of how it logs and stops. */
  server: ChildProcess
  /** Every line the server wrote to stdout so far (with `output: 'capture'`). */
  output: string[]
  stop: () => Promise<void>
}

export interface AppOptions {
  /** `inherit` (default): the server's output goes to the test's; `capture`: kept in `output`; `ignore`. */
  output?: 'inherit' | 'capture' | 'ignore'
  /** Extra environment, e.g. S3 settings or TRUSTED_PROXY_HOPS; a database or media folder given here is shared. */
  env?: Record<string, string>
  /**
   * A second instance on another app's database and media folder (start it after the first is ready: SQLite has no
   * lock around the migrations).
   */
  shareWith?: RunningApp
}

export const startApp = async ({ output = 'inherit', env = {}, shareWith }: AppOptions = {}): Promise<RunningApp> => {
  if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) throw new Error('No build found: run `npm test` (it builds first).')
  const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-app-'))
  const port = await freePort()
  // Without Vitest's variables (Payload's CLI changes behaviour under VITEST).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
  const mediaDir = env.MEDIA_DIR ?? shareWith?.mediaDir ?? path.join(dir, 'media')
  const databaseURL = env.DATABASE_URL ?? shareWith?.databaseURL ?? `file:${path.join(dir, 'app.db')}`
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
    stdio: ['ignore', output === 'capture' ? 'pipe' : output, 'inherit'],
  })
  const lines: string[] = []
  if (server.stdout) createInterface({ input: server.stdout }).on('line', (line) => lines.push(line))
  const baseURL = `http://127.0.0.1:${port}`
  await waitFor(baseURL, server)
  return {
    baseURL,
    databaseURL,
    mediaDir,
    server,
    output: lines,
    stop: async () => {
      // SIGTERM: the server finishes what is in flight and closes the database (scripts/server/shutdown.mjs).
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve))
        server.kill('SIGTERM')
        let timer: NodeJS.Timeout | undefined
        await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))])
        // A pending timer would keep Vitest's process alive after the run.
        clearTimeout(timer)
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
