/** Dutch words for the page: field names, values, reasons, counts. Pure functions, shared by the views and exports. */
import { ABSENCE_PERCENT_FIELD, LATE_FIELD, TOTAL_ABSENCE_FIELD } from './engine/codes'
import { formatPercent } from './engine/format'
import { OPERATORS, formatThreshold } from './engine/rules/operators'
import type { RuleSet } from './engine/rules/types'
import type { Reason } from './engine/score'
import type { ProgressUpdate } from './engine/session'
import { templateColumn } from './engine/template'
import type { FieldValue, Problem } from './engine/types'
import { fileSize as sharedFileSize } from '@/shared/format'

const DERIVED_LABELS: Record<string, string> = {
  [TOTAL_ABSENCE_FIELD]: 'Alle afwezigheidscodes samen (halve dagen)',
  [ABSENCE_PERCENT_FIELD]: 'Afwezig in % van de halve dagen',
  [LATE_FIELD]: 'Te laat (oude code L)',
}

/** A short Dutch description of a field for selects and tables: its template description, or the column name. */
export function fieldDescription(field: string): string {
  if (DERIVED_LABELS[field]) return DERIVED_LABELS[field]
  const column = templateColumn(field)
  return column ? column.description.replace(/\.$/, '') : `Eigen kolom "${field}"`
}

const numberFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 })

/** 1332 → "1.332", 12.5 → "12,5". */
export function formatNumber(n: number): string {
  return numberFormat.format(n)
}

/** A cell value as the page shows it. */
export function formatValue(value: FieldValue): string {
  if (value === null) return 'leeg'
  if (typeof value === 'boolean') return value ? 'ja' : 'nee'
  if (typeof value === 'number') return formatNumber(value)
  return value
}

/** "Minstens 5 problematische halve dagen (B): 7 (drempel: minstens 5)". */
export function reasonText(reason: Reason): string {
  return `${reason.label}: ${formatValue(reason.value)} (drempel: ${OPERATORS[reason.op].label} ${formatThreshold(reason.threshold)})`
}

const SYMBOLS: Partial<Record<Reason['op'], string>> = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=', neq: '≠' }

/** The value and threshold of a reason in a few characters: "7 (≥ 5)"; nothing for a yes/no that is simply "ja". */
export function reasonValue(reason: Reason): string {
  if (reason.op === 'is') return reason.threshold === true ? '' : formatValue(reason.value)
  const symbol = SYMBOLS[reason.op]
  const threshold = symbol ? `${symbol} ${formatThreshold(reason.threshold)}` : `${OPERATORS[reason.op].label} ${formatThreshold(reason.threshold)}`
  return `${formatValue(reason.value)} (${threshold})`
}

/** Sources of the presets point to the project's fact file; on the page only the public source counts. */
export function publicSource(text: string): string {
  return text
    .replace(/\s*\(zie FACTS\.md[^)]*\)/g, '')
    .replace(/;\s*zie FACTS\.md[^)]*(?=\))/g, '')
    .replace(/\s*Zie FACTS\.md, "[^"]*"\.?/g, '')
    .trim()
}

/** The tier's label up to its colon: "Aandacht: 2 of meer risicofactoren" → "Aandacht". */
export function shortTierLabel(rules: Pick<RuleSet, 'tiers'> | null, tier: string | null): string {
  return tierLabel(rules, tier).split(':')[0]!.trim()
}

export function tierLabel(rules: Pick<RuleSet, 'tiers'> | null, tier: string | null): string {
  if (tier === null) return 'geen signaal'
  return rules?.tiers.find((t) => t.id === tier)?.label ?? tier
}

/** A ratio 0..1 as a Dutch percentage, "–" when unknown (the engine's `formatPercent`, as in the exports). */
export function formatRatio(value: number | null): string {
  return formatPercent(value === null ? null : Math.round(value * 1000) / 10)
}

/** A percentage already in 0..100, one decimal: "8,5%", "36%". */
export const formatPct = formatPercent

/** "1 leerling", "3 leerlingen". */
export function pupils(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'leerling' : 'leerlingen'}`
}

/** A file's size as the whole site writes it (src/shared/format.ts). */
export const fileSize = (bytes: number): string => sharedFileSize(bytes) ?? ''

export const PROBLEM_LEVEL_LABELS: Record<Problem['level'], string> = {
  fatal: 'Kan niet verder',
  error: 'Rij niet meegeteld',
  warning: 'Let op',
  info: 'Ter info',
}

/** The worker's stages, as the progress bar and the live region name them. */
export const STAGE_LABELS: Record<ProgressUpdate['stage'], string> = {
  voorbeeld: 'Voorbeeldbestand maken',
  laden: 'Bestand laden',
  ontleden: 'Bestand lezen en namen weglaten',
  inlezen: 'Leerlingen inlezen en pseudonimiseren',
  berekenen: 'Detectielijst toepassen',
}
