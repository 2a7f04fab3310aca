/**
 * The early-detection tool's state and how each event changes it: a reducer for React's `useReducer`
 * (DetectionTool.tsx). It is pure: no React, no DOM, no storage, no clock and no random source (keys and times come in
 * with the actions), so every transition is unit-tested in Node (state.test.ts). What the polite live region says is
 * state too, so the announcements are set here, beside the change they announce.
 *
 * Why a reducer and not a state machine: the tool is not one sequence of steps. The file and its mapping, the
 * detection list, the analysis, the saved work and the print view change independently (a list can be edited before
 * any file is read; saved results open without one), so a machine would need a parallel region for each and still
 * keep the data beside them. A reducer states each event's effect on all of them in one place, without a library.
 * The component keeps what is not state: the worker and its tickets, storage, focus and timers.
 *
 * Derived values (the live results, what step 4 shows and whether it is stale, the change since the previous count,
 * the step navigation, what a save holds) are computed by the functions at the end, never stored.
 */
import type { ColumnMapping } from '@/features/detection/engine/mapping'
import { isProtectedAttribute } from '@/features/detection/engine/personal-data'
import { OPERATORS } from '@/features/detection/engine/rules/operators'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import type { AnalysisSummary, ImportSummary, ProgressUpdate, ReadSummary } from '@/features/detection/engine/session'
import type { Problem } from '@/features/detection/engine/types'
import type { ChosenMapping, RememberedMapping } from '@/features/detection/browser/mapping-memory'
import { markEdited, withThreshold } from '@/features/detection/browser/rule-edit'
import { SAVED_WORK_FORMAT, type ResultData, type SavedWork } from '@/features/detection/browser/saved-work'
import type { VaultEnvelope } from '@/features/detection/browser/vault'
import { changeText } from './figures'
import { presetRules, type PresetChoice } from '@/features/detection/presets'
import { formatNumber, formatPct, pupils, STAGE_LABELS } from '@/features/detection/texts'

/** Where the mapping on screen comes from (step 2 says so). */
export type MappingSource = 'remembered' | 'suggested' | 'edited'

/** Which print view the page prints: the figures (also from the browser's menu) or the signal list. */
export type PrintMode = 'cijfers' | 'lijst'

/**
 * The two steps that sit one step away from the results, folded: the column mapping and the detection list. Whether
 * each is open is state, so it survives a recalculation and another file: the person stays where they were.
 */
export type Panel = 'mapping' | 'rules'

/** An analysis as the worker returned it, with the list it was made with. */
export interface Analysis {
  summary: AnalysisSummary
  rules: RuleSet
  /** The count of pupils with a signal before this analysis: what its change is measured against. */
  flaggedBefore: number | null
}

/** Results opened from a save. */
export interface Restored {
  data: ResultData
  savedAt: string
  fileName: string | null
}

export interface DetectionState {
  /** False during the server render and hydration: the tool needs the browser. */
  mounted: boolean
  /** The pseudonym key (hex); '' until mounted. */
  key: string
  busy: boolean
  progress: ProgressUpdate | null
  toolError: string | null
  /** The text of the polite live region. */
  announcement: string

  read: ReadSummary | null
  mapping: ColumnMapping | null
  mappingSource: MappingSource
  /** Opt-in, as the page and the privacy statement promise. */
  rememberOn: boolean
  remembered: RememberedMapping[]
  imported: ImportSummary | null
  importedMapping: ColumnMapping | null

  choice: PresetChoice
  /** The list as chosen or opened, before edits (edited labels are marked against it). */
  base: RuleSet
  rules: RuleSet
  ruleProblems: Problem[]
  analysis: Analysis | null
  analysing: boolean
  /** The list as edited cannot be applied: results shown are those of the last valid list. */
  listInvalid: boolean
  /** The count of pupils with a signal in the last applied analysis, for the next change. */
  lastFlagged: number | null

  restored: Restored | null
  stored: VaultEnvelope | null
  printMode: PrintMode
  /** Which of the folded steps are open (see Panel). */
  open: Record<Panel, boolean>
}

