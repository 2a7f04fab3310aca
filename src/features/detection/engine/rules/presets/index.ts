/** The preset detection lists, by name. `workshop` is the default. */
import type { RuleSet } from '@/features/detection/engine/rules/types'
import { abcPreset } from './abc'
import { ewimsPreset } from './ewims'
import { workshopPreset } from './workshop'

export const RULE_PRESETS: Readonly<Record<string, RuleSet>> = {
  workshop: workshopPreset,
  abc: abcPreset,
  ewims: ewimsPreset,
}

export const DEFAULT_PRESET = 'workshop'

/** A copy of a preset (safe to edit), or null for an unknown name. */
export function getRulePreset(name: string): RuleSet | null {
  return Object.hasOwn(RULE_PRESETS, name) ? structuredClone(RULE_PRESETS[name]!) : null
}

export { abcPreset, ewimsPreset, workshopPreset }
