/**
 * An ABC-style rule (Attendance, Behaviour, Course performance; Johns Hopkins, Balfanz e.a. 2007): attendance at or
 * below 80%, failing maths or language, unsatisfactory behaviour.
 */
import { RULE_FORMAT, RULE_FORMAT_VERSION, type RuleSet } from '@/features/detection/engine/rules/types'
import { clbFromFiveProblematicHalfDays } from './legal'

export const abcPreset: RuleSet = {
  format: RULE_FORMAT,
  formatVersion: RULE_FORMAT_VERSION,
  id: 'abc',
  version: '1.0.0',
  name: 'ABC: aanwezigheid, gedrag, resultaten',
  description: 'Signaal bij een aanwezigheid van hoogstens 80%, een tekort voor wiskunde of Nederlands, of zorgen over gedrag.',
  source:
    'Balfanz, Herzog & Mac Iver (2007), zesde leerjaar Philadelphia; precisie .71, sensitiviteit .60, specificiteit .68 bij 57% uitval ' +
    '(Bowers, Sprott & Taff 2013; zie FACTS.md, "Early-warning indicators").',
  notes: [
    'Bij 10-12% uitval, dichter bij Vlaanderen, is de precisie van "een ABC-signaal" ongeveer .17-.20: de meeste gesignaleerde leerlingen vallen niet uit.',
    'Aanwezigheid wordt berekend uit alle afwezigheidscodes en de kolom halve_dagen.',
  ],
  mainFactor: 'aanwezigheid',
  factors: [
    {
      id: 'aanwezigheid',
      label: 'Aanwezig hoogstens 80% (minstens 20% van de halve dagen afwezig)',
      kind: 'risk',
      field: 'afwezig_pct',
      op: 'gte',
      value: 20,
    },
    {
      id: 'tekort-kernvak',
      label: 'Tekort voor wiskunde of Nederlands',
      kind: 'risk',
      field: ['tekort_wiskunde', 'tekort_taal'],
      op: 'gte',
      value: 1,
    },
    { id: 'gedrag', label: 'Zorgen over gedrag', kind: 'risk', field: 'gedrag_zorg', op: 'is', value: true },
  ],
  tiers: [
    { id: 'aandacht', label: 'Aandacht: één signaal', when: { atLeast: 1, of: 'risk' } },
    { id: 'alarm', label: 'Alarm: twee of meer signalen', when: { atLeast: 2, of: 'risk' } },
  ],
  legalSignals: [clbFromFiveProblematicHalfDays],
}