export type DetectionAction =
  /** The page runs in the browser: a fresh key and the mappings remembered in this browser. */
  | { type: 'mounted'; key: string; remembered: RememberedMapping[] }
  /** The work saved in this browser, looked up once when the page opens. */
  | { type: 'storedFound'; envelope: VaultEnvelope | null }
  /** A worker task starts, fails (the worker crashed or refused), ends either way. */
  | { type: 'taskStarted' }
  | { type: 'taskFailed'; message: string }
  | { type: 'taskEnded' }
  | { type: 'progressed'; update: ProgressUpdate }
  /** Another file is read: its predecessor's pupils and results are forgotten. */
  | { type: 'dataReset' }
  /** `chosen` is the mapping to start from; null when the file could not be read. */
  | { type: 'fileRead'; summary: ReadSummary; chosen: ChosenMapping | null }
  /** "Alles wissen": the file, the results and the key are forgotten; `key` is the new one. */
  | { type: 'cleared'; key: string }
  | { type: 'importStarted' }
  | { type: 'imported'; result: ImportSummary; mapping: ColumnMapping }
  | { type: 'mappingEdited'; mapping: ColumnMapping; source: MappingSource }
  /** `list`: the remembered mappings as just written, when ticking it remembered the mapping in use. */
  | { type: 'rememberToggled'; on: boolean; list: RememberedMapping[] | null }
  /** The remembered mappings as just written after an import. */
  | { type: 'remembered'; list: RememberedMapping[] }
  | { type: 'forgotten' }
  | { type: 'presetChosen'; choice: PresetChoice }
  | { type: 'rulesEdited'; rules: RuleSet }
  | { type: 'ownListApplied'; rules: RuleSet }
  /** "Gebruik" in the cut-off table: the threshold of the condition the table varies. */
  | { type: 'thresholdUsed'; threshold: number }
  /** The list as edited does not validate; a pending recalculation is dropped. */
  | { type: 'listInvalid'; problems: Problem[] }
  | { type: 'analysisStarted' }
  | { type: 'analysed'; summary: AnalysisSummary; rules: RuleSet }
  | { type: 'analysisFailed'; message: string }
  /** A save was opened; `now` is when (the time its mapping is remembered at). */
  | { type: 'workOpened'; work: SavedWork; savedAt: string; now: string }
  | { type: 'saved'; where: 'browser' | 'file'; envelope: VaultEnvelope }
  | { type: 'deleted' }
  | { type: 'printModeChosen'; mode: PrintMode }
  /** Says something in the live region without another change. */
  | { type: 'announced'; text: string }
  /** The person opened or closed a folded step (its button, or a link to it). */
  | { type: 'panelToggled'; panel: Panel; open: boolean }

export function initialState(): DetectionState {
  const base = presetRules('workshop')
  return {
    mounted: false,
    key: '',
    busy: false,
    progress: null,
    toolError: null,
    announcement: '',
    read: null,
    mapping: null,
    mappingSource: 'suggested',
    rememberOn: false,
    remembered: [],
    imported: null,
    importedMapping: null,
    choice: 'workshop',
    base,
    rules: base,
    ruleProblems: [],
    analysis: null,
    analysing: false,
    listInvalid: false,
    lastFlagged: null,
    restored: null,
    stored: null,
    printMode: 'cijfers',
    open: { mapping: false, rules: false },
  }
}

const fatalMessage = (problems: readonly Problem[]) => problems.find((p) => p.level === 'fatal')?.message ?? ''

/** What a new file (or "Alles wissen") forgets: the pupils read, the results and the saved results shown. */
function withoutData(state: DetectionState): DetectionState {
  return {
    ...state,
    read: null,
    imported: null,
    importedMapping: null,
    analysis: null,
    analysing: false,
    listInvalid: false,
    restored: null,
    lastFlagged: null,
  }
}

