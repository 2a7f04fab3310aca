import { describe, expect, it } from 'vitest'

import { figuresCsv, suppressCount, suppressPercent } from './export'
import { formatFunnel, formatPercent } from './format'
import { buildReport, confusionMatrix, cutoffTable, flagRatesByGroup, funnel, percent } from './report'
import { RULE_FORMAT, type RuleSet } from './rules/types'
import { scorePupils, type PupilResult, type ScoreResult } from './score'
import { importCsv, templateRows } from '@tests/fixtures/detection'

/** A score result from bare pupil results (only the fields the report reads). */
function scored(pupils: Partial<PupilResult>[]): ScoreResult {
  const full = pupils.map((p, i) => ({
    id: `p${i}`, row: i + 2, school: '', klas: '', leerjaar: '5', passedGate: true, flagged: false, tier: null, score: 0,
    riskCount: 0, protectiveCount: 0, reasons: [], legalSignals: [], unknown: [], outcome: null, ...p,
  }))
  return { ok: true, rules: null, pupils: full, summary: { pupils: full.length, overCodeThreshold: 0, flagged: 0, byTier: {}, legalSignals: {} }, problems: [] }
}

const gateRule: RuleSet = {
  format: RULE_FORMAT,
  formatVersion: 1,
  id: 'w',
  version: '1',
  name: 'W',
  source: 't',
  gate: { id: 'codes', label: 'Codes', field: 'afwezig_totaal', op: 'gt', value: 10 },
  factors: [
    { id: 'gedrag', label: 'Gedrag', kind: 'risk', field: 'gedrag_zorg', op: 'is', value: true },
    { id: 'motivatie', label: 'Motivatie', kind: 'risk', field: 'motivatie_laag', op: 'is', value: true },
  ],
  tiers: [{ id: 'aandacht', label: 'A', when: { atLeast: 2, of: 'risk' } }],
  phrases: { gate: 'hebben meer dan 10 codes', gateGroup: 'met meer dan 10 codes', flagged: 'scoren op 2 of meer risicofactoren' },
}

describe('percentages', () => {
  it('round half up to one decimal, as the workshop did', () => {
    expect(percent(314, 1332)).toBe(23.6)
    expect(percent(113, 314)).toBe(36)
    expect(percent(1, 8)).toBe(12.5)
    expect(percent(1, 3)).toBe(33.3)
    expect(percent(5, 0)).toBeNull()
    expect(formatPercent(36)).toBe('36%')
    expect(formatPercent(23.6)).toBe('23,6%')
    expect(formatPercent(null)).toBe('–')
  })
})

describe('the funnel', () => {
  it('counts pupils, those over the threshold and those flagged, per grade and in total', () => {
    const f = funnel(
      scored([
        { leerjaar: '5', passedGate: true, flagged: true },
        { leerjaar: '5', passedGate: true, flagged: false },
        { leerjaar: '5', passedGate: false, flagged: false },
        { leerjaar: '5', passedGate: false, flagged: false },
        { leerjaar: '10', passedGate: true, flagged: true },
        { leerjaar: '6', passedGate: false, flagged: false },
      ]),
    )
    expect(f.total).toEqual({ pupils: 6, overCodeThreshold: 3, flagged: 2, percentOverThreshold: 50, percentFlagged: 33.3, percentFlaggedOfOver: 66.7 })
    expect(Object.keys(f.byGrade)).toEqual(['5', '6', '10'])
    expect(f.byGrade['5']).toEqual({ pupils: 4, overCodeThreshold: 2, flagged: 1, percentOverThreshold: 50, percentFlagged: 25, percentFlaggedOfOver: 50 })
    expect(f.byGrade['6']!.percentFlaggedOfOver).toBeNull()
  })
})

