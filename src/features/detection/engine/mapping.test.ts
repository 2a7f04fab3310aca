import { describe, expect, it } from 'vitest'

import { isColumnMapping, suggestMapping } from './mapping'
import { TEMPLATE_COLUMN_NAMES } from './template'
import { importCsv, valuesAt } from '@tests/fixtures/detection'

describe('column mapping', () => {
  it('maps the template onto itself without a preset', () => {
    const s = suggestMapping([...TEMPLATE_COLUMN_NAMES])
    expect(s.presetId).toBeNull()
    expect(s.missingRequired).toEqual([])
    expect(s.unmappedHeaders).toEqual([])
    for (const name of TEMPLATE_COLUMN_NAMES) expect(s.mapping.fields[name]).toBe(name)
  })

  it('recognises other spellings of template columns', () => {
    const s = suggestMapping(['Leerling ID', 'LEERJAAR', 'Afwezig B', 'Klascode', 'opmerking'])
    expect(s.mapping.fields).toMatchObject({ leerling_id: 'Leerling ID', leerjaar: 'LEERJAAR', afwezig_B: 'Afwezig B', klas: 'Klascode' })
    expect(s.unmappedHeaders).toEqual(['opmerking'])
  })

  it('picks the Informat-like preset for bare code letters', () => {
    const s = suggestMapping(['Stamnummer', 'Klas', 'Leerjaar', 'Z', 'D', 'B', 'L'])
    expect(s.presetId).toBe('informat')
    expect(s.mapping.fields).toMatchObject({ leerling_id: 'Stamnummer', afwezig_Z: 'Z', afwezig_D: 'D', afwezig_B: 'B', afwezig_L: 'L' })
  })

  it('picks the Smartschool-like preset', () => {
    const s = suggestMapping(['Intern nummer', 'Klas', 'Leerjaar', 'Afwezigheden B', 'Afwezigheden Z'])
    expect(s.presetId).toBe('smartschool')
    expect(s.mapping.fields).toMatchObject({ leerling_id: 'Intern nummer', afwezig_B: 'Afwezigheden B' })
  })

  it('reports required fields it cannot find', () => {
    expect(suggestMapping(['naam', 'klas']).missingRequired).toEqual(['leerling_id', 'leerjaar'])
  })

  it('gives a serialisable mapping that imports the same after a round trip (as the page remembers it)', () => {
    const csv = 'Nr;Jaar;Probleemafwezig\n1;5;6\n2;6;1\n'
    const manual = { version: 1 as const, fields: { leerling_id: 'Nr', leerjaar: 'Jaar', afwezig_B: 'Probleemafwezig' } }
    const stored = JSON.parse(JSON.stringify(manual))
    expect(isColumnMapping(stored)).toBe(true)
    const result = importCsv(csv, stored)
    expect([0, 1].map((i) => valuesAt(result.dataset, i).afwezig_B)).toEqual([6, 1])
  })

  it('rejects malformed stored mappings', () => {
    expect(isColumnMapping(null)).toBe(false)
    expect(isColumnMapping({ version: 2, fields: {} })).toBe(false)
    expect(isColumnMapping({ version: 1, fields: { leerjaar: 5 } })).toBe(false)
  })
})
