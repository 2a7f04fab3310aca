import { describe, expect, it } from 'vitest'

import { RULE_FORMAT, type Factor, type RuleSet, type Tier } from './rules/types'
import { scorePupils } from './score'
import { importCsv, templateRows } from '@tests/fixtures/detection'
import type { Dataset } from './types'

function rules(factors: Factor[], tiers: Tier[], extra: Partial<RuleSet> = {}): RuleSet {
  return { format: RULE_FORMAT, formatVersion: 1, id: 't', version: '1', name: 'T', source: 'test', factors, tiers, ...extra }
}

const risk = (id: string, field: string, op: Factor['op'], value: Factor['value'], more: Partial<Factor> = {}): Factor => ({
  id,
  label: id,
  kind: 'risk',
  field,
  op,
  value,
  ...more,
})

/** Five pupils with known values (ids p1..p5, grades 5 and 6). */
function dataset(): Dataset {
  const csv = templateRows([
    { leerling_id: 'p1', leerjaar: 5, afwezig_Z: 8, afwezig_B: 6, schoolwissels: 2, gedrag_zorg: 'ja', motivatie_laag: 'ja', ouderbetrokkenheid: 'ja', tekort_wiskunde: 'ja', tekort_taal: 'nee' },
    { leerling_id: 'p2', leerjaar: 5, afwezig_Z: 12, afwezig_B: 0, schoolwissels: 0, gedrag_zorg: 'ja', motivatie_laag: 'nee', ouderbetrokkenheid: 'nee', tekort_wiskunde: 'nee', tekort_taal: 'nee' },
    { leerling_id: 'p3', leerjaar: 6, afwezig_Z: 2, afwezig_B: 1, schoolwissels: 3, gedrag_zorg: 'ja', motivatie_laag: 'ja', ouderbetrokkenheid: 'nee', tekort_wiskunde: 'ja', tekort_taal: 'ja' },
    { leerling_id: 'p4', leerjaar: 6, afwezig_Z: 11, afwezig_B: 0, schoolwissels: '', gedrag_zorg: 'nee', motivatie_laag: 'nee', ouderbetrokkenheid: 'ja', tekort_wiskunde: '', tekort_taal: '' },
    { leerling_id: 'p5', leerjaar: 6, afwezig_Z: 0, afwezig_B: 0, schoolwissels: 1, gedrag_zorg: 'nee', motivatie_laag: '', ouderbetrokkenheid: 'ja', tekort_wiskunde: 'nee', tekort_taal: 'nee' },
  ])
  return importCsv(csv).dataset
}

const ROWS = { p1: 2, p2: 3, p3: 4, p4: 5, p5: 6 } as const

function flaggedRows(result: ReturnType<typeof scorePupils>): number[] {
  return result.pupils.filter((p) => p.flagged).map((p) => p.row)
}

const FACTORS = [
  risk('b', 'afwezig_B', 'gte', 5),
  risk('wissels', 'schoolwissels', 'gte', 2),
  risk('gedrag', 'gedrag_zorg', 'is', true),
  risk('motivatie', 'motivatie_laag', 'is', true),
]

