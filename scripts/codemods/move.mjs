#!/usr/bin/env node
/**
 * Codemod: moves files and folders with `git mv` and rewrites every import that names them, so a reorganisation is
 * one reviewed command instead of hand edits. It also writes every import that climbs out of its own folder as an
 * alias import (tsconfig `paths`: `@/…` for src, `@tests/…` for the test harness), which is how code imports across rooms.
 *
 *   node scripts/codemods/move.mjs moves.json      # [["src/old/file.ts", "src/new/file.ts"], ["src/old-dir", "src/new-dir"], …]
 *   node scripts/codemods/move.mjs --alias-only    # no moves: only rewrite climbing relative imports as aliases
 *
 * Specifiers are found by pattern (import/export … from, import(), vi.mock(), require(), new URL(…,
 * import.meta.url)) and rewritten only when they resolve to a file of this repository, so a false match in a string
 * changes nothing. `new URL()` and plain-Node `.mjs` scripts keep relative paths (no alias resolution there).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
process.chdir(root)

const arg = process.argv[2]
const moves = !arg || arg === '--alias-only' ? [] : JSON.parse(readFileSync(arg, 'utf8'))

const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .filter((f) => existsSync(f))
const trackedSet = new Set(tracked)

/** Old path → new path for every file touched by a move (a folder move carries all its files). */
const moved = new Map()
for (const [from, to] of moves) {
  const prefix = from.replace(/\/$/, '')
  let hit = false
  for (const file of tracked) {
    if (moved.has(file)) continue // an earlier, more specific move wins
    if (file === prefix) {
      moved.set(file, to)
      hit = true
    } else if (file.startsWith(`${prefix}/`)) {
      moved.set(file, path.join(to, file.slice(prefix.length + 1)))
      hit = true
    }
  }
  if (!hit) throw new Error(`Nothing to move at ${from}`)
}
const newPath = (file) => moved.get(file) ?? file

const extensions = ['', '.ts', '.tsx', '.js', '.mjs', '.json', '/index.ts', '/index.tsx', '/index.js']

/** The repository file a specifier names, seen from `importer` (both old paths), or null. */
function resolve(importer, spec) {
  let base
  if (spec.startsWith('./') || spec.startsWith('../')) base = path.join(path.dirname(importer), spec)
  else if (spec.startsWith('@/')) base = path.join('src', spec.slice(2))
  else if (spec.startsWith('@tests/')) base = path.join('tests', spec.slice(7))
  else return null
  for (const ext of extensions) {
    const candidate = path.normalize(base + ext)
    if (trackedSet.has(candidate)) return { file: candidate, ext }
  }
  return null
}

const sourceFile = /\.(ts|tsx|mjs|js)$/
/** Payload writes these itself (`payload generate:importmap`, `generate:types`): left as Payload writes them. */
const generated = (f) => f.startsWith('src/app/(payload)/') || f === 'src/payload-types.ts'
const rewritable = tracked.filter(
  (f) => sourceFile.test(f) && /^(src|tests|bench|scripts)\//.test(f) && !f.startsWith('scripts/codemods/') && !generated(f),
)

const pattern =
  /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bvi\.mock\s*\(\s*|\bnew URL\s*\(\s*)(['"])([^'"\n]+)\2/g

let changedFiles = 0
for (const file of rewritable) {
  const source = readFileSync(file, 'utf8')
  const importerNew = newPath(file)
  const plainNode = /\.mjs$/.test(file) && file.startsWith('scripts/')
  const out = source.replace(pattern, (whole, lead, quote, spec) => {
    const target = resolve(file, spec)
    if (!target) return whole
    const targetNew = newPath(target.file)
    // Keep the specifier's own style: without extension, or naming a folder's index.
    let written = targetNew
    if (target.ext === '/index.ts' || target.ext === '/index.tsx' || target.ext === '/index.js') written = path.dirname(targetNew)
    else if (target.ext) written = targetNew.slice(0, -target.ext.length)
    let relative = path.relative(path.dirname(importerNew), written)
    if (!relative.startsWith('.')) relative = `./${relative}`
    const alias = written.startsWith('src/') ? `@/${written.slice(4)}` : written.startsWith('tests/') ? `@tests/${written.slice(6)}` : null
    const keepRelative = plainNode || lead.startsWith('new URL') || !alias || !relative.startsWith('../')
    const next = keepRelative ? relative : alias
    return `${lead}${quote}${next}${quote}`
  })
  if (out !== source) {
    writeFileSync(file, out)
    changedFiles++
  }
}

for (const [from, to] of moved) {
  mkdirSync(path.dirname(to), { recursive: true })
  execFileSync('git', ['mv', from, to])
}
console.log(`Moved ${moved.size} files; rewrote imports in ${changedFiles} files.`)
