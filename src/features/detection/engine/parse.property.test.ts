/**
 * Property tests of the reader and importer on malformed input: they never throw, and every data row is accounted
 * for (imported as a pupil or listed as rejected).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decodeWindows1252 } from './decode'
import { importTable } from './importer'
import { readCsv, readTable } from './parse'
import { TEST_KEY } from '@tests/fixtures/detection'

function importAccounted(bytes: Uint8Array | string): void {
  const read = readCsv(bytes)
  expect(Array.isArray(read.problems)).toBe(true)
  if (!read.table) {
    expect(read.ok).toBe(false)
    expect(read.problems.some((p) => p.level === 'fatal')).toBe(true)
    return
  }
  const result = importTable(read.table, { key: TEST_KEY })
  expect(result.rowsRead).toBe(read.table.rows.length)
  expect(result.dataset.pupils.length + result.rejectedRows.length).toBe(result.rowsRead)
  const imported = new Set(result.dataset.pupils.map((p) => p.row))
  for (const row of result.rejectedRows) expect(imported.has(row)).toBe(false)
  expect(new Set([...imported, ...result.rejectedRows]).size).toBe(result.rowsRead)
  for (const p of result.problems) expect(typeof p.message).toBe('string')
}

/** Cells that stress the reader: numbers, Dutch decimals, text, quotes, delimiters, newlines, accents. */
const cell = fc.oneof(
  fc.constantFrom('', ' ', '0', '5', '12', '12,5', '-3', 'ja', 'nee', 'x', 'twee', 'é', '"', '""', ';', ',', '\n', '\r\n', '5;6', 'a"b'),
  fc.integer({ min: 0, max: 60 }).map(String),
  fc.string({ maxLength: 8 }),
)

const HEADER = ['leerling_id', 'leerjaar', 'afwezig_B', 'afwezig_Z', 'gedrag_zorg', 'opmerking']

function quote(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text
}

describe('reader properties', () => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        importAccounted(bytes)
      }),
      { numRuns: 400 },
    )
  })

  it('never throws on arbitrary text after a valid header', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), fc.constantFrom(';', ','), (body, d) => {
        importAccounted(`${HEADER.join(d)}\n${body}`)
      }),
      { numRuns: 400 },
    )
  })

  it('accounts for every generated data row: imported or listed, never dropped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 4, maxLength: 8 }), { maxLength: 25 }),
        fc.constantFrom(';', ','),
        fc.boolean(),
        (rows, d, bom) => {
          const lines = [HEADER.join(d), ...rows.map((r) => r.map((c) => quote(c, d)).join(d))]
          const text = `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
          const read = readCsv(new TextEncoder().encode(text))
          expect(read.ok).toBe(true)
          const expected = rows.filter((r) => r.some((c) => c.trim() !== '')).length
          expect(read.table!.rows.length).toBe(expected)
          const result = importTable(read.table!, { key: TEST_KEY })
          expect(result.dataset.pupils.length + result.rejectedRows.length).toBe(expected)
          for (const row of result.rejectedRows) {
            expect(result.problems.some((p) => p.row === row && p.level === 'error')).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads every row whatever mix of line endings (CRLF, LF, CR) the lines end in, as spreadsheet programs do', () => {
    // Exports of several schools pasted together: some lines end in CRLF, others in LF (or an old Mac's CR).
    const plain = fc.oneof(fc.constantFrom('', '0', '5', '12,5', 'ja', 'x', 'é'), fc.integer({ min: 0, max: 60 }).map(String))
    fc.assert(
      fc.property(
        fc.array(fc.array(plain, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 26, maxLength: 26 }),
        fc.constantFrom(';', ','),
        (rows, endings, d) => {
          const lines = [HEADER.join(d), ...rows.map((r) => r.map((c) => quote(c, d)).join(d))]
          const text = lines.map((line, i) => line + endings[i]).join('')
          const read = readCsv(new TextEncoder().encode(text))
          expect(read.ok).toBe(true)
          const expected = rows.filter((r) => r.some((c) => c.trim() !== ''))
          expect(read.table!.headers).toEqual(HEADER)
          expect(read.table!.rows).toEqual(expected)
          expect(read.table!.fieldCounts.every((n) => n === HEADER.length)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps a line break inside a quoted cell as one cell when the file mixes CRLF and LF', () => {
    const text = 'leerling_id;leerjaar;opmerking\r\n1;3;"twee\r\nregels"\n2;4;een\r\n3;5;"nog\neen"\n'
    const read = readCsv(text)
    expect(read.table!.rows).toEqual([
      ['1', '3', 'twee\nregels'],
      ['2', '4', 'een'],
      ['3', '5', 'nog\neen'],
    ])
    expect(read.table!.rowNumbers).toEqual([2, 3, 4])
  })

  it('never throws on bytes that look like a zip (an .xlsx)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])
        const read = await readTable(bytes)
        if (!read.ok) expect(read.problems[0]!.level).toBe('fatal')
      }),
      { numRuns: 100 },
    )
  })

  it('decodes Windows-1252 to one character per byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeWindows1252(bytes).length).toBe(bytes.length)
      }),
    )
  })
})
