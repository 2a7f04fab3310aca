/** The detection lists the page offers to start from, with a one-line summary and the caveat to show beside them. */
import { RULE_PRESETS } from './engine/rules/presets'
import type { RuleSet } from './engine/rules/types'

export type PresetChoice = 'workshop' | 'abc' | 'ewims' | 'eigen'

export interface PresetInfo {
  id: Exclude<PresetChoice, 'eigen'>
  title: string
  summary: string
  caveat?: string
}

export const PRESET_CHOICES: readonly PresetInfo[] = [
  {
    id: 'workshop',
    title: 'Workshop vroegdetectie',
    summary: 'Meer dan 10 afwezigheidscodes, en van hen wie op 2 of meer risicofactoren scoort (GO! CLB Vilvoorde).',
  },
  {
    id: 'abc',
    title: 'ABC',
    summary: 'Aanwezigheid (hoogstens 80%), gedrag en een tekort voor wiskunde of Nederlands.',
    caveat:
      'In het oorspronkelijke onderzoek viel 57% van de leerlingen uit. Bij 10 à 12% uitval, dichter bij Vlaanderen, valt maar 1 op 5 à 6 gesignaleerde leerlingen echt uit.',
  },
  {
    id: 'ewims',
    title: 'EWIMS',
    summary: 'Minstens 10% afwezig, een tekort, een laag gemiddelde of een schorsing.',
  },
]

/** A fresh, editable copy of a preset. */
export function presetRules(id: Exclude<PresetChoice, 'eigen'>): RuleSet {
  return structuredClone(RULE_PRESETS[id]!)
}
