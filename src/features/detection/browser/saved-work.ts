/**
 * What an encrypted save holds (the plaintext inside a vault envelope) and how it is checked when opened again: the
 * pseudonym key, the mapping, the detection list and, if the user chose so, the results. Checked field by field, as a
 * file can come from anywhere.
 */
import { isColumnMapping, type ColumnMapping } from '@/features/detection/engine/mapping'
import type { Report } from '@/features/detection/engine/report'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import { validateRuleSet } from '@/features/detection/engine/rules/validate'
import type { ListedPupil } from '@/features/detection/engine/session'
import type { PresetChoice } from '@/features/detection/presets'

export const SAVED_WORK_FORMAT = 'vroegdetectie-werk'

/** The results of a list on a file, as step 4 shows them and a save keeps them (plain data, no pupil ids). */
export interface ResultData {
  report: Report
  listed: ListedPupil[]
  rules: RuleSet
  hasOutcome: boolean
  protectedFields: string[]
}

export interface SavedWork {
  format: typeof SAVED_WORK_FORMAT
  version: 1
  key: string
  mapping: ColumnMapping | null
  choice: PresetChoice
  rules: RuleSet
  fileName: string | null
  results: ResultData | null
}

const CHOICES: readonly PresetChoice[] = ['workshop', 'abc', 'ewims', 'eigen']

export type SavedWorkCheck = { ok: true; work: SavedWork } | { ok: false; message: string }

export function checkSavedWork(value: unknown): SavedWorkCheck {
  const fail = (message: string): SavedWorkCheck => ({ ok: false, message })
  if (typeof value !== 'object' || value === null) return fail('Het bewaarde werk is onleesbaar.')
  const v = value as Partial<SavedWork>
  if (v.format !== SAVED_WORK_FORMAT || v.version !== 1) return fail('Dit bewaarde werk komt van een andere versie van de tool.')
  if (typeof v.key !== 'string' || !/^[0-9a-f]{64}$/.test(v.key)) return fail('De bewaarde sleutel is ongeldig.')
  if (v.mapping !== null && !isColumnMapping(v.mapping)) return fail('De bewaarde koppeling is ongeldig.')
  const rules = validateRuleSet(v.rules)
  if (!rules.ok) return fail(`De bewaarde detectielijst is ongeldig: ${rules.problems.map((p) => p.message).join(' ')}`)
  const results = v.results ?? null
  if (
    results !== null &&
    !(
      typeof results === 'object' &&
      typeof results.report === 'object' &&
      results.report !== null &&
      typeof results.report.funnel?.total?.pupils === 'number' &&
      Array.isArray(results.listed) &&
      Array.isArray(results.protectedFields)
    )
  ) {
    return fail('De bewaarde resultaten zijn onvolledig.')
  }
  return {
    ok: true,
    work: {
      format: SAVED_WORK_FORMAT,
      version: 1,
      key: v.key,
      mapping: v.mapping ?? null,
      choice: CHOICES.includes(v.choice as PresetChoice) ? (v.choice as PresetChoice) : 'eigen',
      rules: rules.rules,
      fileName: typeof v.fileName === 'string' ? v.fileName : null,
      results: results ? { ...results, rules: rules.rules, hasOutcome: Boolean(results.hasOutcome) } : null,
    },
  }
}
