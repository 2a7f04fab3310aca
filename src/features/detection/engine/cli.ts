/**
 * Command line on the same engine as the page:
 *
 *   npm run detect -- <file.csv|file.xlsx> [--rules <file|preset>] [--json] [--absences <file>] [--sheet <name|n>]
 *                     [--mapping <informat|smartschool>] [--key <hex>] [--list]
 *
 * Prints the funnel per grade and the flagged count (or JSON with --json). Exit code 0 when the file was analysed,
 * 2 on bad input (unreadable file, missing columns, unknown preset, invalid rules), 1 on an unexpected error.
 * This is the only module of the engine that does I/O.
 */
import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

import { attachAbsences, importAbsenceRecords } from './absences'
import { formatSummary } from './format'
import { importTable } from './importer'
import { suggestMapping } from './mapping'
import { readTable } from './parse'
import { analyse } from './pipeline'
import { generateKey } from './pseudonymise'
import { DEFAULT_PRESET, RULE_PRESETS, getRulePreset } from './rules/presets'
import type { RuleSet } from './rules/types'
import { parseRuleSet } from './rules/validate'
import type { Problem } from './types'

const USAGE = `Gebruik: npm run detect -- <bestand.csv|bestand.xlsx> [opties]

Opties:
  --rules <voorkeuze|bestand.json>  detectielijst: ${Object.keys(RULE_PRESETS).join(', ')} (standaard: ${DEFAULT_PRESET}) of een JSON-bestand
  --json                            uitvoer als JSON
  --absences <bestand>              afwezigheden met datum (leerling_id, datum, code, halve_dagen)
  --sheet <naam|nummer>             tabblad van een Excel-bestand
  --mapping <informat|smartschool>  kolomkoppeling volgens een voorkeuze
  --key <sleutel>                   sleutel voor de pseudoniemen (standaard: elke keer een nieuwe)
  --list                            toon ook de gesignaleerde leerlingen (pseudoniem, rij, klas, redenen)`

class InputError extends Error {}
class HelpRequested extends Error {}

interface Args {
  file: string
  rules: string
  json: boolean
  list: boolean
  absences?: string
  sheet?: string | number
  mapping?: string
  key?: string
}

function parseArgs(argv: string[]): Args {
  const files: string[] = []
  const args: Partial<Args> = { json: false, list: false, rules: DEFAULT_PRESET }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = () => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new InputError(`Optie ${a} verwacht een waarde.`)
      return v
    }
    if (a === '--json') args.json = true
    else if (a === '--list') args.list = true
    else if (a === '--rules') args.rules = value()
    else if (a === '--absences') args.absences = value()
    else if (a === '--sheet') {
      const v = value()
      args.sheet = /^\d+$/.test(v) ? Number(v) : v
    } else if (a === '--mapping') args.mapping = value()
    else if (a === '--key') args.key = value()
    else if (a === '--help' || a === '-h') throw new HelpRequested(USAGE)
    else if (a.startsWith('--')) throw new InputError(`Onbekende optie ${a}.\n\n${USAGE}`)
    else files.push(a)
  }
  if (files.length !== 1) throw new InputError(files.length === 0 ? `Geef een bestand op.\n\n${USAGE}` : 'Geef één bestand op.')
  return { ...(args as Args), file: files[0]! }
}

function readBytes(path: string): Uint8Array {
  if (!existsSync(path)) throw new InputError(`Het bestand "${path}" bestaat niet.`)
  try {
    return new Uint8Array(readFileSync(path))
  } catch {
    throw new InputError(`Het bestand "${path}" kan niet gelezen worden.`)
  }
}

function loadRules(spec: string): RuleSet {
  const preset = getRulePreset(spec)
  if (preset) return preset
  if (!existsSync(spec)) {
    throw new InputError(
      `Onbekende detectielijst "${spec}": geen voorkeuze (${Object.keys(RULE_PRESETS).join(', ')}) en geen bestand.`,
    )
  }
  const parsed = parseRuleSet(new TextDecoder().decode(readBytes(spec)))
  if (!parsed.ok) throw new InputError(`De detectielijst "${spec}" is ongeldig:\n${parsed.problems.map((p) => `  - ${p.message}`).join('\n')}`)
  return parsed.rules
}

