/**
 * The page's worker session, run in Node exactly as the worker runs it: Blob → read (with progress) → import →
 * analyse again and again → look-up. Only summaries come out; no raw pupil id or name may be in them.
 */
import writeExcelFile from 'write-excel-file/node'
import { describe, expect, it } from 'vitest'

import { DEFAULT_MAX_BYTES } from './parse'
import { getRulePreset } from './rules/presets'
import { generateSeed003Export, sampleToCsv } from './sample'
import { createSession, readBlob, type ProgressUpdate } from './session'
import { TEST_KEY } from '@tests/fixtures/detection'

const seed003 = generateSeed003Export()
const csv = sampleToCsv(seed003)
const blob = () => new Blob([new TextEncoder().encode(csv)], { type: 'text/csv' })
const idColumn = seed003.headers.indexOf('leerling_id')
const nameColumn = seed003.headers.indexOf('naam')

async function readySession() {
  const session = createSession()
  const read = await session.read(blob(), { fileName: 'leerlingen.csv' })
  expect(read.ok).toBe(true)
  const imported = session.importWith(read.suggestion!.mapping, TEST_KEY)
  expect(imported.ok).toBe(true)
  return { session, read, imported }
}

describe('the worker session', () => {
  it('reads a Blob through its stream and reports progress up to the full size', async () => {
    const updates: ProgressUpdate[] = []
    const bytes = await readBlob(blob(), (u) => updates.push(u))
    expect(new TextDecoder().decode(bytes)).toBe(csv)
    expect(updates[0]).toEqual({ stage: 'laden', loaded: 0, total: bytes.length })
    expect(updates.at(-1)).toEqual({ stage: 'laden', loaded: bytes.length, total: bytes.length })
  })

  it('summarises the file for the mapping: headers, example cells, suggestion, names dropped', async () => {
    const session = createSession()
    const stages: string[] = []
    const read = await session.read(blob(), { fileName: 'leerlingen.csv' }, (u) => stages.push(u.stage))
    expect(stages).toContain('laden')
    expect(stages).toContain('ontleden')
    expect(read).toMatchObject({ ok: true, fileName: 'leerlingen.csv', rowCount: 1332, headerRow: 1 })
    expect(read.droppedColumns).toEqual(['naam', 'voornaam', 'rijksregisternummer'])
    expect(read.headers).not.toContain('naam')
    expect(read.suggestion!.missingRequired).toEqual([])
    expect(read.examples.klas!.length).toBeGreaterThan(0)
    // No example cells for the pupil id column: the page has no need to show them.
    expect(read.examples.leerling_id).toEqual([])
  })

  it('imports, scores the workshop list to the seed 003 figures, and lists every pupil with a signal', async () => {
    const { session, imported } = await readySession()
    expect(imported).toMatchObject({ pupils: 1332, rowsRead: 1332, rejectedRows: [], hasOutcome: true, grades: ['5', '6'] })
    expect(imported.fieldKinds).toMatchObject({ afwezig_totaal: 'number', taalachterstand: 'yesno' })
    const result = session.analyse(getRulePreset('workshop')!)
    expect(result.ok).toBe(true)
    expect(result.report!.funnel.total).toMatchObject({ pupils: 1332, overCodeThreshold: 314, flagged: 113 })
    const flagged = result.listed.filter((p) => p.flagged)
    expect(flagged).toHaveLength(113)
    expect(result.listed.filter((p) => !p.flagged).every((p) => p.legalSignals.length > 0)).toBe(true)
    expect(flagged.every((p) => p.reasons.some((r) => r.kind === 'gate') && p.riskCount >= 2)).toBe(true)
    // The factor counts add up to the reasons in the list.
    const bCodes = result.factorCounts['b-codes']!
    expect(bCodes.firedOverGate).toBeLessThanOrEqual(bCodes.fired)
    expect(flagged.filter((p) => p.reasons.some((r) => r.id === 'b-codes')).length).toBeLessThanOrEqual(bCodes.firedOverGate)
  })

  it('scores again with a changed cut-off, without reading the file again', async () => {
    const { session } = await readySession()
    const rules = getRulePreset('workshop')!
    const before = session.analyse(rules).report!.funnel.total
    rules.gate!.value = 15
    const after = session.analyse(rules).report!.funnel.total
    expect(after.pupils).toBe(1332)
    expect(after.overCodeThreshold).toBeLessThan(before.overCodeThreshold)
    expect(after.flagged).toBeLessThanOrEqual(before.flagged)
  })

  it('never returns a raw pupil id or a name', async () => {
    const { session, read, imported } = await readySession()
    const result = session.analyse(getRulePreset('workshop')!)
    const out = JSON.stringify([read, imported, result])
    for (const row of seed003.rows.slice(0, 200)) {
      expect(out).not.toContain(`"${row[idColumn]}"`)
      expect(out).not.toContain(row[nameColumn])
    }
  })

  it('looks a pupil up by the school number with the local key', async () => {
    const { session } = await readySession()
    const result = session.analyse(getRulePreset('workshop')!)
    const flagged = result.listed.find((p) => p.flagged)!
    const schoolId = seed003.rows[flagged.row - 2]![idColumn]!
    expect(session.lookup(schoolId)).toEqual({ pseudonym: flagged.id, found: true, row: flagged.row, flagged: true })
    expect(session.lookup('bestaat-niet')).toMatchObject({ found: false, row: null, flagged: false })
    expect(session.lookup('   ')).toBeNull()
  })

  it('makes the samples the page offers', async () => {
    for (const kind of ['school', 'workshop', 'informat'] as const) {
      const session = createSession()
      const read = await session.sample(kind)
      expect(read.ok, kind).toBe(true)
      expect(read.suggestion!.missingRequired, kind).toEqual([])
      expect(session.importWith(read.suggestion!.mapping, TEST_KEY).ok, kind).toBe(true)
      expect(session.analyse(getRulePreset('workshop')!).ok, kind).toBe(true)
    }
  })

  it('reads another sheet of a workbook on request', async () => {
    const buffer = await writeExcelFile([
      { sheet: 'Uitleg', data: [[{ value: 'Export' }]] },
      { sheet: 'Leerlingen', data: [[{ value: 'leerling_id' }, { value: 'leerjaar' }, { value: 'afwezig_B' }], [{ value: 'x1' }, { value: 5 }, { value: 7 }]] },
    ] as never).toBuffer()
    const session = createSession()
    const first = await session.read(new Uint8Array(buffer), { fileName: 'export.xlsx' })
    expect(first.source).toMatchObject({ sheet: 'Leerlingen', sheets: ['Uitleg', 'Leerlingen'] })
    const other = await session.readSheet('Uitleg')
    expect(other.ok).toBe(true)
    expect(other.source!.sheet).toBe('Uitleg')
    expect(other.suggestion!.missingRequired).toEqual(['leerling_id', 'leerjaar'])
  })

  it('keeps the workbook when a chosen sheet is empty, so another sheet can still be read', async () => {
    const buffer = await writeExcelFile([
      { sheet: 'Leerlingen', data: [[{ value: 'leerling_id' }, { value: 'leerjaar' }], [{ value: 'x1' }, { value: 5 }]] },
      { sheet: 'Leeg', data: [[null]] },
      { sheet: 'Vorig jaar', data: [[{ value: 'leerling_id' }, { value: 'leerjaar' }], [{ value: 'y1' }, { value: 6 }], [{ value: 'y2' }, { value: 6 }]] },
    ] as never).toBuffer()
    const session = createSession()
    expect((await session.read(new Uint8Array(buffer), { fileName: 'export.xlsx' })).ok).toBe(true)
    const empty = await session.readSheet('Leeg')
    expect(empty.ok).toBe(false)
    expect(empty.problems[0]!.message).toBe('Tabblad "Leeg" is leeg. Kies een ander tabblad: Leerlingen, Vorig jaar.')
    expect(empty.source).toMatchObject({ format: 'xlsx', sheet: 'Leeg', sheets: ['Leerlingen', 'Leeg', 'Vorig jaar'] })
    const other = await session.readSheet('Vorig jaar')
    expect(other.ok).toBe(true)
    expect(other.rowCount).toBe(2)
    // A new file that cannot be read forgets the workbook.
    expect((await session.read(new Uint8Array(0), { fileName: 'leeg.csv' })).source).toBeNull()
    expect((await session.readSheet('Leerlingen')).problems[0]!.code).toBe('no-workbook')
  })

  it('refuses a file over the limit before reading it', async () => {
    class HugeBlob extends Blob {
      override get size() {
        return DEFAULT_MAX_BYTES + 1
      }
      override stream(): ReturnType<Blob['stream']> {
        throw new Error('must not be read')
      }
    }
    const read = await createSession().read(new HugeBlob(['x']), { fileName: 'groot.csv' })
    expect(read.ok).toBe(false)
    expect(read.problems[0]).toMatchObject({ level: 'fatal', code: 'file-too-large' })
    expect(read.problems[0]!.message).toContain('te groot')
  })

  it('answers in Dutch when asked out of order, and forgets everything on clear', async () => {
    const fresh = createSession()
    expect(fresh.importWith({ version: 1, fields: {} }, TEST_KEY).problems[0]!.message).toBe('Er is nog geen bestand geladen.')
    expect(fresh.analyse(getRulePreset('workshop')!).problems[0]!.message).toBe('Er zijn nog geen leerlingen ingelezen.')
    expect(fresh.lookup('1')).toBeNull()
    const { session } = await readySession()
    session.clear()
    expect(session.analyse(getRulePreset('workshop')!).ok).toBe(false)
    expect(session.lookup(seed003.rows[0]![idColumn]!)).toBeNull()
  })

  it('lists bad rows instead of dropping them', async () => {
    const bad = `leerling_id;leerjaar;afwezig_B\n1;5;3\n2;5;twee\n1;6;1\n`
    const session = createSession()
    const read = await session.read(new TextEncoder().encode(bad), { fileName: 'fout.csv' })
    const imported = session.importWith(read.suggestion!.mapping, TEST_KEY)
    expect(imported).toMatchObject({ ok: true, pupils: 1, rowsRead: 3, rejectedRows: [3, 4] })
    expect(imported.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'afwezig_B'],
      [4, 'leerling_id'],
    ])
    expect(imported.problems[0]!.message).toContain('Rij 3, kolom "afwezig_B"')
  })
})
