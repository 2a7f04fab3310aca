/** Dutch text for people: percentages, the workshop-style funnel, the command line's summary. */
import type { Report } from './report'
import { describeCondition } from './rules/describe'
import type { RuleSet } from './rules/types'
import type { Problem } from './types'

/** "23,6%", "36%" (a trailing ",0" is dropped, as the workshop wrote it), "–" when there is no base. */
export function formatPercent(value: number | null): string {
  if (value === null) return '–'
  return `${value.toFixed(1).replace(/\.0$/, '').replace('.', ',')}%`
}

/** "5e leerjaar" for a numeric grade key, the key itself otherwise. */
export function gradeLabel(grade: string): string {
  return /^\d+$/.test(grade) ? `${grade}e leerjaar` : grade
}

/** The funnel in the workshop's own wording (seed 003), total first, then per grade. */
export function formatFunnel(report: Report, rules: RuleSet): string[] {
  const { total, byGrade } = report.funnel
  const grades = Object.keys(byGrade)
  const gate = rules.gate
  const phrases = rules.phrases ?? {}
  const flaggedPhrase = phrases.flagged ?? 'worden gesignaleerd'
  const lines = [`Totaal ${total.pupils} leerlingen`]
  for (const g of grades) lines.push(`${byGrade[g]!.pupils} lln: ${gradeLabel(g)}`)
  if (gate) {
    const gatePhrase = phrases.gate ?? `voldoen aan: ${describeCondition(gate)}`
    const group = phrases.gateGroup ?? 'boven de drempel'
    lines.push(`${total.overCodeThreshold} leerlingen ${gatePhrase} (${formatPercent(total.percentOverThreshold)})`)
    for (const g of grades) lines.push(`${byGrade[g]!.overCodeThreshold} lln: ${gradeLabel(g)} (${formatPercent(byGrade[g]!.percentOverThreshold)})`)
    lines.push(
      `${total.flagged} lln ${group} ${flaggedPhrase}, dit is ${formatPercent(total.percentFlagged)} van het totaal aantal lln ` +
        `en ${formatPercent(total.percentFlaggedOfOver)} van de lln ${group}`,
    )
    for (const g of grades) {
      const row = byGrade[g]!
      lines.push(`${row.flagged} lln: ${gradeLabel(g)} (${formatPercent(row.percentFlagged)}, respectievelijk ${formatPercent(row.percentFlaggedOfOver)})`)
    }
  } else {
    lines.push(`${total.flagged} lln ${flaggedPhrase} (${formatPercent(total.percentFlagged)})`)
    for (const g of grades) lines.push(`${byGrade[g]!.flagged} lln: ${gradeLabel(g)} (${formatPercent(byGrade[g]!.percentFlagged)})`)
  }
  return lines
}

function ratioText(value: number | null): string {
  return value === null ? '–' : formatPercent(Math.round(value * 1000) / 10)
}

/** Everything the command line prints without --json. */
export function formatSummary(report: Report, rules: RuleSet, problems: Problem[]): string {
  const out: string[] = []
  out.push(`Detectielijst: ${rules.name} (${rules.id}, versie ${rules.version})`)
  out.push('')
  out.push(...formatFunnel(report, rules))
  out.push('')
  out.push(`Gesignaleerd: ${report.funnel.total.flagged} leerlingen. Een signaal vraagt om te kijken; het is geen oordeel.`)
  for (const tier of rules.tiers) out.push(`  ${tier.label}: ${report.byTier[tier.id] ?? 0}`)
  for (const signal of rules.legalSignals ?? []) {
    out.push(`Wettelijk signaal – ${signal.label}: ${report.legalSignals[signal.id] ?? 0} leerlingen`)
  }
  if (report.cutoffs) {
    const c = report.cutoffs
    out.push('')
    out.push(`Afkappunten voor "${c.condition.label}" (${c.condition.field}):`)
    out.push('  drempel  boven drempel  gesignaleerd')
    for (const row of c.rows) {
      const mark = row.threshold === c.current ? ' ← huidige' : ''
      out.push(`  ${String(row.threshold).padStart(7)}  ${String(row.overThreshold).padStart(13)}  ${String(row.flagged).padStart(12)}${mark}`)
    }
  }
  if (report.confusion) {
    const m = report.confusion
    out.push('')
    out.push(`Toetsing aan de uitkomst (${m.withOutcome} leerlingen met een gekende uitkomst):`)
    out.push(`  terecht gesignaleerd ${m.truePositives}, onterecht gesignaleerd ${m.falsePositives}, gemist ${m.falseNegatives}, terecht niet gesignaleerd ${m.trueNegatives}`)
    out.push(`  sensitiviteit ${ratioText(m.sensitivity)}, specificiteit ${ratioText(m.specificity)}, precisie ${ratioText(m.precision)}, basisvoorkomen ${ratioText(m.prevalence)}`)
  }
  for (const g of report.groups) {
    if (g.rows.length < 2) continue
    out.push('')
    out.push(`Signalen per ${g.field} (gemiddeld ${formatPercent(g.overall)}):`)
    for (const row of g.rows) out.push(`  ${row.group}: ${row.flagged} van ${row.pupils} (${formatPercent(row.rate)})`)
  }
  if (problems.length > 0) {
    const prefix = { fatal: 'fout', error: 'rij niet meegeteld', warning: 'let op', info: 'info' } as const
    out.push('')
    out.push(`Meldingen (${problems.length}):`)
    for (const p of problems.slice(0, 20)) out.push(`  - ${prefix[p.level]}: ${p.message}`)
    if (problems.length > 20) out.push(`  … en nog ${problems.length - 20}.`)
  }
  return out.join('\n')
}
