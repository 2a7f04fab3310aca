/**
 * The workshop rule of seed 003 (GO! CLB Vilvoorde, grades 5-6 of primary school): pupils with more than 10 absence
 * codes, and of those, the ones who score on 2 or more risk factors of the detection list.
 */
import { RULE_FORMAT, RULE_FORMAT_VERSION, type RuleSet } from '@/features/detection/engine/rules/types'
import { clbFromFiveProblematicHalfDays } from './legal'

export const workshopPreset: RuleSet = {
  format: RULE_FORMAT,
  formatVersion: RULE_FORMAT_VERSION,
  id: 'workshop',
  version: '1.0.0',
  name: 'Workshop vroegdetectie (GO! CLB Vilvoorde)',
  description:
    'Eerst de leerlingen met meer dan 10 afwezigheidscodes; van hen wie scoort op 2 of meer risicofactoren van de detectielijst.',
  source:
    'Workshop "Vroegdetectie: leerlingen die risico lopen om ongekwalificeerd uit te stromen", GO! CLB Vilvoorde, ' +
    'eerste jaar in de derde graad lager onderwijs: 1332 leerlingen, 314 met meer dan 10 codes, 113 op 2 of meer risicofactoren (seed 003).',
  notes: [
    'De workshop noemt de risicofactoren van haar detectielijst niet. De factoren hier zijn de risicofactoren van het sjabloon: een aanname. Vervang ze door de eigen lijst.',
    'De workshop zegt niet welke codes meetellen; hier tellen alle afwezigheidscodes samen (afwezig_totaal).',
    'Beschermende factoren worden getoond maar tellen niet mee (gewicht 0): de workshop telde enkel risicofactoren.',
  ],
  level: 'lager',
  gate: { id: 'codes', label: 'Meer dan 10 afwezigheidscodes', field: 'afwezig_totaal', op: 'gt', value: 10 },
  factors: [
    { id: 'b-codes', label: 'Minstens 5 problematische halve dagen (B)', kind: 'risk', field: 'afwezig_B', op: 'gte', value: 5 },
    { id: 'vertraging', label: 'Minstens 1 jaar schoolse vertraging', kind: 'risk', field: 'jaren_vertraging', op: 'gte', value: 1 },
    {
      id: 'schoolwissels',
      label: 'Minstens 2 schoolwissels',
      kind: 'risk',
      field: 'schoolwissels',
      op: 'gte',
      value: 2,
      note: 'Alleen voorspellen schoolwissels weinig (Dalton 2009, in Bowers e.a. 2013).',
    },
    { id: 'tekorten', label: 'Tekorten voor minstens 2 vakken', kind: 'risk', field: 'tekorten', op: 'gte', value: 2 },
    { id: 'taalachterstand', label: 'Taalachterstand volgens screening', kind: 'risk', field: 'taalachterstand', op: 'is', value: true },
    { id: 'gedrag', label: 'Zorgen over gedrag', kind: 'risk', field: 'gedrag_zorg', op: 'is', value: true },
    { id: 'motivatie', label: 'Lage motivatie', kind: 'risk', field: 'motivatie_laag', op: 'is', value: true },
    {
      id: 'ouders',
      label: 'Betrokken ouders',
      kind: 'protective',
      field: 'ouderbetrokkenheid',
      op: 'is',
      value: true,
      weight: 0,
      note: 'Getoond, telt niet mee. Geef een gewicht om het te laten meetellen.',
    },
    {
      id: 'binding',
      label: 'Goede band met de school',
      kind: 'protective',
      field: 'binding_school',
      op: 'is',
      value: true,
      weight: 0,
      note: 'Getoond, telt niet mee. Geef een gewicht om het te laten meetellen.',
    },
  ],
  tiers: [{ id: 'aandacht', label: 'Aandacht: 2 of meer risicofactoren', when: { atLeast: 2, of: 'risk' } }],
  legalSignals: [clbFromFiveProblematicHalfDays],
  phrases: {
    gate: 'hebben meer dan 10 codes',
    gateGroup: 'met meer dan 10 codes',
    flagged: 'scoren op 2 of meer risicofactoren (detectietool)',
  },
}