export function detectionReducer(state: DetectionState, action: DetectionAction): DetectionState {
  switch (action.type) {
    case 'mounted':
      return { ...state, mounted: true, key: action.key, remembered: action.remembered }
    case 'storedFound':
      return { ...state, stored: action.envelope }

    case 'taskStarted':
      return { ...state, busy: true, toolError: null }
    case 'taskFailed':
      return { ...state, toolError: action.message, announcement: action.message }
    case 'taskEnded':
      return { ...state, busy: false, progress: null }
    case 'progressed':
      // Each stage is announced once, not every byte count.
      return {
        ...state,
        progress: action.update,
        announcement: state.progress?.stage !== action.update.stage ? `${STAGE_LABELS[action.update.stage]}…` : state.announcement,
      }

    case 'dataReset':
      return withoutData(state)
    case 'fileRead': {
      const { summary, chosen } = action
      if (!chosen) {
        return { ...state, read: summary, mapping: null, announcement: `Het bestand kon niet gelezen worden. ${fatalMessage(summary.problems)}` }
      }
      const next = { ...state, read: summary, mapping: chosen.mapping, mappingSource: chosen.source }
      // With nothing required missing the component imports at once, and that announces.
      if (chosen.missingRequired.length === 0) return next
      return {
        ...next,
        // The person has to act there before there are results.
        open: { ...state.open, mapping: true },
        announcement: `Bestand gelezen: ${formatNumber(summary.rowCount)} rijen. Koppel nog ${chosen.missingRequired.map((f) => `"${f}"`).join(' en ')} aan een kolom.`,
      }
    }
    case 'cleared':
      return {
        ...withoutData(state),
        mapping: null,
        key: action.key,
        announcement: 'Alles is gewist van deze pagina. Er werd een nieuwe sleutel voor de pseudoniemen gemaakt.',
      }

    case 'importStarted':
      return { ...state, analysis: null, lastFlagged: null }
    case 'imported': {
      const { result } = action
      const next = { ...state, imported: result, importedMapping: action.mapping }
      if (!result.ok) return { ...next, open: { ...state.open, mapping: true }, announcement: `Het inlezen lukte niet. ${fatalMessage(result.problems)}` }
      const rejected = result.rejectedRows.length
      return {
        ...next,
        restored: null,
        announcement: `${pupils(result.pupils)} ingelezen${rejected > 0 ? `; ${formatNumber(rejected)} ${rejected === 1 ? 'rij telt' : 'rijen tellen'} niet mee` : ''}. De detectielijst wordt toegepast.`,
      }
    }
    case 'mappingEdited':
      return { ...state, mapping: action.mapping, mappingSource: action.source }
    case 'rememberToggled':
      if (!action.list) return { ...state, rememberOn: action.on }
      return { ...state, rememberOn: action.on, remembered: action.list, announcement: 'De koppeling wordt onthouden in deze browser.' }
    case 'remembered':
      return { ...state, remembered: action.list }
    case 'forgotten':
      return { ...state, remembered: [], announcement: 'De onthouden koppelingen zijn vergeten.' }

    case 'presetChosen': {
      if (action.choice === 'eigen') return state
      const rules = presetRules(action.choice)
      return { ...state, choice: action.choice, base: rules, rules }
    }
    case 'rulesEdited':
      return { ...state, rules: markEdited(action.rules, state.base) }
    case 'ownListApplied':
      return {
        ...state,
        choice: 'eigen',
        base: action.rules,
        rules: action.rules,
        announcement: `Eigen detectielijst "${action.rules.name}" toegepast.`,
      }
    case 'thresholdUsed': {
      const condition = state.analysis?.summary.report?.cutoffs?.condition
      if (!condition?.id) return state
      const { rules } = state
      const edited =
        rules.gate?.id === condition.id
          ? { ...rules, gate: withThreshold(rules.gate, action.threshold) }
          : { ...rules, factors: rules.factors.map((f) => (f.id === condition.id ? withThreshold(f, action.threshold) : f)) }
      return {
        ...state,
        rules: markEdited(edited, state.base),
        announcement: `Drempel gewijzigd naar ${condition.op ? OPERATORS[condition.op].label : ''} ${formatNumber(action.threshold)}; de resultaten worden herberekend.`,
      }
    }

    case 'listInvalid':
      // The problems are listed in the editor: open it.
      return { ...state, analysing: false, ruleProblems: action.problems, listInvalid: true, open: { ...state.open, rules: true } }
    case 'analysisStarted':
      return { ...state, ruleProblems: [], listInvalid: false, analysing: true }
    case 'analysed': {
      const { summary } = action
      const analysis: Analysis = { summary, rules: action.rules, flaggedBefore: state.lastFlagged }
      if (!summary.ok || !summary.report) {
        return {
          ...state,
          analysis,
          analysing: false,
          listInvalid: true,
          ruleProblems: summary.problems,
          announcement: `De detectielijst kan niet toegepast worden. ${fatalMessage(summary.problems)}`,
        }
      }
      const total = summary.report.funnel.total
      const change = changeText(total.flagged, state.lastFlagged)
      return {
        ...state,
        analysis,
        analysing: false,
        listInvalid: false,
        ruleProblems: summary.problems.filter((p) => p.level !== 'info'),
        lastFlagged: total.flagged,
        announcement: `${formatNumber(total.flagged)} van de ${pupils(total.pupils)} krijgen een signaal (${formatPct(total.percentFlagged)})${change ? `: ${change}` : ''}.`,
      }
    }
    case 'analysisFailed':
      return { ...state, analysing: false, toolError: action.message }

    case 'workOpened': {
      const { work } = action
      return {
        ...state,
        key: work.key,
        remembered: work.mapping ? [{ mapping: work.mapping, savedAt: action.now }, ...state.remembered] : state.remembered,
        choice: work.choice,
        base: work.rules,
        rules: work.rules,
        restored: work.results ? { data: work.results, savedAt: action.savedAt, fileName: work.fileName } : null,
      }
    }
    case 'saved':
      if (action.where === 'file') return { ...state, announcement: 'Het versleutelde bestand werd gedownload.' }
      return { ...state, stored: action.envelope, announcement: 'Het werk is versleuteld bewaard in deze browser.' }
    case 'deleted':
      return { ...state, stored: null, announcement: 'Het bewaarde werk is verwijderd uit deze browser.' }
    case 'printModeChosen':
      return { ...state, printMode: action.mode }
    case 'announced':
      return { ...state, announcement: action.text }
    case 'panelToggled':
      return state.open[action.panel] === action.open ? state : { ...state, open: { ...state.open, [action.panel]: action.open } }
  }
}

