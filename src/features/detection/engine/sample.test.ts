import { describe, expect, it } from 'vitest'

import { createRandom, generateSchoolExport, generateSeed003Export, sampleToCsv } from './sample'
import { importCsv, valuesAt } from '@tests/fixtures/detection'

describe('the sample generator', () => {
  it('is deterministic per seed', () => {
    expect(sampleToCsv(generateSchoolExport({ seed: 7, pupils: 50 }))).toBe(sampleToCsv(generateSchoolExport({ seed: 7, pupils: 50 })))
    expect(sampleToCsv(generateSchoolExport({ seed: 7, pupils: 50 }))).not.toBe(sampleToCsv(generateSchoolExport({ seed: 8, pupils: 50 })))
    const a = createRandom(1)
    const b = createRandom(1)
    expect([a(), a(), a()]).toEqual([b(), b(), b()])
  })

  it.each(['template', 'informat', 'smartschool'] as const)('makes a %s export that imports without a manual mapping', (style) => {
    const sample = generateSchoolExport({ style, pupils: 200, homeLanguage: true })
    const result = importCsv(sampleToCsv(sample))
    expect(result.ok).toBe(true)
    expect(result.dataset.pupils).toHaveLength(200)
    expect(result.rejectedRows).toEqual([])
    expect(result.dataset.droppedColumns).toHaveLength(3)
    expect(result.dataset.hasOutcome).toBe(true)
    const over = result.dataset.pupils.filter((_, i) => (valuesAt(result.dataset, i).afwezig_totaal as number) > 10).length
    expect(over / 200).toBeGreaterThan(0.1)
    expect(over / 200).toBeLessThan(0.35)
  })

  it('has the seed 003 shape: 655 pupils in grade 5 and 677 in grade 6', () => {
    const sample = generateSeed003Export()
    expect(sample.rows).toHaveLength(1332)
    const grade = sample.headers.indexOf('leerjaar')
    expect(sample.rows.filter((r) => r[grade] === '5')).toHaveLength(655)
    expect(sample.rows.filter((r) => r[grade] === '6')).toHaveLength(677)
    expect(new Set(sample.rows.map((r) => r[0])).size).toBe(1332)
  })

  it('quotes cells that hold the delimiter', () => {
    expect(sampleToCsv({ headers: ['a', 'b'], rows: [['x;y', 'z"']] })).toBe('a;b\r\n"x;y";"z"""\r\n')
  })
})
