/**
 * Restores a backup made by backup.ts into an empty data folder: the database (an SQLite file, or an empty
 * PostgreSQL database through `pg_restore`), the uploaded files and the local secret. It refuses to overwrite
 * anything: an operator who restores on top of a live site loses the newer work without a word.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import * as tar from 'tar'

import { isPostgres, sqliteFile, type DataLocations, type Manifest } from './backup'

export class RestoreRefused extends Error {}

const notEmpty = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0

const postgresTables = (databaseUrl: string) =>
  Number(
    execFileSync('psql', ['--no-psqlrc', '-tAc', "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", databaseUrl], {
      encoding: 'utf8',
    }).trim(),
  )

/** Moves (or, across file systems, copies) `from` to `to`. */
const move = (from: string, to: string) => {
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    renameSync(from, to)
  } catch {
    cpSync(from, to, { recursive: true, preserveTimestamps: true })
  }
}

export const restoreBackup = async (archive: string, where: DataLocations): Promise<Manifest> => {
  if (!existsSync(archive)) throw new RestoreRefused(`No backup at ${archive}.`)
  const postgres = isPostgres(where.databaseUrl)
  const occupied = [
    !postgres && existsSync(sqliteFile(where.databaseUrl)) ? sqliteFile(where.databaseUrl) : undefined,
    notEmpty(where.mediaDir) ? where.mediaDir : undefined,
    existsSync(where.secretFile) ? where.secretFile : undefined,
  ].filter(Boolean)
  if (postgres && postgresTables(where.databaseUrl) > 0) occupied.push('the PostgreSQL database in DATABASE_URL')
  if (occupied.length > 0) {
    throw new RestoreRefused(
      `Restore refused: the data folder is not empty (${occupied.join(', ')}). Restore into an empty data folder ` +
        '(and an empty database): move the current data aside first, or point DATABASE_URL and MEDIA_DIR elsewhere.',
    )
  }

  // Unpacked beside the target, so the final moves are renames on one file system.
  const parent = postgres ? path.dirname(path.resolve(where.mediaDir)) : path.dirname(sqliteFile(where.databaseUrl))
  mkdirSync(parent, { recursive: true })
  const stage = mkdtempSync(path.join(parent, '.toolbox-restore-'))
  try {
    await tar.extract({ file: archive, cwd: stage })
    const manifest = JSON.parse(readFileSync(path.join(stage, 'manifest.json'), 'utf8')) as Manifest
    if (manifest.format !== 1) throw new RestoreRefused(`Unknown backup format ${String(manifest.format)}.`)
    if (manifest.database !== (postgres ? 'postgres' : 'sqlite')) {
      throw new RestoreRefused(
        `This backup holds a ${manifest.database} database, but DATABASE_URL points to ${postgres ? 'PostgreSQL' : 'SQLite'}.`,
      )
    }
    if (postgres) {
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${where.databaseUrl}`, path.join(stage, 'database.pgdump')], {
        stdio: ['ignore', 'inherit', 'inherit'],
      })
    } else {
      move(path.join(stage, 'database.sqlite'), sqliteFile(where.databaseUrl))
    }
    if (existsSync(path.join(stage, 'media'))) {
      rmSync(where.mediaDir, { recursive: true, force: true })
      move(path.join(stage, 'media'), where.mediaDir)
    }
    if (manifest.secret) {
      move(path.join(stage, 'payload-secret'), where.secretFile)
      chmodSync(where.secretFile, 0o600)
    }
    return manifest
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}
