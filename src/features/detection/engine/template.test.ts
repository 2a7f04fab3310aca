import { describe, expect, it } from 'vitest'

import { suggestMapping } from './mapping'
import { readCsv } from './parse'
import { REQUIRED_COLUMNS, TEMPLATE_COLUMNS, templateCsv } from './template'
import { importCsv, valuesAt } from '@tests/fixtures/detection'

describe('the toolbox template', () => {
  it('has the columns of the issue, with leerling_id and leerjaar required', () => {
    const names = TEMPLATE_COLUMNS.map((c) => c.name)
    for (const name of [
      'leerling_id', 'school', 'klas', 'leerjaar', 'afwezig_A', 'afwezig_R', 'afwezig_Z', 'afwezig_H', 'afwezig_P',
      'afwezig_M', 'afwezig_B', 'afwezig_D', 'afwezig_L', 'schoolwissels', 'jaren_vertraging', 'taalachterstand',
      'gedrag_zorg', 'motivatie_laag', 'ouderbetrokkenheid', 'binding_school', 'uitkomst',
    ]) {
      expect(names).toContain(name)
    }
    expect(REQUIRED_COLUMNS).toEqual(['leerling_id', 'leerjaar'])
    for (const c of TEMPLATE_COLUMNS) expect(c.description.length).toBeGreaterThan(5)
  })

  it('downloads as a semicolon CSV with a BOM that reads back without any mapping', () => {
    const csv = templateCsv({ example: true })
    expect(csv.startsWith('\uFEFFleerling_id;school;klas;leerjaar;')).toBe(true)
    const read = readCsv(new TextEncoder().encode(csv))
    const suggestion = suggestMapping(read.table!.headers)
    expect(suggestion.unmappedHeaders).toEqual([])
    expect(suggestion.missingRequired).toEqual([])
    const result = importCsv(csv)
    expect(result.ok).toBe(true)
    expect(valuesAt(result.dataset, 0).afwezig_totaal).toBe(12)
  })

  it('can be comma separated and include the legacy code columns', () => {
    const header = templateCsv({ delimiter: ',', bom: false, legacy: true }).trim()
    expect(header.split(',')).toContain('afwezig_D')
    expect(header.startsWith('leerling_id,')).toBe(true)
  })
})