describe('combining factors', () => {
  it('gate AND at least 2 risk factors (the workshop combination)', () => {
    const r = scorePupils(dataset(), rules(FACTORS, [{ id: 'aandacht', label: 'A', when: { atLeast: 2, of: 'risk' } }], {
      gate: { id: 'codes', label: 'Meer dan 10 codes', field: 'afwezig_totaal', op: 'gt', value: 10 },
    }))
    expect(r.ok).toBe(true)
    // p1: 14 codes, 4 risks; p2: 12 codes, 1 risk; p3: 3 codes (gate fails), p4: 11 codes, 0 risks.
    expect(r.pupils.filter((p) => p.passedGate).map((p) => p.row)).toEqual([ROWS.p1, ROWS.p2, ROWS.p4])
    expect(flaggedRows(r)).toEqual([ROWS.p1])
    expect(r.summary).toMatchObject({ pupils: 5, overCodeThreshold: 3, flagged: 1, byTier: { aandacht: 1 } })
    const p3 = r.pupils[2]!
    expect(p3.riskCount).toBe(3) // factors are still evaluated and shown, but the gate keeps p3 out
    expect(p3.flagged).toBe(false)
  })

  it('all (AND) of named factors', () => {
    const r = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { all: [{ factor: 'gedrag' }, { factor: 'motivatie' }] } }]))
    expect(flaggedRows(r)).toEqual([ROWS.p1, ROWS.p3])
  })

  it('any (OR) and not', () => {
    const r = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { any: [{ factor: 'b' }, { not: { factor: 'gedrag' } }] } }]))
    expect(flaggedRows(r)).toEqual([ROWS.p1, ROWS.p4, ROWS.p5])
  })

  it('at least k of a list of n factors', () => {
    const r = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { atLeast: 2, of: ['b', 'wissels', 'motivatie'] } }]))
    expect(flaggedRows(r)).toEqual([ROWS.p1, ROWS.p3])
  })

  it('tiers: the highest tier reached wins', () => {
    const r = scorePupils(
      dataset(),
      rules(FACTORS, [
        { id: 'aandacht', label: 'Aandacht', when: { atLeast: 1, of: 'risk' } },
        { id: 'alarm', label: 'Alarm', when: { atLeast: 3, of: 'risk' } },
      ]),
    )
    expect(r.pupils.map((p) => p.tier)).toEqual(['alarm', 'aandacht', 'alarm', null, null])
    expect(r.summary.byTier).toEqual({ aandacht: 1, alarm: 2 })
  })

  it('protective factors lower the weighted score', () => {
    const factors: Factor[] = [
      ...FACTORS,
      { id: 'ouders', label: 'Betrokken ouders', kind: 'protective', field: 'ouderbetrokkenheid', op: 'is', value: true, weight: 2 },
    ]
    const r = scorePupils(dataset(), rules(factors, [{ id: 'a', label: 'A', when: { score: { op: 'gte', value: 2 } } }]))
    // p1: 4 risks − 2 = 2 → flagged; p3: 3 risks, no protection → 3; p2: 1 risk → 1.
    expect(r.pupils.map((p) => p.score)).toEqual([2, 1, 3, -2, -2])
    expect(flaggedRows(r)).toEqual([ROWS.p1, ROWS.p3])
    const withoutProtection = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { score: { op: 'gte', value: 3 } } }]))
    const withProtection = scorePupils(dataset(), rules(factors, [{ id: 'a', label: 'A', when: { score: { op: 'gte', value: 3 } } }]))
    expect(flaggedRows(withoutProtection)).toEqual([ROWS.p1, ROWS.p3])
    expect(flaggedRows(withProtection)).toEqual([ROWS.p3])
    expect(withProtection.pupils[0]!.reasons.find((x) => x.kind === 'protective')).toMatchObject({ id: 'ouders', value: true, weight: 2 })
  })

  it('weights count in the score but not in "at least k"', () => {
    const factors = [risk('b', 'afwezig_B', 'gte', 5, { weight: 3 }), risk('gedrag', 'gedrag_zorg', 'is', true)]
    const r = scorePupils(dataset(), rules(factors, [{ id: 'a', label: 'A', when: { atLeast: 2, of: 'risk' } }]))
    expect(r.pupils[0]).toMatchObject({ score: 4, riskCount: 2, flagged: true })
  })

  it('per-grade thresholds', () => {
    const factors = [risk('codes', 'afwezig_totaal', 'gt', 10, { byGrade: { '6': 1 } })]
    const r = scorePupils(dataset(), rules(factors, [{ id: 'a', label: 'A', when: { factor: 'codes' } }]))
    // Grade 5: > 10 (p1 14, p2 12); grade 6: > 1 (p3 3, p4 11; p5 0 not).
    expect(flaggedRows(r)).toEqual([ROWS.p1, ROWS.p2, ROWS.p3, ROWS.p4])
    expect(r.pupils[2]!.reasons[0]).toMatchObject({ id: 'codes', field: 'afwezig_totaal', value: 3, op: 'gt', threshold: 1 })
    expect(r.pupils[0]!.reasons[0]).toMatchObject({ value: 14, threshold: 10 })
  })

  it('a list of fields is their sum (maths OR language as one factor)', () => {
    const factors = [risk('kernvak', ['tekort_wiskunde', 'tekort_taal'] as unknown as string, 'gte', 1)]
    const r = scorePupils(dataset(), rules(factors, [{ id: 'a', label: 'A', when: { factor: 'kernvak' } }]))
    expect(flaggedRows(r)).toEqual([ROWS.p1, ROWS.p3])
    expect(r.pupils[2]!.reasons[0]).toMatchObject({ field: 'tekort_wiskunde + tekort_taal', value: 2 })
    expect(r.pupils[3]!.unknown).toEqual(['kernvak']) // both cells empty
  })

  it('lists factors that could not be evaluated instead of treating them as "no"', () => {
    const r = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { atLeast: 1, of: 'risk' } }]))
    expect(r.pupils[3]!.unknown).toEqual(['wissels'])
    expect(r.pupils[4]!.unknown).toEqual(['motivatie'])
  })

  it('records each fired factor with its value and threshold, and the gate', () => {
    const r = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { atLeast: 2, of: 'risk' } }], {
      gate: { id: 'codes', label: 'Codes', field: 'afwezig_totaal', op: 'gt', value: 10 },
    }))
    expect(r.pupils[0]!.reasons).toEqual([
      { id: 'codes', label: 'Codes', kind: 'gate', field: 'afwezig_totaal', value: 14, op: 'gt', threshold: 10 },
      { id: 'b', label: 'b', kind: 'risk', field: 'afwezig_B', value: 6, op: 'gte', threshold: 5, weight: 1 },
      { id: 'wissels', label: 'wissels', kind: 'risk', field: 'schoolwissels', value: 2, op: 'gte', threshold: 2, weight: 1 },
      { id: 'gedrag', label: 'gedrag', kind: 'risk', field: 'gedrag_zorg', value: true, op: 'is', threshold: true, weight: 1 },
      { id: 'motivatie', label: 'motivatie', kind: 'risk', field: 'motivatie_laag', value: true, op: 'is', threshold: true, weight: 1 },
    ])
  })
})

