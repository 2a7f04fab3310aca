import { describe, expect, it } from 'vitest'

import { gradeKey, importTable } from './importer'
import { readCsv } from './parse'
import { createPseudonymiser } from './pseudonymise'
import { TEST_KEY, importCsv, valuesAt } from '@tests/fixtures/detection'

describe('importing pupils', () => {
  it('types template columns, derives totals and keeps extra columns as text', () => {
    const { ok, dataset, rowsRead, rejectedRows } = importCsv(
      [
        'leerling_id;school;klas;leerjaar;afwezig_Z;afwezig_B;halve_dagen;schoolwissels;taalachterstand;opmerking',
        '11;De Linde;5A;5de leerjaar;6;;300;;ja;tweeling',
      ].join('\n'),
    )
    expect(ok).toBe(true)
    expect(rowsRead).toBe(1)
    expect(rejectedRows).toEqual([])
    const p = dataset.pupils[0]!
    expect(p).toMatchObject({ row: 2, school: 'De Linde', klas: '5A', leerjaar: '5', niveau: null })
    expect(valuesAt(dataset, 0)).toMatchObject({
      afwezig_Z: 6,
      afwezig_B: 0, // an empty absence cell is no absence
      afwezig_totaal: 6,
      afwezig_pct: 2,
      schoolwissels: null, // other empty cells stay unknown
      taalachterstand: true,
      opmerking: 'tweeling',
    })
    expect(dataset.fields).toEqual(expect.arrayContaining(['afwezig_totaal', 'afwezig_pct', 'opmerking']))
    expect(dataset.extraColumns).toEqual(['opmerking'])
  })

  it('replaces ids by keyed pseudonyms and never keeps names or national register numbers', () => {
    const csv = [
      'leerling_id;Naam;Voornaam;Rijksregisternummer;leerjaar;afwezig_B',
      'LL-4711;Peeters;Amélie;14.04.28-713.59;5;2',
    ].join('\n')
    const result = importCsv(csv)
    const pupil = result.dataset.pupils[0]!
    expect(pupil.id).toBe(createPseudonymiser(TEST_KEY)('LL-4711'))
    expect(pupil.id).toMatch(/^[0-9a-f]{16}$/)
    const everything = JSON.stringify(result)
    for (const secret of ['LL-4711', 'Peeters', 'Amélie', '14.04.28-713.59', '140428']) expect(everything).not.toContain(secret)
    expect(result.dataset.droppedColumns).toEqual(['Naam', 'Voornaam', 'Rijksregisternummer'])
  })

  it('names missing required columns in Dutch, with a hint about the delimiter', () => {
    const result = importCsv('leerling_id|leerjaar|afwezig_B\n1|5|3\n')
    expect(result.ok).toBe(false)
    const fatal = result.problems.find((p) => p.level === 'fatal')!
    expect(fatal.code).toBe('missing-required-columns')
    expect(fatal.message).toMatch(/^Verplichte kolommen ontbreken: "leerling_id", "leerjaar"\. Gevonden kolommen: leerling_id\|leerjaar\|afwezig_B\./)
    expect(fatal.message).toContain('scheidingsteken')
    expect(result.rejectedRows).toEqual([2])
  })

  it('lists a row with text in a number column, naming row and column, and leaves it out of the figures', () => {
    const result = importCsv(['leerling_id;leerjaar;afwezig_B', '1;5;3', '2;5;twee', '3;6;1'].join('\n'))
    expect(result.dataset.pupils.map((p) => p.row)).toEqual([2, 4])
    expect(result.rejectedRows).toEqual([3])
    const problem = result.problems.find((p) => p.code === 'not-a-number')!
    expect(problem).toMatchObject({ level: 'error', row: 3, column: 'afwezig_B' })
    expect(problem.message).toBe('Rij 3, kolom "afwezig_B": "twee" is geen getal. Deze rij is niet meegeteld.')
    expect(result.rowsRead).toBe(result.dataset.pupils.length + result.rejectedRows.length)
  })

  it('keeps the first of duplicate ids and lists the others', () => {
    const result = importCsv(['leerling_id;leerjaar', '7;5', '8;5', ' 7 ;6'].join('\n'))
    expect(result.dataset.pupils).toHaveLength(2)
    expect(result.rejectedRows).toEqual([4])
    expect(result.problems.find((p) => p.code === 'duplicate-id')!.message).toContain('staat ook al op rij 2')
  })

  it.each([
    ['an empty id', ';5', 'empty-id', 'leerlingnummer is leeg'],
    ['an empty grade', '1;', 'empty-grade', 'leerjaar is leeg'],
  ])('rejects a row with %s', (_, line, code, words) => {
    const result = importCsv(`leerling_id;leerjaar\n${line}\n2;5\n`)
    expect(result.rejectedRows).toEqual([2])
    expect(result.problems.find((p) => p.code === code)!.message).toContain(words)
  })

  it('rejects rows with invalid yes/no, negative counts and unknown levels', () => {
    const result = importCsv(
      ['leerling_id;leerjaar;gedrag_zorg;schoolwissels;onderwijsniveau', '1;5;misschien;0;lager', '2;5;ja;-1;lager', '3;5;nee;0;hoger', '4;5;nee;0;BaO'].join('\n'),
    )
    expect(result.rejectedRows).toEqual([2, 3, 4])
    expect(result.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['not-yes-no', 'negative-count', 'bad-level']))
    expect(result.dataset.pupils[0]!.niveau).toBe('lager')
  })

  it('rejects a row whose field count differs from the header', () => {
    const result = importCsv(['leerling_id;leerjaar;klas', '1;5;5A', '2;5', '3;5;5A;extra'].join('\n'))
    expect(result.rejectedRows).toEqual([3, 4])
    expect(result.problems.find((p) => p.row === 3)!.message).toContain('heeft 2 velden, de kopregel 3')
  })

  it('reports a file with a header but no pupils', () => {
    const result = importCsv('leerling_id;leerjaar\n')
    expect(result.ok).toBe(false)
    expect(result.problems.some((p) => p.code === 'no-data-rows')).toBe(true)
  })

  it('caps the number of row messages but still counts every rejected row', () => {
    const lines = ['leerling_id;leerjaar;afwezig_B', ...Array.from({ length: 30 }, (_, i) => `${i};5;x`)]
    const read = readCsv(lines.join('\n'))
    const result = importTable(read.table!, { key: TEST_KEY, maxRowMessages: 10 })
    expect(result.rejectedRows).toHaveLength(30)
    expect(result.problems.filter((p) => p.code === 'not-a-number')).toHaveLength(10)
    expect(result.problems.find((p) => p.code === 'more-row-problems')!.message).toContain('20')
  })

  it('keeps protected attributes for the bias check only, and says so', () => {
    const result = importCsv('leerling_id;leerjaar;thuistaal\n1;5;Frans\n')
    expect(valuesAt(result.dataset, 0).thuistaal).toBe('Frans')
    expect(result.problems.find((p) => p.code === 'protected-attribute-kept')!.message).toContain('nooit mee in een score')
  })

  it('refuses a mapping onto a column that holds personal data', () => {
    const read = readCsv('Rijksregisternummer;leerjaar\n14.04.28-713.59;5\n')
    const result = importTable(read.table!, { key: TEST_KEY, mapping: { version: 1, fields: { leerling_id: 'Rijksregisternummer', leerjaar: 'leerjaar' } } })
    expect(result.ok).toBe(false)
    expect(result.problems[0]!.code).toBe('mapped-personal-column')
  })

  it('reads grade keys from free text', () => {
    expect(gradeKey('5')).toBe('5')
    expect(gradeKey('5de leerjaar')).toBe('5')
    expect(gradeKey('L06')).toBe('6')
    expect(gradeKey('OKAN')).toBe('OKAN')
  })
})

describe('a single missing column', () => {
  it('says which one, in the singular', () => {
    const result = importCsv('leerling_id;klas\n1;5A\n')
    expect(result.problems.find((p) => p.level === 'fatal')!.message).toMatch(/^Verplichte kolom ontbreekt: "leerjaar"\./)
  })
})