/** The fatal messages, and the first row messages when those explain them ("no row could be read"). */
function fatalMessage(problems: Problem[]): string {
  const fatal = problems.filter((p) => p.level === 'fatal')
  const rows = problems.filter((p) => p.level === 'error')
  const lines = (fatal.length > 0 ? fatal : problems).map((p) => p.message)
  for (const p of rows.slice(0, 10)) lines.push(`  - ${p.message}`)
  if (rows.length > 10) lines.push(`  … en nog ${rows.length - 10}.`)
  return lines.join('\n')
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const args = parseArgs(argv)
    const rules = loadRules(args.rules)
    const key = args.key ?? generateKey()
    if (args.mapping && !['informat', 'smartschool'].includes(args.mapping)) {
      throw new InputError(`Onbekende kolomkoppeling "${args.mapping}" (gebruik informat of smartschool).`)
    }

    const read = await readTable(readBytes(args.file), { fileName: args.file, ...(args.sheet !== undefined ? { sheet: args.sheet } : {}) })
    const problems: Problem[] = [...read.problems]
    if (!read.ok || !read.table) throw new InputError(fatalMessage(problems))
    const mapping = args.mapping ? suggestMapping(read.table.headers, args.mapping).mapping : undefined
    const imported = importTable(read.table, { key, ...(mapping ? { mapping } : {}) })
    problems.push(...imported.problems)
    if (!imported.ok) throw new InputError(fatalMessage(problems))
    let dataset = imported.dataset

    if (args.absences) {
      const recordsRead = await readTable(readBytes(args.absences), { fileName: args.absences })
      problems.push(...recordsRead.problems)
      if (!recordsRead.ok || !recordsRead.table) throw new InputError(fatalMessage(recordsRead.problems))
      const records = importAbsenceRecords(recordsRead.table, { key })
      problems.push(...records.problems)
      if (!records.ok) throw new InputError(fatalMessage(records.problems))
      const attached = attachAbsences(dataset, records)
      problems.push(...attached.problems)
      dataset = attached.dataset
    }

    const { scored, report } = analyse(dataset, rules)
    problems.push(...scored.problems)
    if (!scored.ok || !report) throw new InputError(fatalMessage(scored.problems))

    if (args.json) {
      const { total, byGrade } = report.funnel
      const json = {
        pupils: total.pupils,
        overCodeThreshold: total.overCodeThreshold,
        flagged: total.flagged,
        percentOverThreshold: total.percentOverThreshold,
        percentFlagged: total.percentFlagged,
        percentFlaggedOfOver: total.percentFlaggedOfOver,
        byGrade,
        byTier: report.byTier,
        legalSignals: report.legalSignals,
        rules: report.rules,
        input: {
          ...dataset.source,
          rowsRead: imported.rowsRead,
          rejectedRows: imported.rejectedRows,
          droppedColumns: dataset.droppedColumns,
        },
        cutoffs: report.cutoffs,
        confusion: report.confusion,
        groups: report.groups,
        problems,
        ...(args.list ? { flaggedPupils: scored.pupils.filter((p) => p.flagged) } : {}),
      }
      out(JSON.stringify(json, null, 2))
    } else {
      out(formatSummary(report, rules, problems))
      if (args.list) {
        out('')
        out('Gesignaleerde leerlingen (pseudoniem; enkel met dezelfde sleutel terug te vinden):')
        for (const p of scored.pupils.filter((x) => x.flagged)) {
          const why = p.reasons.map((r) => `${r.label} (${String(r.value)})`).join('; ')
          out(`  rij ${p.row}, klas ${p.klas || '?'}, ${p.id} – ${p.tier}: ${why}`)
        }
      }
    }
    return 0
  } catch (e) {
    if (e instanceof HelpRequested) {
      out(e.message)
      return 0
    }
    if (e instanceof InputError) {
      err(e.message)
      return 2
    }
    err(`Onverwachte fout: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then((code) => {
    process.exitCode = code
  })
}
