/**
 * The signal list as CSV, for the school's own use. It holds pseudonyms and row numbers in the school's own file, no
 * names and no pupil numbers; the pseudonym key stays in the browser (and in an encrypted save, if the user makes
 * one). The figures export is the engine's `figuresCsv` (small counts suppressed); both use the engine's `csvCell`,
 * which defuses cells a spreadsheet would run as a formula (class names come from the user's file).
 */
import { csvCell } from '@/features/detection/engine/export'
import { OPERATORS, formatThreshold } from '@/features/detection/engine/rules/operators'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import type { ListedPupil } from '@/features/detection/engine/session'
import type { Problem } from '@/features/detection/engine/types'
import { formatValue, reasonText, tierLabel } from '@/features/detection/texts'

export const FLAGGED_CSV_COLUMNS = [
  'pseudoniem',
  'rij_in_bestand',
  'school',
  'klas',
  'leerjaar',
  'signaal',
  'niveau',
  'score',
  'aantal_risicofactoren',
  'redenen',
  'wettelijke_signalen',
  'niet_na_te_gaan',
] as const

/** The listed pupils (signal or legal signal) as CSV with a BOM, so Excel shows the accents. */
export function flaggedCsv(listed: readonly ListedPupil[], rules: RuleSet, delimiter: ';' | ',' = ';'): string {
  const labels = new Map(rules.factors.map((f) => [f.id, f.label]))
  if (rules.gate) labels.set(rules.gate.id, rules.gate.label)
  const lines = [FLAGGED_CSV_COLUMNS.join(delimiter)]
  for (const p of listed) {
    const cells: (string | number)[] = [
      p.id,
      p.row,
      p.school,
      p.klas,
      p.leerjaar,
      p.flagged ? 'ja' : 'nee',
      p.flagged ? tierLabel(rules, p.tier) : '',
      p.score,
      p.riskCount,
      p.reasons.map(reasonText).join(' | '),
      p.legalSignals.map((s) => `${s.label}: ${formatValue(s.value)} (${OPERATORS[s.op].label} ${formatThreshold(s.threshold)})`).join(' | '),
      p.unknown.map((id) => labels.get(id) ?? id).join(' | '),
    ]
    lines.push(cells.map((c) => csvCell(c, delimiter)).join(delimiter))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** Messages about the file as CSV (rij;kolom;melding), every one of them: the page lists only the first 200. */
export function problemsCsv(problems: readonly Problem[], delimiter: ';' | ',' = ';'): string {
  const lines = [['rij', 'kolom', 'melding'].join(delimiter)]
  for (const p of problems) lines.push([p.row ?? '', p.column ?? '', p.message].map((c) => csvCell(c, delimiter)).join(delimiter))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** A file name with today's date: "signaallijst-2026-03-12.csv". */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`
}
