import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { csvCell, figuresCsv, suppressFigures, suppressSplit } from './export'
import { percent, type FunnelRow, type Report } from './report'

const row = (pupils: number, over: number, flagged: number): FunnelRow => ({
  pupils,
  overCodeThreshold: over,
  flagged,
  percentOverThreshold: percent(over, pupils),
  percentFlagged: percent(flagged, pupils),
  percentFlaggedOfOver: percent(flagged, over),
})

/** A school with a small fifth grade signal count: 3 of 53 flagged in grade 5, 60 in grade 6. */
function report(overrides: Partial<Report> = {}): Report {
  return {
    rules: { id: 'r', version: '1', name: 'R' },
    funnel: { total: row(1332, 314, 63), byGrade: { '5': row(655, 168, 3), '6': row(677, 146, 60) } },
    byTier: { aandacht: 61, alarm: 2 },
    legalSignals: { clb: 12 },
    cutoffs: {
      condition: { id: 'codes', label: 'Meer dan 10 codes', field: 'afwezig_totaal', op: 'gt', threshold: 10 },
      current: 10,
      rows: [
        { threshold: 8, overThreshold: 400, flagged: 70, byGrade: {} },
        { threshold: 9, overThreshold: 317, flagged: 66, byGrade: {} },
        { threshold: 10, overThreshold: 314, flagged: 63, byGrade: {} },
        { threshold: 11, overThreshold: 250, flagged: 61, byGrade: {} },
        { threshold: 12, overThreshold: 200, flagged: 50, byGrade: {} },
      ],
    },
    confusion: null,
    groups: [
      {
        field: 'leerjaar',
        overall: 4.7,
        rows: [
          { group: '5', pupils: 655, flagged: 3, rate: 0.5 },
          { group: '6', pupils: 677, flagged: 60, rate: 8.9 },
        ],
      },
      {
        field: 'school',
        overall: 4.7,
        rows: [
          { group: 'A', pupils: 700, flagged: 40, rate: 5.7 },
          { group: 'B', pupils: 600, flagged: 21, rate: 3.5 },
          { group: '=B2', pupils: 32, flagged: 2, rate: 6.3 },
        ],
      },
    ],
    problems: [],
    ...overrides,
  }
}

describe('complementary suppression', () => {
  it('hides the next smallest part when one part of a split is hidden', () => {
    expect(suppressSplit([3, 50, 60], 113)).toEqual({ parts: [true, true, false], total: false })
    expect(suppressSplit([3, 4, 60], 67)).toEqual({ parts: [true, true, false], total: false })
    expect(suppressSplit([10, 50], 60)).toEqual({ parts: [false, false], total: false })
    // Two hidden zeros would still be known to be 0: hide more until the hidden parts add up to 5.
    expect(suppressSplit([0, 0, 100], 100)).toEqual({ parts: [true, true, true], total: false })
    expect(suppressSplit([0, 0, 100], 100, { keepZero: true })).toEqual({ parts: [false, false, false], total: false })
    // A split of one: the total is the part.
    expect(suppressSplit([3], 3)).toEqual({ parts: [true], total: true })
    expect(suppressSplit([7, 1], 8, {}, [true, false])).toEqual({ parts: [true, true], total: false })
  })

  it('never leaves a hidden part that the total and the shown parts give away', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }), fc.boolean(), (parts, keepZero) => {
        const total = parts.reduce((a, b) => a + b, 0)
        const result = suppressSplit(parts, total, { keepZero })
        const hidden = parts.filter((_, i) => result.parts[i])
        parts.forEach((n, i) => {
          if (n < 5 && !(keepZero && n === 0)) expect(result.parts[i]).toBe(true)
        })
        if (!result.total && hidden.length > 0) {
          expect(hidden.length).toBeGreaterThanOrEqual(2)
          expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5)
        }
      }),
    )
  })

  it('suppresses the funnel, tiers and groups so no hidden count follows from a total', () => {
    const s = suppressFigures(report())
    const [g5, g6] = s.funnel.byGrade.map((g) => g.row)
    expect(g5!.flagged).toBe('<5')
    expect(g5!.percentFlagged).toBe('<5')
    // Hidden only so the 3 cannot be worked out: marked "x", not "<5" (it is not small).
    expect(g6!.flagged).toBe('x')
    expect(g6!.percentFlagged).toBe('x')
    expect(g6!.percentFlaggedOfOver).toBe('x')
    expect(s.funnel.total.flagged).toBe(63)
    expect(g6!.pupils).toBe(677)
    expect(g6!.overCodeThreshold).toBe(146)
    expect(g6!.percentOverThreshold).toBe('21,6%')
    expect(s.byTier).toEqual({ aandacht: 'x', alarm: '<5' })
    // The grade groups hide what the funnel hides.
    expect(s.groups[0]!.rows.map((r) => [r.pupils, r.flagged, r.rate])).toEqual([
      [655, '<5', '<5'],
      [677, 'x', 'x'],
    ])
    // Schools: 2 flagged in one school, so the next smallest (21) goes too; 40 remains.
    expect(s.groups[1]!.rows.map((r) => r.flagged)).toEqual([40, 'x', '<5'])
    expect(s.legalSignals).toEqual({ clb: 12 })
  })

  it('keeps neighbouring cut-off rows from differing by fewer than 5 pupils', () => {
    const s = suppressFigures(report())
    expect(s.cutoffs!.rows.map((r) => [r.threshold, r.overThreshold, r.flagged])).toEqual([
      [8, 400, 70],
      [9, 'x', 'x'],
      [10, 314, 63],
      [11, 250, 'x'],
      [12, 200, 50],
    ])
  })

  it('hides the whole confusion matrix when one cell is small', () => {
    const confusion = { truePositives: 3, falsePositives: 60, falseNegatives: 9, trueNegatives: 1260, withOutcome: 1332, withoutOutcome: 0, sensitivity: 0.25, specificity: 0.9545, precision: 0.0476, prevalence: 0.009, accuracy: 0.95 }
    const s = suppressFigures(report({ confusion }))
    expect(Object.values(s.confusion!)).toEqual(['<5', 'x', 'x', 'x', '<5', 'x', '<5'])
    const big = suppressFigures(report({ confusion: { ...confusion, truePositives: 30 } }))
    expect(big.confusion).toMatchObject({ truePositives: 30, sensitivity: '25%' })
  })

  it('writes the suppressed model to CSV, with formula-like group names defused', () => {
    const csv = figuresCsv(report())
    expect(csv).toContain('trechter;6e leerjaar;gesignaleerd;x;x\r\n')
    expect(csv).toContain('trechter;totaal;gesignaleerd;63;4,7%\r\n')
    expect(csv).toContain(`per school;'=B2;gesignaleerd;<5;<5\r\n`)
    for (const line of csv.trim().split('\r\n').slice(1)) {
      const count = line.split(';')[3]!
      if (count !== '' && count !== '<5' && count !== 'x') expect(Number(count)).toBeGreaterThanOrEqual(5)
    }
  })
})

describe('CSV cells (figures and the signal list)', () => {
  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('5A')).toBe('5A')
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""')
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"')
    expect(csvCell('a,b', ',')).toBe('"a,b"')
    expect(csvCell(12)).toBe('12')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+32')).toBe("'+32")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('-3')).toBe("'-3")
    expect(csvCell(-3)).toBe('-3')
  })
})
