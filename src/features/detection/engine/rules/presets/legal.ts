/** Legal signals shared by the presets. They are reported beside the score and never change it. */
import type { LegalSignal } from '@/features/detection/engine/rules/types'

/**
 * Primary school: from 5 problematic half-days (code B) the school must involve the CLB (guidance file, since
 * 2016-17). For secondary school 10 half-days is quoted by CLB websites, but no official circular was found, so it
 * is not a preset signal.
 */
export const clbFromFiveProblematicHalfDays: LegalSignal = {
  id: 'clb-5-b',
  label: 'Vanaf 5 problematische halve dagen (B) schakelt de school het CLB in (basisonderwijs)',
  field: 'afwezig_B',
  op: 'gte',
  value: 5,
  level: 'lager',
  source: 'Vlaamse leerplichtregeling basisonderwijs, begeleidingsdossier sinds 2016-2017 (zie FACTS.md, "Flemish absence codes").',
}
