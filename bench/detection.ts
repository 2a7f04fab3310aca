/**
 * Bench of the early-detection engine: parse (bytes → pseudonymised pupils) as the baseline, then parse + score,
 * for 10,000 and 100,000 synthetic pupils, in one run. Run with `npx tsx bench/detection.ts`.
 *
 * Each measurement is repeated (median of up to 7 runs) and the whole bench stops adding repetitions after ~60 s.
 * Nothing here asserts a time: it prints figures for bench/README.md.
 */
import { cpus } from 'node:os'

import { importTable } from '@/features/detection/engine/importer'
import { readCsv } from '@/features/detection/engine/parse'
import { buildReport } from '@/features/detection/engine/report'
import { getRulePreset } from '@/features/detection/engine/rules/presets'
import { generateSchoolExport, sampleToCsv } from '@/features/detection/engine/sample'
import { scorePupils } from '@/features/detection/engine/score'

const KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'
const SIZES = [10_000, 100_000]
const RUNS = 7
const BUDGET_MS = 60_000
const started = performance.now()

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function time<T>(fn: () => T): [number, T] {
  const t = performance.now()
  const value = fn()
  return [performance.now() - t, value]
}

const workshop = getRulePreset('workshop')!
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US').padStart(9)} rows/s`

console.log(`Early-detection bench — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`)
console.log(`rule: ${workshop.id} ${workshop.version}; median of up to ${RUNS} runs\n`)

for (const n of SIZES) {
  const csv = sampleToCsv(generateSchoolExport({ pupils: n, seed: 5, schools: 40 }))
  const bytes = new TextEncoder().encode(csv)
  const parse = () => {
    const read = readCsv(bytes)
    return importTable(read.table!, { key: KEY }).dataset
  }
  const dataset = parse() // warm-up, also checks the data
  if (dataset.pupils.length !== n) throw new Error(`expected ${n} pupils, got ${dataset.pupils.length}`)
  scorePupils(dataset, workshop)

  const parseMs: number[] = []
  const scoreMs: number[] = []
  const reportMs: number[] = []
  for (let run = 0; run < RUNS; run++) {
    if (run >= 3 && performance.now() - started > BUDGET_MS) break
    const [p, ds] = time(parse)
    const [s, scored] = time(() => scorePupils(ds, workshop))
    const [r] = time(() => buildReport(ds, workshop, scored))
    parseMs.push(p)
    scoreMs.push(s)
    reportMs.push(r)
  }
  const p = median(parseMs)
  const s = median(scoreMs)
  const r = median(reportMs)
  console.log(`${n.toLocaleString('en-US')} pupils (${(bytes.length / 1e6).toFixed(1)} MB CSV, ${parseMs.length} runs)`)
  console.log(`  parse alone (baseline)  ${fmt(p)}  ${rate(n, p)}`)
  console.log(`  parse + score           ${fmt(p + s)}  ${rate(n, p + s)}   scoring adds ${((100 * s) / p).toFixed(0)}% (${s.toFixed(0)} ms)`)
  console.log(`  + report (funnel, cut-off table, outcome, groups)  ${fmt(r)}`)
  console.log('')
}
console.log(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`)
