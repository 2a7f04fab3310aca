/**
 * Backups of everything a site needs to come back: the database, the uploaded files (MEDIA_DIR) and the local
 * secret (data/.payload-secret, when PAYLOAD_SECRET is not set), in one dated .tar.gz.
 *
 * SQLite: `VACUUM INTO` on a second connection to the live file. It copies inside one read transaction, so the copy
 * is a consistent snapshot while the site keeps writing (SQLite's documented alternative to the C backup API,
 * which the adapter's libsql client does not expose; better-sqlite3 is not needed for it). PostgreSQL: `pg_dump
 * --format=custom` (also one snapshot), restored with `pg_restore`. The database is copied before the files, so
 * every file the copied database refers to was already on disk (uploads are written before their document).
 * Why `tar` (npm): a streaming, dependency-free .tar.gz writer and reader, the format every operator can open.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import * as tar from 'tar'

export interface DataLocations {
  /** DATABASE_URL: `file:…` (SQLite) or `postgres://…`. */
  databaseUrl: string
  mediaDir: string
  /** data/.payload-secret: the secret `npm start` generated when PAYLOAD_SECRET is not set. */
  secretFile: string
}

export interface Manifest {
  format: 1
  created: string
  database: 'sqlite' | 'postgres'
  migrations: string[]
  files: number
  secret: boolean
}

export const sqliteFile = (databaseUrl: string) => path.resolve(databaseUrl.replace(/^file:(\/\/)?/, ''))
export const isPostgres = (databaseUrl: string) => /^postgres(ql)?:\/\//.test(databaseUrl)

const countFiles = (dir: string): number =>
  !existsSync(dir)
    ? 0
    : readdirSync(dir, { withFileTypes: true }).reduce(
        (n, entry) => n + (entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1),
        0,
      )

/** `toolbox-backup-2026-12-02T04-50-00Z.tar.gz`: sorts by date, no characters a file system dislikes. */
export const backupName = (date = new Date()) =>
  `toolbox-backup-${date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.tar.gz`

const snapshotSqlite = async (databaseUrl: string, target: string) => {
  const client = createClient({ url: `file:${sqliteFile(databaseUrl)}` })
  try {
    // Wait for a writer in the middle of its commit instead of failing.
    await client.execute('PRAGMA busy_timeout = 30000')
    await client.execute(`VACUUM INTO '${target.replace(/'/g, "''")}'`)
  } finally {
    client.close()
  }
}

/** Writes the archive and returns its manifest. `out` is a file name, or a folder for a dated name. */
export const createBackup = async (
  where: DataLocations,
  out: string,
  migrations: string[],
): Promise<{ file: string; manifest: Manifest }> => {
  const file = existsSync(out) && statSync(out).isDirectory() ? path.join(out, backupName()) : path.resolve(out)
  mkdirSync(path.dirname(file), { recursive: true })
  const stage = mkdtempSync(path.join(tmpdir(), 'toolbox-backup-'))
  try {
    const postgres = isPostgres(where.databaseUrl)
    const entries = ['manifest.json']
    if (postgres) {
      execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${path.join(stage, 'database.pgdump')}`, where.databaseUrl], {
        stdio: ['ignore', 'inherit', 'inherit'],
      })
      entries.push('database.pgdump')
    } else {
      if (!existsSync(sqliteFile(where.databaseUrl))) throw new Error(`No database at ${sqliteFile(where.databaseUrl)}`)
      await snapshotSqlite(where.databaseUrl, path.join(stage, 'database.sqlite'))
      entries.push('database.sqlite')
    }
    // The media folder goes in through a link (tar follows it), so large uploads are not copied twice.
    if (existsSync(where.mediaDir)) {
      symlinkSync(path.resolve(where.mediaDir), path.join(stage, 'media'))
      entries.push('media')
    }
    const secret = existsSync(where.secretFile)
    if (secret) {
      execFileSync('cp', ['-p', where.secretFile, path.join(stage, 'payload-secret')])
      entries.push('payload-secret')
    }
    const manifest: Manifest = {
      format: 1,
      created: new Date().toISOString(),
      database: postgres ? 'postgres' : 'sqlite',
      migrations,
      files: countFiles(where.mediaDir),
      secret,
    }
    writeFileSync(path.join(stage, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    await tar.create({ gzip: true, file, cwd: stage, follow: true, portable: true }, entries)
    return { file, manifest }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}
