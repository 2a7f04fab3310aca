/**
 * An EWIMS-style rule (Early Warning Intervention and Monitoring System, American Institutes for Research): chronic
 * absence of 10% or more, a course failure, a low grade average, a suspension.
 */
import { RULE_FORMAT, RULE_FORMAT_VERSION, type RuleSet } from '@/features/detection/engine/rules/types'
import { clbFromFiveProblematicHalfDays } from './legal'

export const ewimsPreset: RuleSet = {
  format: RULE_FORMAT,
  formatVersion: RULE_FORMAT_VERSION,
  id: 'ewims',
  version: '1.0.0',
  name: 'EWIMS: chronische afwezigheid, tekorten, gemiddelde, schorsing',
  description: 'Signaal bij minstens 10% afwezigheid, een tekort, een laag gemiddelde of een schorsing.',
  source:
    'American Institutes for Research, Early Warning Intervention and Monitoring System; gerandomiseerde studie in 73 scholen ' +
    '(chronische afwezigheid van 14% naar 10%). Zie FACTS.md, "Early-warning indicators".',
  notes: [
    'EWIMS draait na 20-30 schooldagen en na elke rapportperiode, in een cyclus van 7 stappen (rollen, instrument, nakijken, interpreteren, interventies toewijzen, opvolgen, evalueren).',
    'EWIMS gebruikt een gemiddelde (GPA) van hoogstens 2,0 op 4. De drempel "gemiddelde onder 60%" is een aanname voor Vlaamse rapporten: pas ze aan.',
  ],
  mainFactor: 'chronisch-afwezig',
  factors: [
    {
      id: 'chronisch-afwezig',
      label: 'Chronisch afwezig (minstens 10% van de halve dagen)',
      kind: 'risk',
      field: 'afwezig_pct',
      op: 'gte',
      value: 10,
    },
    { id: 'tekort', label: 'Minstens één tekort', kind: 'risk', field: 'tekorten', op: 'gte', value: 1 },
    {
      id: 'gemiddelde',
      label: 'Gemiddelde onder 60%',
      kind: 'risk',
      field: 'gemiddelde',
      op: 'lt',
      value: 60,
      note: 'Aanname: vertaling van GPA ≤ 2,0.',
    },
    { id: 'schorsing', label: 'Minstens één schorsing of uitsluiting', kind: 'risk', field: 'schorsingen', op: 'gte', value: 1 },
  ],
  tiers: [
    { id: 'aandacht', label: 'Aandacht: één indicator', when: { atLeast: 1, of: 'risk' } },
    { id: 'alarm', label: 'Alarm: twee of meer indicatoren', when: { atLeast: 2, of: 'risk' } },
  ],
  legalSignals: [clbFromFiveProblematicHalfDays],
}