function smallDataset() {
  return importCsv(
    templateRows([
      { leerling_id: 1, leerjaar: 5, afwezig_Z: 12, gedrag_zorg: 'ja', motivatie_laag: 'ja', uitkomst: 'ja', school: 'A' },
      { leerling_id: 2, leerjaar: 5, afwezig_Z: 9, gedrag_zorg: 'ja', motivatie_laag: 'ja', uitkomst: 'ja', school: 'A' },
      { leerling_id: 3, leerjaar: 5, afwezig_Z: 20, gedrag_zorg: 'nee', motivatie_laag: 'ja', uitkomst: 'nee', school: 'B' },
      { leerling_id: 4, leerjaar: 6, afwezig_Z: 11, gedrag_zorg: 'ja', motivatie_laag: 'ja', uitkomst: 'nee', school: 'B' },
      { leerling_id: 5, leerjaar: 6, afwezig_Z: 3, gedrag_zorg: 'nee', motivatie_laag: 'nee', uitkomst: 'nee', school: 'B' },
      { leerling_id: 6, leerjaar: 6, afwezig_Z: 30, gedrag_zorg: 'ja', motivatie_laag: 'ja', uitkomst: '', school: 'B' },
    ]),
  ).dataset
}

describe('the cut-off table', () => {
  it('counts, at each threshold of the gate, who passes and who would be flagged', () => {
    const ds = smallDataset()
    const table = cutoffTable(ds, gateRule, [5, 8, 10, 11, 19, 25])!
    expect(table.condition).toMatchObject({ id: 'codes', field: 'afwezig_totaal', op: 'gt', threshold: 10 })
    expect(table.current).toBe(10)
    // Totals 12, 9, 20, 11, 3, 30; two risk factors: pupils 1, 2, 4, 6.
    expect(table.rows.map((r) => [r.threshold, r.overThreshold, r.flagged])).toEqual([
      [5, 5, 4],
      [8, 5, 4],
      [10, 4, 3],
      [11, 3, 2],
      [19, 2, 1],
      [25, 1, 1],
    ])
    expect(table.rows[2]!.byGrade).toEqual({ '5': { overThreshold: 2, flagged: 1 }, '6': { overThreshold: 2, flagged: 2 } })
    // The row at the rule's own threshold agrees with scoring.
    const s = scorePupils(ds, gateRule)
    expect(s.summary).toMatchObject({ overCodeThreshold: 4, flagged: 3 })
  })

  it('varies the main factor when there is no gate, keeping the other factors', () => {
    const ds = smallDataset()
    const rule: RuleSet = {
      ...gateRule,
      gate: undefined,
      mainFactor: 'codes',
      factors: [{ id: 'codes', label: 'Codes', kind: 'risk', field: 'afwezig_totaal', op: 'gte', value: 10 }, ...gateRule.factors],
      tiers: [{ id: 'a', label: 'A', when: { atLeast: 3, of: 'risk' } }],
    }
    const table = cutoffTable(ds, rule, [0, 10, 15])!
    expect(table.rows.map((r) => [r.threshold, r.overThreshold, r.flagged])).toEqual([
      [0, 6, 4],
      [10, 4, 3],
      [15, 2, 1],
    ])
  })

  it('chooses thresholds from the data, including the current one', () => {
    const table = cutoffTable(smallDataset(), gateRule)!
    const thresholds = table.rows.map((r) => r.threshold)
    expect(thresholds[0]).toBe(0)
    expect(thresholds).toContain(10)
    expect(thresholds.length).toBeLessThanOrEqual(32)
  })
})

describe('rule quality against an outcome', () => {
  it('computes the confusion matrix, sensitivity, specificity and precision', () => {
    const m = confusionMatrix(
      scored([
        ...Array.from({ length: 6 }, () => ({ flagged: true, outcome: true })),
        ...Array.from({ length: 4 }, () => ({ flagged: true, outcome: false })),
        ...Array.from({ length: 2 }, () => ({ flagged: false, outcome: true })),
        ...Array.from({ length: 18 }, () => ({ flagged: false, outcome: false })),
        { flagged: true, outcome: null },
      ]),
    )!
    expect(m).toEqual({
      truePositives: 6,
      falsePositives: 4,
      falseNegatives: 2,
      trueNegatives: 18,
      withOutcome: 30,
      withoutOutcome: 1,
      sensitivity: 0.75,
      specificity: 0.8182,
      precision: 0.6,
      prevalence: 0.2667,
      accuracy: 0.8,
    })
  })

  it('has no matrix without outcomes, and null ratios without a base', () => {
    expect(confusionMatrix(scored([{ outcome: null }]))).toBeNull()
    expect(confusionMatrix(scored([{ flagged: false, outcome: false }]))!.sensitivity).toBeNull()
  })

  it('is part of the report when the file has an uitkomst column', () => {
    const ds = smallDataset()
    const report = buildReport(ds, gateRule, scorePupils(ds, gateRule))
    // Flagged: 1 (outcome ja), 4 (nee), 6 (unknown); not flagged: 2 (ja), 3 (nee), 5 (nee).
    expect(report.confusion).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 2, withoutOutcome: 1 })
  })
})

