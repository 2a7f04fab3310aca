/** Checks a valid rule set against a dataset: which fields are missing, which windows cannot be applied. */
import type { Dataset, Problem } from '@/features/detection/engine/types'
import type { RuleSet } from './types'
import { fieldsUsed } from './validate'

/**
 * Problems of applying these rules to this dataset. A missing gate field is fatal (the funnel has no first step);
 * a missing factor field is a warning (that factor never fires); a missing legal-signal field is a warning.
 */
export function checkRulesAgainstDataset(rules: RuleSet, dataset: Dataset): Problem[] {
  const problems: Problem[] = []
  const available = new Set(dataset.fields)
  const reported = new Set<string>()
  for (const { field, use, id } of fieldsUsed(rules)) {
    if (available.has(field) || reported.has(`${use}:${id}:${field}`)) continue
    reported.add(`${use}:${id}:${field}`)
    if (use === 'gate') {
      problems.push({
        level: 'fatal',
        code: 'gate-field-missing',
        column: field,
        message: `De detectielijst begint bij "${field}", maar die kolom staat niet in het bestand. Voeg afwezigheden toe of kies een andere detectielijst.`,
      })
    } else if (use === 'factor') {
      problems.push({
        level: 'warning',
        code: 'factor-field-missing',
        column: field,
        message: `Factor "${id}" gebruikt kolom "${field}", die niet in het bestand staat; die factor telt bij niemand mee.`,
      })
    } else {
      problems.push({
        level: 'warning',
        code: 'legal-field-missing',
        column: field,
        message: `Het wettelijk signaal "${id}" gebruikt kolom "${field}", die niet in het bestand staat.`,
      })
    }
  }
  const windowed = [...(rules.gate ? [rules.gate] : []), ...rules.factors].filter((c) => c.window)
  if (windowed.length > 0 && !dataset.hasDatedAbsences) {
    problems.push({
      level: 'warning',
      code: 'window-without-dates',
      message: `Een tijdvenster vraagt afwezigheden met datum; dit bestand heeft enkel totalen. Dit geldt voor: ${windowed.map((c) => c.id).join(', ')}.`,
    })
  }
  if ((rules.legalSignals ?? []).some((s) => s.level) && !rules.level && !dataset.fields.includes('onderwijsniveau')) {
    const anyLevel = dataset.pupils.some((p) => p.niveau !== null)
    if (!anyLevel) {
      problems.push({
        level: 'info',
        code: 'level-unknown',
        message: 'Het onderwijsniveau is onbekend (geen kolom "onderwijsniveau"), dus wettelijke signalen per niveau werden niet nagegaan.',
      })
    }
  }
  return problems
}
