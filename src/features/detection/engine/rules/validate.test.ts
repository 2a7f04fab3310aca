import { describe, expect, it } from 'vitest'

import { RULE_PRESETS, getRulePreset } from './presets'
import { RULE_FORMAT, type RuleSet } from './types'
import { parseRuleSet, validateRuleSet } from './validate'

function base(overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    format: RULE_FORMAT,
    formatVersion: 1,
    id: 'test',
    version: '1',
    name: 'Test',
    source: 'test',
    factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 5 }],
    tiers: [{ id: 'aandacht', label: 'Aandacht', when: { factor: 'b' } }],
    ...overrides,
  }
}

function messages(input: unknown): string[] {
  const v = validateRuleSet(input)
  return v.ok ? [] : v.problems.map((p) => p.message)
}

describe('validating detection lists', () => {
  it.each(Object.keys(RULE_PRESETS))('accepts the %s preset', (name) => {
    const v = validateRuleSet(getRulePreset(name))
    expect(v.ok).toBe(true)
  })

  it('returns a copy, so editing the input later changes nothing', () => {
    const rules = base()
    const v = validateRuleSet(rules)
    rules.factors[0]!.value = 99
    expect(v.ok && v.rules.factors[0]!.value).toBe(5)
  })

  it.each([
    ['thuistaal', 'thuistaal'],
    ['nationaliteit', 'nationaliteit'],
    ['herkomst', 'herkomst'],
    ['Land van herkomst', 'Land van herkomst'],
    ['home_language', 'home_language'],
  ])('refuses a factor on %s', (field, quoted) => {
    const m = messages(base({ factors: [{ id: 'x', label: 'X', kind: 'risk', field, op: 'eq', value: 'Frans' }], tiers: [{ id: 'a', label: 'A', when: { factor: 'x' } }] }))
    expect(m.join('\n')).toContain(`"${quoted}" mag niet meetellen`)
    expect(m.join('\n')).toContain('Herkomst, nationaliteit en thuistaal zijn nooit een invoer')
  })

  it('refuses protected attributes in a sum, the gate and a legal signal too', () => {
    const m = messages(
      base({
        gate: { id: 'g', label: 'G', field: 'nationaliteit_code', op: 'gt', value: 0 },
        factors: [{ id: 'b', label: 'B', kind: 'risk', field: ['afwezig_B', 'thuistaal_niet_nl'], op: 'gte', value: 5 }],
        legalSignals: [{ id: 'l', label: 'L', field: 'origine', op: 'is', value: true, source: 's' }],
      }),
    )
    expect(m.filter((x) => x.includes('mag niet meetellen'))).toHaveLength(3)
  })

  it('allows language delay (a screening), which is not home language', () => {
    expect(messages(base({ factors: [{ id: 'b', label: 'T', kind: 'risk', field: 'taalachterstand', op: 'is', value: true }] }))).toEqual([])
  })

  it.each<[string, unknown, string]>([
    ['not an object', [], 'JSON-object'],
    ['a wrong format marker', { ...base(), format: 'x' }, 'geen detectielijst'],
    ['a missing version', { ...base(), version: '' }, '"version"'],
    ['an unknown operator', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'afwezig_B', op: 'ge' as never, value: 5 }] }), 'onbekende operator'],
    ['a text threshold for gt', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'afwezig_B', op: 'gt', value: 'vijf' }] }), 'moet een getal zijn'],
    ['a reversed range', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'afwezig_B', op: 'between', value: [10, 5] }] }), 'twee getallen'],
    ['a number for is', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'gedrag_zorg', op: 'is', value: 1 }] }), 'true of false'],
    ['a bad per-grade threshold', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 5, byGrade: { '6': 'x' } }] }), 'leerjaar 6'],
    ['a negative weight', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 5, weight: -1 }] }), '"weight"'],
    ['a bad kind', base({ factors: [{ id: 'b', label: 'B', kind: 'bad' as never, field: 'afwezig_B', op: 'gte', value: 5 }] }), '"kind"'],
    ['duplicate factor ids', base({ factors: [base().factors[0]!, base().factors[0]!] }), 'twee keer'],
    ['an unknown factor in a tier', base({ tiers: [{ id: 'a', label: 'A', when: { factor: 'zz' } }] }), 'onbekende factor "zz"'],
    ['an unknown expression', base({ tiers: [{ id: 'a', label: 'A', when: { most: 2 } as never }] }), 'onbekende voorwaarde'],
    ['no tiers', base({ tiers: [] }), 'minstens één niveau'],
    ['a window on a non-absence field', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'schoolwissels', op: 'gte', value: 2, window: { lastDays: 30 } }] }), 'tijdvenster'],
    ['a bad window date', base({ factors: [{ id: 'b', label: 'B', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 2, window: { from: '1 sept' } }] }), 'window.from'],
    ['a mainFactor that is not numeric', base({ mainFactor: 'zz' }), 'mainFactor'],
  ])('refuses %s with a Dutch message', (_, input, words) => {
    expect(messages(input).join('\n')).toContain(words)
  })

  it('refuses deeply nested expressions instead of overflowing', () => {
    let when: unknown = { factor: 'b' }
    for (let i = 0; i < 100; i++) when = { not: when }
    expect(messages(base({ tiers: [{ id: 'a', label: 'A', when: when as never }] })).join()).toContain('te diep genest')
  })

  it('parses JSON text and explains invalid JSON in Dutch', () => {
    expect(parseRuleSet(JSON.stringify(base())).ok).toBe(true)
    const bad = parseRuleSet('{"format": ')
    expect(bad.ok).toBe(false)
    expect(bad.problems[0]!.message).toContain('geen geldige JSON')
  })
})
