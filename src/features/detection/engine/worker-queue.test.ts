import { describe, expect, it } from 'vitest'

import { getRulePreset } from './rules/presets'
import { createSession, type AnalysisSummary, type ReadSummary } from './session'
import { TEST_KEY } from '@tests/fixtures/detection'
import { createDispatcher } from './worker-queue'
import type { WorkerResponse } from './worker-protocol'

describe('the worker message loop', () => {
  it('runs requests in order and skips an analysis that a newer one replaced', async () => {
    const answers: WorkerResponse[] = []
    const dispatch = createDispatcher(createSession(), (message) => {
      if (message.type !== 'progress') answers.push(message)
    })
    const rules = getRulePreset('workshop')!
    void dispatch({ id: 1, type: 'sample', kind: 'workshop' })
    void dispatch({ id: 2, type: 'analyse', rules })
    await dispatch({ id: 3, type: 'analyse', rules: { ...rules, name: 'tussenversie' } })
    const read = answers[0] as Extract<WorkerResponse, { type: 'result' }>
    const mapping = (read.result as ReadSummary).suggestion!.mapping
    void dispatch({ id: 4, type: 'import', mapping, key: TEST_KEY })
    void dispatch({ id: 5, type: 'analyse', rules })
    void dispatch({ id: 6, type: 'analyse', rules })
    await dispatch({ id: 7, type: 'analyse', rules })
    expect(answers.map((a) => [a.id, a.type])).toEqual([
      [1, 'result'],
      [2, 'cancelled'],
      [3, 'result'],
      [4, 'result'],
      [5, 'cancelled'],
      [6, 'cancelled'],
      [7, 'result'],
    ])
    const last = answers[6] as Extract<WorkerResponse, { type: 'result' }>
    expect((last.result as AnalysisSummary).report!.funnel.total.flagged).toBe(113)
  })
})
