import { describe, expect, it } from 'vitest'

import { dayToIso, normaliseHeader, readDay, readNumber, readYesNo } from './values'

describe('cell readers', () => {
  it('reads numbers with a decimal comma or point, and thousands', () => {
    expect(readNumber('12')).toBe(12)
    expect(readNumber(' 7 ')).toBe(7)
    expect(readNumber('12,5')).toBe(12.5)
    expect(readNumber('12.5')).toBe(12.5)
    expect(readNumber('1.234,5')).toBe(1234.5)
    expect(readNumber('-3')).toBe(-3)
    expect(readNumber('')).toBeNull()
    expect(readNumber('twee')).toBeUndefined()
    expect(readNumber('12a')).toBeUndefined()
  })

  it('reads ja/nee and its variants', () => {
    for (const yes of ['ja', 'JA', 'j', 'yes', '1', 'x', 'waar']) expect(readYesNo(yes)).toBe(true)
    for (const no of ['nee', 'Nee', 'n', 'no', '0', 'onwaar']) expect(readYesNo(no)).toBe(false)
    expect(readYesNo('  ')).toBeNull()
    expect(readYesNo('misschien')).toBeUndefined()
  })

  it('reads dates day first, ISO and Excel serials', () => {
    const day = readDay('2024-09-02')!
    expect(dayToIso(day)).toBe('2024-09-02')
    expect(readDay('2/9/2024')).toBe(day)
    expect(readDay('02-09-2024')).toBe(day)
    expect(readDay('2.9.2024')).toBe(day)
    expect(readDay('45537')).toBe(day)
    expect(readDay('31/02/2024')).toBeUndefined()
    expect(readDay('gisteren')).toBeUndefined()
    expect(readDay('')).toBeNull()
  })

  it('folds headers to comparable keys', () => {
    expect(normaliseHeader('Leerling ID')).toBe('leerling_id')
    expect(normaliseHeader(' leerling-id ')).toBe('leerling_id')
    expect(normaliseHeader('Officiële klas')).toBe('officiele_klas')
  })
})
