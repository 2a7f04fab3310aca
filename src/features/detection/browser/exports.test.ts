/** The signal list export: one row per listed pupil, reasons in words, safe to open in Excel, no raw ids. */
import { describe, expect, it } from 'vitest'

import { getRulePreset } from '@/features/detection/engine/rules/presets'
import { generateSeed003Export, sampleToCsv } from '@/features/detection/engine/sample'
import { createSession } from '@/features/detection/engine/session'
import { TEST_KEY } from '@tests/fixtures/detection'
import { FLAGGED_CSV_COLUMNS, datedFileName, flaggedCsv, problemsCsv } from './exports'

describe('file names', () => {
  it('dates file names', () => {
    expect(datedFileName('signaallijst', 'csv', new Date(2026, 2, 5))).toBe('signaallijst-2026-03-05.csv')
  })
})

describe('the signal list', () => {
  it('has a row per listed pupil with the reasons, and no school pupil numbers', async () => {
    const sample = generateSeed003Export()
    const session = createSession()
    const read = await session.read(new TextEncoder().encode(sampleToCsv(sample)), { fileName: 'x.csv' })
    session.importWith(read.suggestion!.mapping, TEST_KEY)
    const rules = getRulePreset('workshop')!
    const { listed } = session.analyse(rules)
    const csv = flaggedCsv(listed, rules)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe(FLAGGED_CSV_COLUMNS.join(';'))
    expect(lines).toHaveLength(listed.length + 1)
    const flaggedLines = lines.filter((l) => l.split(';')[5] === 'ja')
    expect(flaggedLines).toHaveLength(113)
    expect(flaggedLines[0]).toContain('Meer dan 10 afwezigheidscodes: ')
    expect(flaggedLines[0]).toContain('Aandacht: 2 of meer risicofactoren')
    const idColumn = sample.headers.indexOf('leerling_id')
    for (const row of sample.rows) expect(csv).not.toContain(`;${row[idColumn]};`)
  })
})

describe('the messages export', () => {
  it('writes every message with its row and column', () => {
    const problems = Array.from({ length: 250 }, (_, i) => ({ level: 'error' as const, code: 'not-a-number', row: i + 2, column: 'afwezig_B', message: `Rij ${i + 2}, kolom "afwezig_B": "twee" is geen getal.` }))
    problems.push({ level: 'error', code: 'more-row-problems', message: 'Nog 12 meldingen over rijen werden niet afzonderlijk getoond.' } as never)
    const lines = problemsCsv(problems).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('rij;kolom;melding')
    expect(lines).toHaveLength(252)
    expect(lines[1]).toBe('2;afwezig_B;"Rij 2, kolom ""afwezig_B"": ""twee"" is geen getal."')
    expect(lines[251]).toBe(';;Nog 12 meldingen over rijen werden niet afzonderlijk getoond.')
    expect(problemsCsv([{ level: 'error', code: 'x', row: 3, column: '=SUM(A1)', message: 'm' }])).toContain("3;'=SUM(A1);m")
  })
})