/** The results of the current analysis of the pupils read, or null while there are none (or the list failed). */
export function liveResults(state: DetectionState): ResultData | null {
  const summary = state.analysis?.summary
  if (!state.analysis || !summary?.ok || !summary.report) return null
  return {
    report: summary.report,
    listed: summary.listed,
    rules: state.analysis.rules,
    hasOutcome: state.imported?.hasOutcome ?? false,
    protectedFields: (state.imported?.extraColumns ?? []).filter((c) => isProtectedAttribute(c)),
  }
}

/** What step 4 shows: the live results, else results opened from a save. */
export function shownResults(state: DetectionState): ResultData | null {
  return liveResults(state) ?? state.restored?.data ?? null
}

/**
 * Whether the results shown are not those of the list on screen: "invalid" (the list as edited cannot be applied; the
 * last valid list's results stay) or "updating" (being recalculated, or saved results while pupils are read again).
 */
export function resultsStale(state: DetectionState): 'invalid' | 'updating' | null {
  const live = liveResults(state)
  if (state.listInvalid && live) return 'invalid'
  if (state.analysing || (live === null && state.restored !== null && state.imported?.ok === true)) return 'updating'
  return null
}

/** "37 minder dan daarnet (113)": the change the current results brought, null when none or unknown. */
export function lastChange(state: DetectionState): string | null {
  const live = liveResults(state)
  return live && state.analysis ? changeText(live.report.funnel.total.flagged, state.analysis.flaggedBefore) : null
}

export interface StepLink {
  href: string
  label: string
  state: 'done' | 'current' | 'todo'
}

/**
 * The step navigation at the top, in the page's order: the results come right after the file; the mapping and the
 * list, folded, after them. "current" is where the person's next look belongs.
 */
export function stepLinks(state: DetectionState): StepLink[] {
  const { read, imported } = state
  const shown = shownResults(state)
  return [
    { href: '#stap-bestand', label: 'Bestand', state: read?.ok ? 'done' : 'current' },
    { href: '#stap-resultaten', label: 'Resultaten', state: shown ? 'current' : 'todo' },
    { href: '#stap-kolommen', label: 'Kolommen', state: imported?.ok ? 'done' : read?.ok ? 'current' : 'todo' },
    { href: '#stap-detectielijst', label: 'Detectielijst', state: liveResults(state) ? 'done' : 'todo' },
    { href: '#stap-bewaren', label: 'Exporteren en bewaren', state: 'todo' },
  ]
}

/** What a save holds: the key, the mapping used (else the one on screen), the list and, if asked, the results shown. */
export function workToSave(state: DetectionState, withResults: boolean): SavedWork {
  const shown = shownResults(state)
  return {
    format: SAVED_WORK_FORMAT,
    version: 1,
    key: state.key,
    mapping: state.importedMapping ?? state.mapping,
    choice: state.choice,
    rules: withResults && shown ? shown.rules : state.rules,
    fileName: state.read?.fileName ?? state.restored?.fileName ?? null,
    results: withResults ? shown : null,
  }
}