describe('flag rates per group', () => {
  it('gives the rate per group and overall, to compare', () => {
    const ds = smallDataset()
    const rates = flagRatesByGroup(ds, scorePupils(ds, gateRule), 'school')
    expect(rates).toEqual({
      field: 'school',
      overall: 50,
      rows: [
        { group: 'A', pupils: 2, flagged: 1, rate: 50 },
        { group: 'B', pupils: 4, flagged: 2, rate: 50 },
      ],
    })
  })

  it('groups by a protected attribute for the bias check by default', () => {
    const { dataset } = importCsv('leerling_id;leerjaar;afwezig_Z;thuistaal\n1;5;20;Frans\n2;5;0;\n')
    const rule: RuleSet = { ...gateRule, factors: [], tiers: [{ id: 'a', label: 'A', when: { atLeast: 0, of: 'risk' } }] }
    const report = buildReport(dataset, rule, scorePupils(dataset, rule))
    expect(report.groups.map((g) => g.field)).toEqual(['leerjaar', 'thuistaal'])
    expect(report.groups[1]!.rows).toEqual([
      { group: '(leeg)', pupils: 1, flagged: 0, rate: 0 },
      { group: 'Frans', pupils: 1, flagged: 1, rate: 100 },
    ])
  })
})

describe('small-count suppression for exports', () => {
  it('suppresses counts under 5 and percentages built on them', () => {
    expect(suppressCount(4)).toBe('<5')
    expect(suppressCount(0)).toBe('<5')
    expect(suppressCount(0, { keepZero: true })).toBe(0)
    expect(suppressCount(5)).toBe(5)
    expect(suppressCount(9, { min: 10 })).toBe('<10')
    expect(suppressPercent(8.5, 113, 1332)).toBe('8,5%')
    expect(suppressPercent(50, 3, 6)).toBe('<5')
  })

  it('exports figures without any count under 5', () => {
    const ds = smallDataset()
    const csv = figuresCsv(buildReport(ds, gateRule, scorePupils(ds, gateRule)))
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toBe('sectie;groep;maat;aantal;percentage')
    for (const line of lines.slice(1)) {
      const [, , , count, pct] = line.split(';')
      if (count !== '' && count !== '<5' && count !== 'x') expect(Number(count)).toBeGreaterThanOrEqual(5)
      if (count === '<5') expect(pct === '' || pct === '<5').toBe(true)
      // "x": hidden so that a small count cannot be worked out from a total; its percentage goes with it.
      if (count === 'x') expect(['', '<5', 'x']).toContain(pct)
    }
    expect(csv).toContain('trechter;totaal;leerlingen;6;')
  })
})

describe('the workshop-style text', () => {
  it('prints the funnel in the workshop wording', () => {
    const ds = smallDataset()
    const report = buildReport(ds, gateRule, scorePupils(ds, gateRule))
    expect(formatFunnel(report, gateRule)).toEqual([
      'Totaal 6 leerlingen',
      '3 lln: 5e leerjaar',
      '3 lln: 6e leerjaar',
      '4 leerlingen hebben meer dan 10 codes (66,7%)',
      '2 lln: 5e leerjaar (66,7%)',
      '2 lln: 6e leerjaar (66,7%)',
      '3 lln met meer dan 10 codes scoren op 2 of meer risicofactoren, dit is 50% van het totaal aantal lln en 75% van de lln met meer dan 10 codes',
      '1 lln: 5e leerjaar (33,3%, respectievelijk 50%)',
      '2 lln: 6e leerjaar (66,7%, respectievelijk 100%)',
    ])
  })
})
