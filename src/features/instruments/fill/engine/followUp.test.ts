import { describe, expect, it } from 'vitest'

import { preventionPlan } from '@tests/fixtures/instruments/definitions'
import { newFillIn, setAnswer } from './answers'
import { objectiveSeries, removeSnapshot, takeSnapshot } from './followUp'

const plan = preventionPlan()
const t = (day: number) => new Date(Date.UTC(2026, 9, day, 9))

describe('PDCA follow-up', () => {
  it('stores dated scores of every scale question and draws one series per objective, in date order', () => {
    let f = newFillIn(plan, { id: 'f', name: 'Plan', now: t(1) })
    f = setAnswer(plan, f, 'q-verbindend-schaal', { kind: 'scale', value: 4 }, t(1))
    f = takeSnapshot(plan, f, { id: 's1', now: t(1) })
    expect(f.snapshots[0]).toEqual({
      id: 's1',
      takenAt: t(1).toISOString(),
      scores: { 'q-verbindend-schaal': 4, 'q-registratie-schaal': null, 'q-vroeg-schaal': null },
    })
    f = setAnswer(plan, f, 'q-verbindend-schaal', { kind: 'scale', value: 7 }, t(20))
    f = setAnswer(plan, f, 'q-vroeg-schaal', { kind: 'scale', value: 3 }, t(20))
    f = takeSnapshot(plan, f, { id: 's2', now: t(20) })
    // Stored out of order (an imported file): the series are still by date.
    f = { ...f, snapshots: [f.snapshots[1]!, f.snapshots[0]!] }

    const series = objectiveSeries(plan, f)
    expect(series.map((s) => s.questionId)).toEqual(['q-verbindend-schaal', 'q-registratie-schaal', 'q-vroeg-schaal'])
    expect(series[0]).toMatchObject({ objective: 'De school zet zich in om een verbindend schoolklimaat te realiseren', section: 'Fase 0: Brede basiszorg' })
    expect(series[0]!.points).toEqual([
      { takenAt: t(1).toISOString(), value: 4 },
      { takenAt: t(20).toISOString(), value: 7 },
    ])
    expect(series[1]!.points).toEqual([])
    expect(series[2]!.points).toEqual([{ takenAt: t(20).toISOString(), value: 3 }])

    expect(removeSnapshot(f, 's1', t(21)).snapshots.map((s) => s.id)).toEqual(['s2'])
  })
})
