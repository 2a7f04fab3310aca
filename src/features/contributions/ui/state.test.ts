import { describe, expect, it } from 'vitest'

import { generalProblems, isGeneralProblem, stateFromAddress } from './state'

describe('the form after a round trip without JavaScript', () => {
  it('shows the thanks, the advice per field, or a problem with the whole form', () => {
    expect(stateFromAddress({ verzonden: '1' })).toEqual({ status: 'verzonden', title: '' })
    expect(stateFromAddress({ fout: 'titel,email' })).toEqual({
      status: 'fout',
      errors: { titel: 'Kijk de titel na: verplicht, hoogstens 200 tekens.', email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.' },
      problem: undefined,
      values: {},
    })
    expect(stateFromAddress({ probleem: 'te-vaak' })).toEqual({ status: 'fout', errors: {}, problem: 'te-vaak', values: {} })
  })

  it('ignores what is not its own: inherited names, unknown codes, repeated parameters', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(stateFromAddress({ fout: name, probleem: name }), name).toEqual({ status: 'leeg' })
      expect(isGeneralProblem(name), name).toBe(false)
    }
    expect(stateFromAddress({ fout: '<script>,titel', probleem: 'bestaat-niet', verzonden: '2' })).toMatchObject({ status: 'fout', errors: { titel: expect.any(String) } })
    expect(stateFromAddress({ fout: ['titel', 'email'], probleem: ['te-vaak'], verzonden: ['1'] })).toEqual({ status: 'leeg' })
    expect(stateFromAddress({})).toEqual({ status: 'leeg' })
  })

  it('knows every general problem by name', () => {
    for (const name of Object.keys(generalProblems)) expect(isGeneralProblem(name), name).toBe(true)
  })
})
