import { describe, expect, it } from 'vitest'

import { attachAbsences, countInWindow, importAbsenceRecords } from './absences'
import { readCsv } from './parse'
import { RULE_FORMAT, type RuleSet } from './rules/types'
import { scorePupils } from './score'
import { TEST_KEY, importCsv, valuesAt } from '@tests/fixtures/detection'
import { readDay } from './values'

const RECORDS = [
  'leerling_id;datum;code;halve_dagen',
  '1;2024-09-10;B;1',
  '1;2024-11-20;B;2',
  '1;25/11/2024;D;2',
  '1;2024-11-28;L;',
  '2;2024-10-01;B;1',
  '2;2024-10-02;W;1',
  '2;2024-10-03;Q;1',
  '9;2024-11-01;Z;1',
].join('\n')

function setup() {
  const pupils = importCsv('leerling_id;leerjaar\n1;5\n2;5\n3;6\n').dataset
  const records = importAbsenceRecords(readCsv(RECORDS).table!, { key: TEST_KEY })
  return { pupils, records, attached: attachAbsences(pupils, records) }
}

describe('dated absences', () => {
  it('reads records, maps legacy codes and lists unreadable rows', () => {
    const { records } = setup()
    expect(records.rowsRead).toBe(8)
    expect(records.rejectedRows).toEqual([8])
    expect(records.problems[0]!.message).toContain('"Q" is geen gekende afwezigheidscode')
    expect(records.range).toEqual({ from: '2024-09-10', to: '2024-11-28' })
  })

  it('computes counts per code from the records and warns about unknown pupils', () => {
    const { attached } = setup()
    const [p1, p2, p3] = [0, 1, 2].map((i) => ({ values: valuesAt(attached.dataset, i) }))
    expect(p1!.values).toMatchObject({ afwezig_B: 3, afwezig_Z: 2, afwezig_totaal: 5, te_laat: 1 })
    expect(p2!.values).toMatchObject({ afwezig_B: 1, afwezig_totaal: 1 }) // W is not absence any more
    expect(p3!.values).toMatchObject({ afwezig_totaal: 0 })
    expect(attached.dataset.hasDatedAbsences).toBe(true)
    expect(attached.problems.map((p) => p.message)).toContain('1 leerling met afwezigheden staat niet in de leerlingenlijst; die afwezigheden tellen niet mee.')
  })

  it('counts within a window', () => {
    const { attached } = setup()
    const a = attached.dataset.pupils[0]!.absences!
    expect(countInWindow(a, ['B'], readDay('2024-11-01')!, readDay('2024-11-30')!)).toBe(2)
    expect(countInWindow(a, ['B', 'Z'], -Infinity, Infinity)).toBe(5)
  })

  it('lets a factor count absences in the last n days', () => {
    const { attached } = setup()
    const rules: RuleSet = {
      format: RULE_FORMAT,
      formatVersion: 1,
      id: 'venster',
      version: '1',
      name: 'Venster',
      source: 'test',
      factors: [
        { id: 'recent-b', label: 'B in de laatste 30 dagen', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 2, window: { lastDays: 30 } },
        { id: 'b-sept', label: 'B in september', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 1, window: { from: '2024-09-01', to: '2024-09-30' } },
      ],
      tiers: [{ id: 'a', label: 'A', when: { atLeast: 1, of: 'risk' } }],
    }
    const r = scorePupils(attached.dataset, rules)
    expect(r.ok).toBe(true)
    expect(r.pupils[0]!.reasons.map((x) => [x.id, x.value])).toEqual([
      ['recent-b', 2],
      ['b-sept', 1],
    ])
    expect(r.pupils[1]!.flagged).toBe(false)
  })

  it('warns when a window is used without dated absences', () => {
    const { pupils } = setup()
    const rules: RuleSet = {
      format: RULE_FORMAT,
      formatVersion: 1,
      id: 'v',
      version: '1',
      name: 'V',
      source: 't',
      factors: [{ id: 'w', label: 'W', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 1, window: { lastDays: 7 } }],
      tiers: [{ id: 'a', label: 'A', when: { factor: 'w' } }],
    }
    const withCounts = importCsv('leerling_id;leerjaar;afwezig_B\n1;5;4\n').dataset
    const r = scorePupils(withCounts, rules)
    expect(r.problems.some((p) => p.code === 'window-without-dates')).toBe(true)
    expect(r.pupils[0]!.unknown).toEqual(['w'])
    expect(pupils.hasDatedAbsences).toBe(false)
  })

  it('requires id, date and code columns', () => {
    const result = importAbsenceRecords(readCsv('leerling_id;wanneer\n1;2024-01-01\n').table!, { key: TEST_KEY })
    expect(result.ok).toBe(false)
    expect(result.problems[0]!.message).toContain('Verplichte kolommen ontbreken in de afwezigheden: "datum", "code"')
  })
})
