/** The rule editor's edits: valid lists come out, thresholds read as typed in Dutch, names and versions stay honest. */
import { describe, expect, it } from 'vitest'

import { getRulePreset } from '@/features/detection/engine/rules/presets'
import { validateRuleSet } from '@/features/detection/engine/rules/validate'
import {
  addFactor,
  conditionLabel,
  relabel,
  withThreshold,
  atLeastRisk,
  editorFields,
  factorUses,
  kindOf,
  markEdited,
  newFactor,
  parseThreshold,
  removeFactor,
  replaceGate,
  thresholdText,
  withField,
  withGradeThreshold,
  withOperator,
  withTierAtLeast,
} from './rule-edit'

const workshop = () => getRulePreset('workshop')!
const abc = () => getRulePreset('abc')!

describe('thresholds as typed', () => {
  it('reads numbers with a comma or a point, ranges, lists, yes/no', () => {
    expect(parseThreshold('gt', '12,5')).toBe(12.5)
    expect(parseThreshold('gte', '12.5')).toBe(12.5)
    expect(parseThreshold('gte', 'tien')).toBeUndefined()
    expect(parseThreshold('gte', '')).toBeUndefined()
    expect(parseThreshold('between', ['5', '10,5'])).toEqual([5, 10.5])
    expect(parseThreshold('between', ['10', '5'])).toBeUndefined()
    expect(parseThreshold('in', '5A; 5B, ')).toEqual(['5A', '5B'])
    expect(parseThreshold('in', ' , ')).toBeUndefined()
    expect(parseThreshold('is', 'ja')).toBe(true)
    expect(parseThreshold('is', 'misschien')).toBeUndefined()
    expect(parseThreshold('eq', '7')).toBe(7)
    expect(parseThreshold('eq', 'lager')).toBe('lager')
  })

  it('writes thresholds back as the user would type them', () => {
    expect(thresholdText(12.5)).toBe('12,5')
    expect(thresholdText([5, 10])).toEqual(['5', '10'])
    expect(thresholdText(['A', 'B'])).toBe('A, B')
    expect(thresholdText(false)).toBe('nee')
  })
})

describe('editing conditions', () => {
  it('changes the operator and threshold when a column of another kind is chosen', () => {
    const factor = workshop().factors[0]!
    expect(withField(factor, 'schoolwissels', {})).toMatchObject({ field: 'schoolwissels', op: 'gte', value: 5 })
    const yesNo = withField({ ...factor, byGrade: { '6': 4 } }, 'gedrag_zorg', {})
    expect(yesNo).toMatchObject({ field: 'gedrag_zorg', op: 'is', value: true })
    expect(yesNo.byGrade).toBeUndefined()
    expect(withField(factor, 'herkomst_extra', { herkomst_extra: 'text' })).toMatchObject({ op: 'eq', value: '' })
  })

  it('keeps a threshold that fits the new operator, and resets one that does not', () => {
    const gate = workshop().gate!
    expect(withOperator(gate, 'gte')).toMatchObject({ op: 'gte', value: 10 })
    expect(withOperator(gate, 'between')).toMatchObject({ op: 'between', value: [0, 10] })
  })

  it('sets and removes a threshold per grade', () => {
    const gate = workshop().gate!
    const per = withGradeThreshold(gate, '6', 12)
    expect(per.byGrade).toEqual({ '6': 12 })
    expect(withGradeThreshold(per, '6', undefined).byGrade).toBeUndefined()
  })

  it('knows the kind of template, derived and extra fields', () => {
    expect(kindOf('afwezig_totaal', {})).toBe('number')
    expect(kindOf('taalachterstand', {})).toBe('yesno')
    expect(kindOf(['tekort_wiskunde', 'tekort_taal'], {})).toBe('number')
    expect(kindOf('eigen', { eigen: 'text' })).toBe('text')
  })
})

