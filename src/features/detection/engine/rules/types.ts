/**
 * The detection list ("detectielijst") as versioned, JSON-serialisable data.
 *
 * A rule set has an optional gate (the funnel's first step, e.g. "more than 10 absence codes"), factors (risk or
 * protective), tiers that combine the factors (aandacht, alarm), and legal signals that are reported apart from the
 * score (e.g. 5 problematic half-days in primary school: the CLB must be involved).
 */
import type { Level } from '@/features/detection/engine/types'

export const RULE_FORMAT = 'vroegdetectie-regels'
export const RULE_FORMAT_VERSION = 1

/** Operator names as written in the JSON. See operators.ts. */
export type OperatorName = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'neq' | 'between' | 'in' | 'is'

/** A threshold: a number, a yes/no, a text, a [low, high] range, or a list. */
export type Threshold = number | boolean | string | [number, number] | (string | number)[]

/** A time window for absence counts; needs dated absences. Dates are ISO (YYYY-MM-DD). */
export interface TimeWindow {
  from?: string
  to?: string
  /** The last n days up to `to` (default: the last recorded absence). */
  lastDays?: number
}

export interface Condition {
  /** A template field, a derived field (afwezig_totaal, afwezig_pct) or an extra column. A list means their sum. */
  field: string | string[]
  op: OperatorName
  value: Threshold
  /** Per-grade thresholds, by grade key ("5", "6"); grades not listed use `value`. */
  byGrade?: Record<string, Threshold>
  window?: TimeWindow
}

export interface Factor extends Condition {
  id: string
  label: string
  kind: 'risk' | 'protective'
  /** Weight in the score; protective factors subtract it. Default 1. */
  weight?: number
  /** Why this factor, and how sure we are (shown with the rule). */
  note?: string
  source?: string
}

export interface Gate extends Condition {
  id: string
  label: string
}

/** How factors combine into a tier. */
export type Expression =
  | { factor: string }
  | { all: Expression[] }
  | { any: Expression[] }
  | { not: Expression }
  /** At least k of these factors fired: all risk factors, all protective ones, or the listed ids (unweighted). */
  | { atLeast: number; of: 'risk' | 'protective' | string[] }
  /** The weighted score (risk weights minus protective weights) compared to a number. */
  | { score: { op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq'; value: number } }

export interface Tier {
  /** "aandacht" or "alarm" (or another id); later tiers rank higher. */
  id: string
  label: string
  when: Expression
}

export interface LegalSignal extends Condition {
  id: string
  label: string
  /** Only for pupils at this level (from the `onderwijsniveau` column, else the rule set's `level`). */
  level?: Level
  source: string
}

export interface RuleSet {
  format: typeof RULE_FORMAT
  formatVersion: typeof RULE_FORMAT_VERSION
  id: string
  /** Version of this detection list (e.g. "1.0.0"); change it with every edit that changes who is flagged. */
  version: string
  name: string
  description?: string
  /** Where the rule comes from: a study, a workshop, a school's own list. */
  source: string
  /** Caveats: what is assumed, what is unsure. */
  notes?: string[]
  /** Level of the pupils when the file has no `onderwijsniveau` column. */
  level?: Level
  gate?: Gate
  /** Factor whose threshold the cut-off table varies when there is no gate (default: the first numeric risk factor). */
  mainFactor?: string
  factors: Factor[]
  tiers: Tier[]
  legalSignals?: LegalSignal[]
  /**
   * Dutch phrases for the workshop-style funnel text: `gate` after "314 leerlingen" ("hebben meer dan 10 codes"),
   * `gateGroup` after "lln" ("met meer dan 10 codes"), `flagged` for the last step ("scoren op 2 of meer risicofactoren").
   */
  phrases?: { gate?: string; gateGroup?: string; flagged?: string }
}
