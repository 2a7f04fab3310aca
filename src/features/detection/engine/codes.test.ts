import { describe, expect, it } from 'vitest'

import { ABSENCE_CODES, codesOfAbsenceField, mapAbsenceCode } from './codes'
import { importCsv, valuesAt } from '@tests/fixtures/detection'

describe('absence codes', () => {
  it('keeps the seven current codes', () => {
    expect(ABSENCE_CODES).toEqual(['A', 'R', 'Z', 'H', 'P', 'M', 'B'])
    for (const code of ABSENCE_CODES) expect(mapAbsenceCode(code)).toBe(code)
  })

  it('maps legacy codes as the AGODI conversion table says', () => {
    expect(mapAbsenceCode('D')).toBe('Z')
    for (const code of ['T', 'U', 'Y', 'C', 'J']) expect(mapAbsenceCode(code)).toBe('R')
    expect(mapAbsenceCode('L')).toBe('late')
    expect(mapAbsenceCode('W')).toBe('obsolete')
    expect(mapAbsenceCode('G')).toBe('obsolete')
    expect(mapAbsenceCode(' d ')).toBe('Z')
    expect(mapAbsenceCode('Q')).toBeNull()
  })

  it('knows which codes an absence field counts', () => {
    expect(codesOfAbsenceField('afwezig_B')).toEqual(['B'])
    expect(codesOfAbsenceField('afwezig_totaal')).toEqual([...ABSENCE_CODES])
    expect(codesOfAbsenceField('afwezig_D')).toBeNull()
    expect(codesOfAbsenceField('schoolwissels')).toBeNull()
  })

  it('adds legacy columns to their current code on import; late and obsolete codes are not absence', () => {
    const csv = [
      'leerling_id;leerjaar;afwezig_Z;afwezig_D;afwezig_R;afwezig_T;afwezig_Y;afwezig_B;afwezig_L;afwezig_W',
      '1;5;2;3;1;4;1;2;7;9',
    ].join('\n')
    const { dataset, problems } = importCsv(csv)
    const v = valuesAt(dataset, 0)
    expect(v.afwezig_Z).toBe(5)
    expect(v.afwezig_R).toBe(6)
    expect(v.afwezig_B).toBe(2)
    expect(v.te_laat).toBe(7)
    expect(v.afwezig_totaal).toBe(13)
    expect(problems.some((p) => p.code === 'obsolete-code' && p.message.includes('W'))).toBe(true)
  })
})