describe('labels that stay true', () => {
  it('rewrites the one number a label names when the threshold changes', () => {
    const gate = workshop().gate!
    expect(withThreshold(gate, 15)).toMatchObject({ value: 15, label: 'Meer dan 15 afwezigheidscodes' })
    expect(withThreshold(workshop().factors[0]!, 4).label).toBe('Minstens 4 problematische halve dagen (B)')
    expect(withThreshold(getRulePreset('ewims')!.factors[0]!, 12.5).label).toBe('Chronisch afwezig (minstens 12,5% van de halve dagen)')
  })

  it('writes a plain label when the old one cannot be rewritten safely', () => {
    // "hoogstens 80% (minstens 20% …)": two numbers, so no guessing.
    expect(withThreshold(abc().factors[0]!, 25).label).toBe('Afwezig in % van de halve dagen: minstens 25')
    expect(withOperator(workshop().gate!, 'gte').label).toBe('Alle afwezigheidscodes samen (halve dagen): minstens 10')
    expect(withField(workshop().factors[0]!, 'gedrag_zorg', {}).label).toBe('Zorgen over gedrag')
    expect(relabel('Geen getal', 1, 2, 'anders')).toBe('anders')
    expect(relabel('Meer dan 10', 10, 10, 'anders')).toBe('Meer dan 10')
  })

  it('renames a tier "2 of meer" when its count changes', () => {
    expect(withTierAtLeast(workshop(), 0, 3).tiers[0]!.label).toBe('Aandacht: 3 of meer risicofactoren')
  })

  it('describes conditions in words', () => {
    expect(conditionLabel({ field: 'schoolwissels', op: 'gte', value: 2 })).toBe('Aantal schoolwissels: minstens 2')
    expect(conditionLabel({ field: 'binding_school', op: 'is', value: false })).toBe('Beschermend: goede band met de school: nee')
    expect(conditionLabel({ field: ['tekort_wiskunde', 'tekort_taal'], op: 'gte', value: 1 })).toBe('tekort_wiskunde + tekort_taal: minstens 1')
  })
})

describe('editing the list', () => {
  it('adds a valid factor on an unused column with a fresh id', () => {
    const rules = workshop()
    const fields = editorFields(null)
    const one = newFactor(rules, fields, {})
    const two = newFactor(addFactor(rules, one), fields, {})
    // Not on the column the first step already uses; a percentage starts at a sensible 10.
    expect(one).toMatchObject({ id: 'eigen-1', field: 'afwezig_pct', op: 'gte', value: 10 })
    expect(two.id).toBe('eigen-2')
    expect(one.field).not.toBe(two.field)
    expect(validateRuleSet(addFactor(addFactor(rules, one), two)).ok).toBe(true)
  })

  it('says where a factor is used before it is removed', () => {
    const rules = workshop()
    expect(factorUses(rules, 'b-codes')).toEqual([])
    expect(factorUses(abc(), 'aanwezigheid')).toEqual(['de afkaptabel (mainFactor)'])
    const combined = { ...rules, tiers: [...rules.tiers, { id: 'alarm', label: 'Alarm', when: { all: [{ factor: 'b-codes' }, { atLeast: 3, of: 'risk' as const }] } }] }
    expect(factorUses(combined, 'b-codes')).toEqual(['niveau "Alarm"'])
    expect(validateRuleSet(removeFactor(rules, 0)).ok).toBe(true)
  })

  it('changes "at least k risk factors" in place, and only that kind of tier', () => {
    const rules = withTierAtLeast(workshop(), 0, 3)
    expect(atLeastRisk(rules.tiers[0]!.when)).toBe(3)
    const combined = { ...rules, tiers: [{ id: 'x', label: 'X', when: { any: [{ factor: 'b-codes' }] } }] }
    expect(withTierAtLeast(combined, 0, 1).tiers).toEqual(combined.tiers)
  })

  it('marks an edited list as the user’s own and gives the original back when the edit is undone', () => {
    const base = workshop()
    const edited = markEdited({ ...base, gate: { ...base.gate!, value: 12 } }, base)
    expect(edited).toMatchObject({ id: 'eigen-workshop', version: '1.0.0-aangepast', name: `${base.name} (aangepast)` })
    expect(edited.source).toMatch(/^Aangepast van: /)
    expect(edited.description).toBe('Eerst: meer dan 10 afwezigheidscodes. Signaal: Aandacht: 2 of meer risicofactoren.')
    expect(edited.phrases).toBeUndefined()
    expect(validateRuleSet(edited).ok).toBe(true)
    expect(markEdited({ ...edited, gate: { ...edited.gate!, value: 10 } }, base)).toBe(base)
    const renamed = markEdited({ ...base, factors: base.factors.map((f, i) => (i === 0 ? { ...f, weight: 2 } : f)) }, base)
    expect(renamed.phrases).toEqual(base.phrases)
    expect(replaceGate(base, undefined).gate).toBeUndefined()
  })

  it('offers the file’s columns without the outcome or protected attributes, absence totals first', () => {
    expect(editorFields(['afwezig_B', 'uitkomst', 'thuistaal', 'afwezig_totaal', 'nationaliteit', 'eigen'])).toEqual(['afwezig_totaal', 'afwezig_B', 'eigen'])
    const template = editorFields(null)
    expect(template.slice(0, 2)).toEqual(['afwezig_totaal', 'afwezig_pct'])
    expect(template).toContain('taalachterstand')
    expect(template).not.toContain('uitkomst')
    expect(template).not.toContain('klas')
    expect(template).not.toContain('afwezig_D')
  })
})