describe('legal signals', () => {
  const legal = {
    id: 'clb-5-b',
    label: '5 B',
    field: 'afwezig_B',
    op: 'gte' as const,
    value: 5,
    level: 'lager' as const,
    source: 'test',
  }

  it('fire beside the score, for primary pupils only', () => {
    const r = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { atLeast: 9, of: 'risk' } }], { level: 'lager', legalSignals: [legal] }))
    expect(r.summary.legalSignals).toEqual({ 'clb-5-b': 1 })
    expect(r.pupils[0]!.legalSignals[0]).toMatchObject({ id: 'clb-5-b', kind: 'legal', value: 6, threshold: 5 })
    expect(r.pupils[0]!.flagged).toBe(false)
  })

  it('are not checked when the level is secondary or unknown', () => {
    const secondary = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { factor: 'b' } }], { level: 'secundair', legalSignals: [legal] }))
    expect(secondary.summary.legalSignals['clb-5-b']).toBe(0)
    const unknown = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { factor: 'b' } }], { legalSignals: [legal] }))
    expect(unknown.summary.legalSignals['clb-5-b']).toBe(0)
    expect(unknown.problems.some((p) => p.code === 'level-unknown')).toBe(true)
  })

  it('follow the onderwijsniveau column over the rule set level', () => {
    const { dataset: ds } = importCsv('leerling_id;leerjaar;onderwijsniveau;afwezig_B\n1;5;secundair;7\n2;5;lager;7\n')
    const r = scorePupils(ds, rules(FACTORS.slice(0, 1), [{ id: 'a', label: 'A', when: { factor: 'b' } }], { level: 'lager', legalSignals: [legal] }))
    expect(r.pupils.map((p) => p.legalSignals.length)).toEqual([0, 1])
  })
})

describe('scoring guards', () => {
  it('refuses a rule set that scores on home language, whatever door it came through', () => {
    const r = scorePupils(dataset(), rules([risk('taal', 'thuistaal', 'eq', 'Frans')], [{ id: 'a', label: 'A', when: { factor: 'taal' } }]))
    expect(r.ok).toBe(false)
    expect(r.pupils).toEqual([])
    expect(r.problems[0]!.message).toContain('mag niet meetellen')
  })

  it('stops when the gate field is not in the file, and warns about missing factor fields', () => {
    const noGate = scorePupils(dataset(), rules(FACTORS, [{ id: 'a', label: 'A', when: { factor: 'b' } }], {
      gate: { id: 'pct', label: 'Pct', field: 'afwezig_pct', op: 'gte', value: 10 },
    }))
    expect(noGate.ok).toBe(false)
    expect(noGate.problems[0]).toMatchObject({ level: 'fatal', code: 'gate-field-missing' })
    const missingFactor = scorePupils(dataset(), rules([...FACTORS, risk('vertraging', 'jaren_vertraging', 'gte', 1)], [{ id: 'a', label: 'A', when: { factor: 'b' } }]))
    expect(missingFactor.ok).toBe(true)
    expect(missingFactor.problems[0]!.message).toContain('Factor "vertraging" gebruikt kolom "jaren_vertraging"')
  })

  it('uses extra columns as numbers when a rule names them', () => {
    const { dataset: ds } = importCsv('leerling_id;leerjaar;meldingen\n1;5;4\n2;5;1\n3;5;veel\n')
    const r = scorePupils(ds, rules([risk('meldingen', 'meldingen', 'gte', 3)], [{ id: 'a', label: 'A', when: { factor: 'meldingen' } }]))
    expect(r.pupils.map((p) => p.flagged)).toEqual([true, false, false])
    expect(r.pupils[2]!.unknown).toEqual(['meldingen'])
  })
})
