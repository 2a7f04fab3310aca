/**
 * Backups of everything a site needs to come back: the database, the uploaded files (MEDIA_DIR) and the local
 * secret (data/.payload-secret, when PAYLOAD_SECRET is not set), in one dated .tar.gz.
 *
 * SQLite: `VACUUM INTO` on a second connection to the live file. It copies inside one read transaction, so the copy
 * is a consistent snapshot while the site keeps writing (SQLite's documented alternative to the C backup API,
 * which the adapter's libsql client does not expose; better-sqlite3 is not needed for it). PostgreSQL: `pg_dump
 * --format=custom` (also one snapshot), restored with `pg_restore`. The database runs in WAL mode
 * (src/data/database.ts): VACUUM INTO reads the committed pages from the write-ahead log too, so the copy is
 * complete without a checkpoint, and it makes no save wait.
 *
 * Files: every document in the copied database must find its file in the archive. Payload writes an upload before
 * its document and deletes a file before its document, so the media folder is frozen in two passes of hard links
 * (instant, no copy; a copy where linking is impossible) into the archive's staging folder: one before the
 * database snapshot (keeps files whose documents are deleted meanwhile) and one after it (adds files uploaded
 * meanwhile). The archive is then written from the links, so later deletes cannot take a file out of it.
 * Why `tar` (npm): a streaming, dependency-free .tar.gz writer and reader, the format every operator can open.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
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

/** Links every file under `from` into `to` that is not there yet (a copy where a hard link is impossible). */
const linkTree = (from: string, to: string) => {
  if (!existsSync(from)) return
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(source, target)
    else if (entry.isFile() && !existsSync(target)) {
      try {
        linkSync(source, target)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT') continue // deleted just now, after the listing
        if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error
        copyFileSync(source, target)
      }
    }
  }
}

/** A staging folder beside the media folder (so hard links work), or in the temporary folder. */
const stagingFolder = (mediaDir: string) => {
  try {
    return mkdtempSync(path.join(path.dirname(path.resolve(mediaDir)), '.toolbox-backup-'))
  } catch {
    return mkdtempSync(path.join(tmpdir(), 'toolbox-backup-'))
  }
}

/** Lets a test act at the moments that matter: between the two passes over the files and the database snapshot. */
export interface BackupSteps {
  beforeSnapshot?: () => Promise<void>
  afterSnapshot?: () => Promise<void>
}

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
  steps: BackupSteps = {},
): Promise<{ file: string; manifest: Manifest }> => {
  const file = existsSync(out) && statSync(out).isDirectory() ? path.join(out, backupName()) : path.resolve(out)
  mkdirSync(path.dirname(file), { recursive: true })
  const stage = stagingFolder(where.mediaDir)
  const media = path.join(stage, 'media')
  try {
    const postgres = isPostgres(where.databaseUrl)
    const entries = ['manifest.json']
    linkTree(where.mediaDir, media)
    await steps.beforeSnapshot?.()
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
    await steps.afterSnapshot?.()
    linkTree(where.mediaDir, media)
    if (existsSync(media)) entries.push('media')
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
      files: countFiles(media),
      secret,
    }
    writeFileSync(path.join(stage, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    await tar.create({ gzip: true, file, cwd: stage, portable: true }, entries)
    return { file, manifest }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}
