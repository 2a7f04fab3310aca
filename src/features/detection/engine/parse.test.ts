import { describe, expect, it } from 'vitest'

import { decodeWindows1252 } from './decode'
import { delimiterHint, detectDelimiter, readCsv, readTable } from './parse'

/** Encodes text as Windows-1252 (only Latin-1 characters are used in these tests). */
function cp1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

describe('reading CSV', () => {
  it('reads a semicolon CSV in Windows-1252 with a Dutch header and accents', () => {
    const bytes = cp1252('Leerling_ID;Naam;Leerjaar;School;afwezig_B\r\n7;José Peeters;5;Sint-Gérard;3\r\n')
    expect(decodeWindows1252(bytes)).toContain('José')
    const read = readCsv(bytes)
    expect(read.ok).toBe(true)
    expect(read.table!.source).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', bom: false })
    expect(read.table!.headers).toEqual(['Leerling_ID', 'Leerjaar', 'School', 'afwezig_B'])
    expect(read.table!.rows).toEqual([['7', '5', 'Sint-Gérard', '3']])
    expect(read.table!.droppedColumns).toEqual(['Naam'])
    expect(JSON.stringify(read)).not.toContain('José')
  })

  it('strips a UTF-8 BOM so the first header is still recognised', () => {
    const read = readCsv(new TextEncoder().encode('\uFEFFleerling_id,leerjaar\n1,5\n'))
    expect(read.table!.headers[0]).toBe('leerling_id')
    expect(read.table!.source).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ',' })
  })

  it('detects comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';')
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',')
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t')
    expect(detectDelimiter('"a,b,c";d\n1;2')).toBe(';')
  })

  it('numbers rows as a spreadsheet does and skips blank rows without renumbering', () => {
    const read = readCsv(new TextEncoder().encode('leerling_id;leerjaar\n1;5\n\n;\n2;6\n'))
    expect(read.table!.rowNumbers).toEqual([2, 5])
  })

  it('finds the header below title rows', () => {
    const read = readCsv(new TextEncoder().encode('Afwezigheden 2024-2025;\n\nleerling_id;leerjaar\n1;5\n'))
    expect(read.table!.headerRow).toBe(3)
    expect(read.table!.rowNumbers).toEqual([4])
    expect(read.problems.some((p) => p.code === 'rows-above-header')).toBe(true)
  })

  it('keeps a quoted field with the delimiter and a newline as one cell', () => {
    const read = readCsv(new TextEncoder().encode('leerling_id;leerjaar;opmerking\n1;5;"a;b\nc"\n2;6;x\n'))
    expect(read.table!.rows).toEqual([
      ['1', '5', 'a;b\nc'],
      ['2', '6', 'x'],
    ])
  })

  it('warns about an unclosed quote', () => {
    const read = readCsv(new TextEncoder().encode('leerling_id;leerjaar\n1;"5\n2;6\n'))
    expect(read.problems.some((p) => p.code === 'unclosed-quote')).toBe(true)
  })

  it('renames duplicate and empty headers instead of losing columns', () => {
    const read = readCsv(new TextEncoder().encode('leerling_id;leerjaar;klas;klas;\n1;5;5A;5B;x\n'))
    expect(read.table!.headers).toEqual(['leerling_id', 'leerjaar', 'klas', 'klas (2)', 'kolom_5'])
  })

  it('drops columns of national register numbers whatever their header', () => {
    const read = readCsv(new TextEncoder().encode('leerling_id;leerjaar;code\n1;5;14.04.28-713.59\n2;6;13.02.11-123.09\n'))
    expect(read.table!.droppedColumns).toEqual(['code'])
    expect(JSON.stringify(read.table)).not.toContain('14.04.28')
  })

  it.each([
    ['an empty file', new Uint8Array(0), 'empty-file', 'leeg'],
    ['only whitespace', new TextEncoder().encode(' \r\n \n'), 'empty-file', 'leeg'],
    ['an old .xls file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old-excel', '.xls'],
    ['binary data', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), 'binary-file', 'geen tekst'],
  ])('refuses %s with a Dutch message', (_, bytes, code, words) => {
    const read = readCsv(bytes)
    expect(read.ok).toBe(false)
    expect(read.problems[0]).toMatchObject({ level: 'fatal', code })
    expect(read.problems[0]!.message).toContain(words)
  })

  it('refuses a file above the size limit before reading it', async () => {
    const read = await readTable(new TextEncoder().encode('leerling_id;leerjaar\n1;5\n'), { maxBytes: 10 })
    expect(read.ok).toBe(false)
    expect(read.problems[0]!.code).toBe('file-too-large')
    expect(read.problems[0]!.message).toMatch(/te groot/)
  })
})

describe('a header that is one column', () => {
  it('names the likely delimiter', () => {
    const pipe = readCsv(new TextEncoder().encode('leerling_id|leerjaar|afwezig_B\n1|5|3\n'))
    expect(pipe.table!.headers).toEqual(['leerling_id|leerjaar|afwezig_B'])
    const hint = pipe.problems.find((p) => p.code === 'one-column')!
    expect(hint.level).toBe('warning')
    expect(hint.message).toContain('gescheiden door verticale strepen (|)')
    expect(delimiterHint(['leerling_id:leerjaar'], 'csv')!.message).toContain('dubbelpunten (:)')
    expect(delimiterHint(['"leerling_id;leerjaar;klas"'], 'csv')!.message).toContain('puntkomma’s (;)')
    expect(delimiterHint(['leerling_id\tleerjaar'], 'xlsx')!.message).toContain('Tekst naar kolommen')
  })

  it('says nothing for a real one-column file or a normal header', () => {
    expect(delimiterHint(['leerling_id'], 'csv')).toBeNull()
    expect(delimiterHint(['leerling_id', 'leerjaar'], 'csv')).toBeNull()
    expect(readCsv(new TextEncoder().encode('leerling_id;leerjaar\n1;5\n')).problems).toEqual([])
  })
})
