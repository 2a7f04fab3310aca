import writeExcelFile from 'write-excel-file/node'
import { describe, expect, it } from 'vitest'

import { importTable } from './importer'
import { readTable } from './parse'
import { runDetection } from './pipeline'
import { getRulePreset } from './rules/presets'
import { generateSeed003Export } from './sample'
import { TEST_KEY, valuesAt } from '@tests/fixtures/detection'

type Cell = string | number | boolean | Date | null

async function workbook(sheets: { sheet: string; data: Cell[][] }[]): Promise<Uint8Array> {
  const buffer = await writeExcelFile(sheets.map((s) => ({ sheet: s.sheet, data: s.data.map((row) => row.map((value) => (value === null ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy' } : { value }))) })) as never).toBuffer()
  return new Uint8Array(buffer)
}

const pupils: Cell[][] = [
  ['Leerling_ID', 'Naam', 'Leerjaar', 'afwezig_B', 'taalachterstand', 'Geboortedatum'],
  ['A1', 'Amélie Peeters', 5, 6, 'ja', new Date(Date.UTC(2014, 3, 28))],
  ['A2', 'Noah Maes', 6, 2, 'nee', new Date(Date.UTC(2013, 1, 11))],
]

describe('reading .xlsx', () => {
  it('finds the sheet with pupils among several and says which one it read', async () => {
    const bytes = await workbook([
      { sheet: 'Uitleg', data: [['Export van de school'], ['Gemaakt op', new Date(Date.UTC(2025, 0, 6))]] },
      { sheet: 'Leerlingen', data: pupils },
      { sheet: 'Leeg', data: [[null]] },
    ])
    const read = await readTable(bytes)
    expect(read.ok).toBe(true)
    expect(read.table!.source).toMatchObject({ format: 'xlsx', sheet: 'Leerlingen', sheets: ['Uitleg', 'Leerlingen', 'Leeg'] })
    expect(read.problems[0]!.message).toContain('tabblad "Leerlingen" werd gelezen')
    expect(read.table!.headers).toEqual(['Leerling_ID', 'Leerjaar', 'afwezig_B', 'taalachterstand'])
    expect(read.table!.droppedColumns).toEqual(['Naam', 'Geboortedatum'])
    expect(read.table!.rows).toEqual([
      ['A1', '5', '6', 'ja'],
      ['A2', '6', '2', 'nee'],
    ])
    const imported = importTable(read.table!, { key: TEST_KEY })
    expect([0, 1].map((i) => valuesAt(imported.dataset, i).afwezig_B)).toEqual([6, 2])
    expect(JSON.stringify(imported)).not.toContain('Amélie')
  })

  it('reads a named or numbered sheet, and names the sheets when one does not exist', async () => {
    const bytes = await workbook([
      { sheet: 'Klas 5', data: pupils.slice(0, 2) },
      { sheet: 'Klas 6', data: [pupils[0]!, pupils[2]!] },
    ])
    expect((await readTable(bytes, { sheet: 'Klas 6' })).table!.rows[0]![0]).toBe('A2')
    expect((await readTable(bytes, { sheet: 1 })).table!.rows[0]![0]).toBe('A1')
    const missing = await readTable(bytes, { sheet: 'Klas 4' })
    expect(missing.ok).toBe(false)
    expect(missing.problems[0]!.message).toBe('Tabblad "Klas 4" bestaat niet. Tabbladen: Klas 5, Klas 6.')
  })

  it('reports a damaged workbook in Dutch instead of crashing', async () => {
    const bytes = await workbook([{ sheet: 'Blad1', data: pupils }])
    const damaged = bytes.slice(0, Math.floor(bytes.length / 2))
    const read = await readTable(damaged)
    expect(read.ok).toBe(false)
    expect(read.problems[0]!.message).toContain('Excel-bestand kon niet gelezen worden')
  })

  it('gives the seed 003 figures from an .xlsx too', async () => {
    const sample = generateSeed003Export({ personalData: false })
    const data: Cell[][] = [sample.headers, ...sample.rows.map((r) => r.map((c) => (/^\d+$/.test(c) ? Number(c) : c)))]
    const result = await runDetection(await workbook([{ sheet: 'Export', data }]), { key: TEST_KEY, rules: getRulePreset('workshop')! })
    expect(result.report!.funnel.total).toMatchObject({ pupils: 1332, overCodeThreshold: 314, flagged: 113 })
  })
})
