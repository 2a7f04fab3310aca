/**
 * The workshop figures of seed 003, reproduced from a generated file of that shape, through the whole engine:
 * CSV bytes → read → import (pseudonymised) → workshop preset → funnel.
 */
import { describe, expect, it } from 'vitest'

import { formatFunnel } from './format'
import { runDetection } from './pipeline'
import { getRulePreset } from './rules/presets'
import { generateSeed003Export, sampleToCsv } from './sample'
import { TEST_KEY } from '@tests/fixtures/detection'

const workshop = getRulePreset('workshop')!

async function detect(csv: string) {
  const result = await runDetection(new TextEncoder().encode(csv), { key: TEST_KEY, rules: workshop })
  expect(result.ok).toBe(true)
  return result
}

describe('seed 003: the workshop figures', () => {
  it('reproduces 1332 pupils, 314 with more than 10 codes and 113 flagged, in total and per grade', async () => {
    const { report, import: imported } = await detect(sampleToCsv(generateSeed003Export()))
    expect(imported!.rejectedRows).toEqual([])
    const { total, byGrade } = report!.funnel
    expect(total).toEqual({ pupils: 1332, overCodeThreshold: 314, flagged: 113, percentOverThreshold: 23.6, percentFlagged: 8.5, percentFlaggedOfOver: 36 })
    expect(byGrade['5']).toEqual({ pupils: 655, overCodeThreshold: 168, flagged: 53, percentOverThreshold: 25.6, percentFlagged: 8.1, percentFlaggedOfOver: 31.5 })
    // The workshop wrote 21.5% for 146/677 = 21.57%; rounded half up that is 21.6%. All other percentages agree.
    expect(byGrade['6']).toEqual({ pupils: 677, overCodeThreshold: 146, flagged: 60, percentOverThreshold: 21.6, percentFlagged: 8.9, percentFlaggedOfOver: 41.1 })
  })

  it('prints the funnel in the workshop wording', async () => {
    const { report } = await detect(sampleToCsv(generateSeed003Export()))
    expect(formatFunnel(report!, workshop)).toEqual([
      'Totaal 1332 leerlingen',
      '655 lln: 5e leerjaar',
      '677 lln: 6e leerjaar',
      '314 leerlingen hebben meer dan 10 codes (23,6%)',
      '168 lln: 5e leerjaar (25,6%)',
      '146 lln: 6e leerjaar (21,6%)',
      '113 lln met meer dan 10 codes scoren op 2 of meer risicofactoren (detectietool), dit is 8,5% van het totaal aantal lln en 36% van de lln met meer dan 10 codes',
      '53 lln: 5e leerjaar (8,1%, respectievelijk 31,5%)',
      '60 lln: 6e leerjaar (8,9%, respectievelijk 41,1%)',
    ])
  })

  it.each([
    ['another seed', { seed: 42 }],
    ['an Informat-like export with legacy codes D and L', { style: 'informat' as const }],
    ['a Smartschool-like export without personal data', { style: 'smartschool' as const, personalData: false }],
  ])('gives the same figures for %s', async (_, options) => {
    const { report } = await detect(sampleToCsv(generateSeed003Export(options), { delimiter: ',' }))
    expect(report!.funnel.total).toMatchObject({ pupils: 1332, overCodeThreshold: 314, flagged: 113 })
    expect(report!.funnel.byGrade['5']).toMatchObject({ overCodeThreshold: 168, flagged: 53 })
    expect(report!.funnel.byGrade['6']).toMatchObject({ overCodeThreshold: 146, flagged: 60 })
  })

  it('keeps the cut-off table consistent with the rule at its own threshold', async () => {
    const { report } = await detect(sampleToCsv(generateSeed003Export()))
    const own = report!.cutoffs!.rows.find((r) => r.threshold === 10)!
    expect(own).toMatchObject({ overThreshold: 314, flagged: 113 })
    expect(own.byGrade).toEqual({ '5': { overThreshold: 168, flagged: 53 }, '6': { overThreshold: 146, flagged: 60 } })
    // Monotone: a higher absence threshold never flags more pupils.
    const flagged = report!.cutoffs!.rows.map((r) => r.flagged)
    for (let i = 1; i < flagged.length; i++) expect(flagged[i]!).toBeLessThanOrEqual(flagged[i - 1]!)
  })
})
