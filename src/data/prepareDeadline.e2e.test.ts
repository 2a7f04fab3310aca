/**
 * The server's own start-up (src/instrumentation.ts) on a PostgreSQL database whose migration lock another session
 * holds past DATABASE_PREPARE_TIMEOUT_SECONDS: the server does not start, exits non-zero, and says who holds the lock,
 * instead of waiting for ever without serving.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MIGRATION_LOCK_KEY } from '@/data/prepareDeadline'
import { appSecret, freePort, root } from '@tests/support/app'
import { onPostgresServer, postgresServerUrl } from '@tests/support/payload'

const database = `toolbox_startlock_${randomBytes(6).toString('hex')}`
const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-startlock-'))

describe('a server starting while another session holds the migration lock past the deadline', () => {
  beforeAll(() => onPostgresServer(`CREATE DATABASE ${database}`))
  afterAll(async () => {
    await onPostgresServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    rmSync(dir, { recursive: true, force: true })
  })

  it('does not start: exits with 1 and names the holder', { timeout: 300_000 }, async () => {
    const holder = new pg.Client({ connectionString: `${postgresServerUrl}/${database}`, application_name: 'startlock-test-holder' })
    await holder.connect()
    let server: ReturnType<typeof spawn> | undefined
    try {
      await holder.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY])
      const port = await freePort()
      const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
      server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
        cwd: root,
        env: {
          ...inherited,
          NODE_ENV: 'production',
          DATABASE_URL: `${postgresServerUrl}/${database}`,
          MEDIA_DIR: path.join(dir, 'media'),
          PAYLOAD_SECRET: appSecret,
          PORT: String(port),
          DATABASE_PREPARE_TIMEOUT_SECONDS: '15',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
      server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const started = server
      // A server that waits for ever after all is stopped well inside the test's time, so the failure shows its output.
      const stop = setTimeout(() => started.kill('SIGKILL'), 240_000)
      const code = await new Promise<number | null>((resolve) => started.once('exit', resolve))
      clearTimeout(stop)
      expect(code, output).toBe(1)
      expect(output).toContain('Start-up failed: the database could not be prepared; stopping.')
      expect(output).toContain('Preparing the database did not finish within 15 s (DATABASE_PREPARE_TIMEOUT_SECONDS) while waiting for the migration lock')
      // The holder's line of the sessions report (quotes escaped inside the JSON log line).
      expect(output).toMatch(/startlock-test-holder\\?"[^}]*holds_migration_lock\\?":true/)
    } finally {
      // Should the server wait for ever after all, the failed test leaves nothing running.
      if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
      await holder.end()
    }
  })
})
