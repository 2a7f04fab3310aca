'use client'
/**
 * The early-detection tool: file → results → (mapping, detection list: folded, one step away) → export or keep. A
 * person comes for the results, so they follow the file at once; the mapping and the list say in one line what was
 * used and open on request (or by themselves when something needs doing there). The state and how each event
 * changes it are in state.ts (one reducer); this component runs the effects and dispatches what happened: it talks to
 * the Web Worker (worker-client.ts), where the file is parsed, pseudonymised and scored, writes to storage, moves focus.
 * No pupil data is sent anywhere: the worker makes no requests, exports are made in the browser, and the page's
 * Content-Security-Policy forbids connections and image loads to any server (ours included). Nothing is written
 * without asking: the column mapping (column names only) is remembered when the user ticks "onthoud", everything else
 * only when the user saves it, encrypted with a passphrase.
 */
import { useCallback, useEffect, useReducer, useRef, type MouseEvent, type RefObject } from 'react'

import { generateKey } from '@/features/detection/engine/pseudonymise'
import { validateRuleSet } from '@/features/detection/engine/rules/validate'
import type { ImportSummary, ProgressUpdate, ReadSummary, SampleKind } from '@/features/detection/engine/session'
import type { ColumnMapping } from '@/features/detection/engine/mapping'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import styles from './detection.module.css'
import { downloadText } from '@/shared/download'
import { datedFileName } from '@/features/detection/browser/exports'
import { FileStep } from './FileStep'
import { browserStorage, chooseMapping, loadRemembered, remember, saveRemembered, type RememberedMapping } from '@/features/detection/browser/mapping-memory'
import { MappingStep } from './MappingStep'
import type { PresetChoice } from '@/features/detection/presets'
import { PrintFigures, PrintList } from './PrintViews'
import { Results } from './Results'
import { editorFields } from '@/features/detection/browser/rule-edit'
import { RulesStep } from './RulesStep'
import { SaveStep } from './SaveStep'
import { checkSavedWork } from '@/features/detection/browser/saved-work'
import {
  detectionReducer,
  initialState,
  lastChange as lastChangeOf,
  liveResults,
  resultsStale,
  shownResults,
  stepLinks,
  workToSave,
  type PrintMode,
} from './state'
import { formatNumber, formatPct, pupils } from '@/features/detection/texts'
import { open as openVault, seal, VaultError, type VaultEnvelope } from '@/features/detection/browser/vault'
import { deleteEnvelope, storedEnvelope, storeEnvelope } from '@/features/detection/browser/vault-store'
import { CancelledError, DetectionWorker } from '@/features/detection/browser/worker-client'
import { formatDate } from '@/shared/format'

/** Moves focus once React has rendered what it points to. */
const focusSoon = (ref: RefObject<HTMLHeadingElement | null>) => requestAnimationFrame(() => ref.current?.focus())

export function DetectionTool() {
  const [state, dispatch] = useReducer(detectionReducer, undefined, initialState)
  const { mounted, key, busy, progress, toolError, announcement, read, mapping, mappingSource, rememberOn, remembered } = state
  const { imported, importedMapping, choice, rules, ruleProblems, analysis, analysing, listInvalid, restored, stored, printMode } = state

  const worker = useRef<DetectionWorker | null>(null)
  // Each analysis, import or reset takes a ticket; an analysis that returns after a newer ticket was taken is dropped.
  const analysisTicket = useRef(0)
  const focusAfterAnalysis = useRef<'results' | 'mapping' | null>(null)

  // Focus for a heading React is about to render (step 2's heading is a new element once results arrive): set here,
  // taken by the effect below after the commit, so focus never lands on the placeholder being replaced.
  const pendingFocus = useRef<RefObject<HTMLHeadingElement | null> | null>(null)
  useEffect(() => {
    const target = pendingFocus.current?.current
    if (!target?.isConnected) return
    pendingFocus.current = null
    target.focus()
  })

  const fileHeading = useRef<HTMLHeadingElement>(null)
  const mappingHeading = useRef<HTMLHeadingElement>(null)
  const rulesHeading = useRef<HTMLHeadingElement>(null)
  const resultsHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    dispatch({ type: 'mounted', key: generateKey(), remembered: loadRemembered(browserStorage()) })
    storedEnvelope()
      .then((envelope) => dispatch({ type: 'storedFound', envelope }))
      .catch(() => dispatch({ type: 'storedFound', envelope: null }))
    const w = new DetectionWorker()
    worker.current = w
    const afterPrint = () => dispatch({ type: 'printModeChosen', mode: 'cijfers' })
    window.addEventListener('afterprint', afterPrint)
    return () => {
      w.terminate()
      window.removeEventListener('afterprint', afterPrint)
    }
  }, [])

  /** Runs a worker task with the busy state and progress; a crash of the worker becomes a Dutch message. */
  const run = useCallback(async <T,>(task: (w: DetectionWorker) => Promise<T>): Promise<T | null> => {
    if (!worker.current) return null
    dispatch({ type: 'taskStarted' })
    try {
      return await task(worker.current)
    } catch (error) {
      dispatch({ type: 'taskFailed', message: error instanceof Error ? error.message : String(error) })
      return null
    } finally {
      dispatch({ type: 'taskEnded' })
    }
  }, [])

  const onProgress = (update: ProgressUpdate) => dispatch({ type: 'progressed', update })

  const resetData = () => {
    analysisTicket.current++
    dispatch({ type: 'dataReset' })
  }

  /** Writes the remembered mappings to localStorage: only on request ("Onthoud deze koppeling" ticked, "Vergeet ze"). */
  const saveList = (list: RememberedMapping[]) => {
    saveRemembered(browserStorage(), list)
    return list
  }

  const doImport = async (m: ColumnMapping, after: 'results' | 'mapping', useKey = key) => {
    analysisTicket.current++
    dispatch({ type: 'importStarted' })
    const result = await run((w) => w.request({ type: 'import', mapping: m, key: useKey }, onProgress))
    if (!result) return
    dispatch({ type: 'imported', result, mapping: m })
    if (!result.ok) {
      focusSoon(mappingHeading)
      return
    }
    if (rememberOn) dispatch({ type: 'remembered', list: saveList(remember(remembered, m)) })
    focusAfterAnalysis.current = after
  }

  const afterRead = async (summary: ReadSummary) => {
    const chosen = summary.ok && summary.suggestion ? chooseMapping(summary.headers, summary.suggestion, remembered) : null
    dispatch({ type: 'fileRead', summary, chosen })
    if (!chosen) {
      focusSoon(fileHeading)
      return
    }
    if (chosen.missingRequired.length === 0) await doImport(chosen.mapping, 'results')
    else focusSoon(mappingHeading)
  }

  const onFile = async (file: File) => {
    resetData()
    const summary = await run((w) => w.request({ type: 'read', file, fileName: file.name }, onProgress))
    if (summary) await afterRead(summary)
  }
  const onSample = async (kind: SampleKind) => {
    resetData()
    const summary = await run((w) => w.request({ type: 'sample', kind }, onProgress))
    if (summary) await afterRead(summary)
  }
  const onSheet = async (sheet: string) => {
    resetData()
    const summary = await run((w) => w.request({ type: 'readSheet', sheet }, onProgress))
    if (summary) await afterRead(summary)
  }
  const onClear = async () => {
    await run((w) => w.request({ type: 'clear' }))
    analysisTicket.current++
    dispatch({ type: 'cleared', key: generateKey() })
    focusSoon(fileHeading)
  }

  // Score again on every valid change of the list (debounced), and once after each import.
  useEffect(() => {
    if (!imported?.ok) return
    const validation = validateRuleSet(rules)
    if (!validation.ok) {
      // A pending recalculation of an earlier (valid) version is dropped: it would not match the list on screen.
      analysisTicket.current++
      dispatch({ type: 'listInvalid', problems: validation.problems })
      return
    }
    dispatch({ type: 'analysisStarted' })
    const ticket = ++analysisTicket.current
    const timer = setTimeout(async () => {
      try {
        const summary = await worker.current!.request({ type: 'analyse', rules: validation.rules })
        if (ticket !== analysisTicket.current) return
        dispatch({ type: 'analysed', summary, rules: validation.rules })
        if (!summary.ok || !summary.report) return
        const target = focusAfterAnalysis.current
        focusAfterAnalysis.current = null
        if (target === 'results') pendingFocus.current = resultsHeading
        else if (target === 'mapping') focusSoon(mappingHeading)
      } catch (error) {
        if (ticket !== analysisTicket.current || error instanceof CancelledError) return
        dispatch({ type: 'analysisFailed', message: error instanceof Error ? error.message : String(error) })
      }
    }, 200)
    return () => clearTimeout(timer)
  }, [imported, rules])

  const onChoose = (next: PresetChoice) => dispatch({ type: 'presetChosen', choice: next })
  const onRulesChange = (next: RuleSet) => dispatch({ type: 'rulesEdited', rules: next })
  const onOwnList = (own: RuleSet) => {
    dispatch({ type: 'ownListApplied', rules: own })
    focusSoon(rulesHeading)
  }
  const onUseThreshold = (threshold: number) => dispatch({ type: 'thresholdUsed', threshold })

  const onLookup = async (schoolId: string) => run((w) => w.request({ type: 'lookup', schoolId }))

  const live = liveResults(state)
  const shown = shownResults(state)
  const lastChange = lastChangeOf(state)

  const onPrint = (mode: PrintMode) => {
    dispatch({ type: 'printModeChosen', mode })
    // Let React render the chosen print view before the dialog opens.
    setTimeout(() => window.print(), 50)
  }

  const onSave = async (passphrase: string, withResults: boolean, where: 'browser' | 'file'): Promise<string | null> => {
    const work = workToSave(state, withResults)
    try {
      const envelope = await seal(work, passphrase, { label: work.rules.name })
      if (where === 'browser') await storeEnvelope(envelope)
      else downloadText(datedFileName('vroegdetectie-bewaard', 'json'), JSON.stringify(envelope), 'application/json')
      dispatch({ type: 'saved', where, envelope })
      return null
    } catch (error) {
      return error instanceof VaultError ? error.message : 'Bewaren lukte niet in deze browser. Download het werk als versleuteld bestand.'
    }
  }

  const onOpen = async (envelope: unknown, passphrase: string): Promise<string | null> => {
    let plain: unknown
    try {
      plain = await openVault(envelope, passphrase)
    } catch (error) {
      return error instanceof VaultError ? error.message : 'Openen lukte niet.'
    }
    const checked = checkSavedWork(plain)
    if (!checked.ok) return checked.message
    const work = checked.work
    dispatch({ type: 'workOpened', work, savedAt: (envelope as VaultEnvelope).savedAt, now: new Date().toISOString() })
    // Pupils already read get the saved key's pseudonyms.
    if (imported?.ok && importedMapping) await doImport(importedMapping, 'results', work.key)
    dispatch({ type: 'announced', text: `Bewaard werk geopend${work.results ? ': de bewaarde resultaten staan bij stap 2' : ''}.` })
    if (work.results) pendingFocus.current = resultsHeading
    return null
  }

  const onDelete = async () => {
    try {
      await deleteEnvelope()
      dispatch({ type: 'deleted' })
    } catch {
      dispatch({ type: 'announced', text: 'Verwijderen lukte niet.' })
    }
  }

  if (!mounted) return null

  /** A link to a folded step (the step navigation, "stap 4" in a message, the cut-off table) opens it first. */
  const openLinkedPanel = (event: MouseEvent) => {
    const href = (event.target as Element).closest?.('a[href^="#stap-"]')?.getAttribute('href')
    const panel = href === '#stap-kolommen' ? 'mapping' : href === '#stap-detectielijst' ? 'rules' : null
    if (panel) dispatch({ type: 'panelToggled', panel, open: true })
  }

  // The effect of an edit, in sight while the list is edited; it lives inside the list's editor, so it never covers
  // the results (which come before the list).
  const effectBar = live ? (
    <div className={styles.stickySummary} data-print="hide">
      <p>
        {listInvalid ? 'Niet bijgewerkt (de detectielijst kan zo niet toegepast worden). ' : analysing ? 'Wordt herberekend… ' : ''}
        Met deze lijst: {live.rules.gate ? <span className={styles.stickyGate}>{`${formatNumber(live.report.funnel.total.overCodeThreshold)} ${live.rules.gate.label.charAt(0).toLowerCase()}${live.rules.gate.label.slice(1)} · `}</span> : ''}
        <strong>
          {formatNumber(live.report.funnel.total.flagged)} van de {pupils(live.report.funnel.total.pupils)} met een signaal
        </strong>{' '}
        ({formatPct(live.report.funnel.total.percentFlagged)}){lastChange ? `, ${lastChange}` : ''}
      </p>
      <a href="#stap-resultaten">Naar de resultaten</a>
    </div>
  ) : null

  const steps = stepLinks(state)
  const date = formatDate(new Date().toISOString()) ?? ''

  return (
    <div className={styles.tool} data-print={printMode} onClickCapture={openLinkedPanel}>
      <nav className={styles.stepsNav} aria-label="Stappen van de tool" data-print="hide">
        <ol>
          {steps.map((s) => (
            <li key={s.href}>
              <a href={s.href} data-state={s.state} aria-current={s.state === 'current' ? 'step' : undefined}>
                {s.label}
                {s.state === 'done' ? <span className="visually-hidden"> (klaar)</span> : null}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {toolError ? (
        <div className={`${styles.problem} ${styles.problemFatal}`} role="alert">
          <p className={styles.problemTitle}>Er ging iets mis</p>
          <p>{toolError}</p>
        </div>
      ) : null}

      <FileStep
        read={read}
        progress={progress}
        busy={busy}
        headingRef={fileHeading}
        onFile={(file) => void onFile(file)}
        onSample={(kind) => void onSample(kind)}
        onSheet={(sheet) => void onSheet(sheet)}
        onClear={() => void onClear()}
      />

      {shown ? (
        <Results
          data={shown}
          stale={resultsStale(state)}
          saved={live ? null : restored ? { savedAt: restored.savedAt, fileName: restored.fileName } : null}
          headingRef={resultsHeading}
          onUseThreshold={live ? onUseThreshold : null}
          onLookup={live ? onLookup : null}
        />
      ) : (
        <section className={styles.step} aria-labelledby="resultaten-leeg" id="stap-resultaten">
          <h2 id="resultaten-leeg" ref={resultsHeading} tabIndex={-1}>
            <span className={styles.stepNumber} aria-hidden="true">
              2
            </span>
            Resultaten
          </h2>
          <ResultsPlaceholder analysing={analysing} read={read} imported={imported} listInvalid={listInvalid} />
        </section>
      )}

      {read?.ok && mapping ? (
        <MappingStep
          read={read}
          mapping={mapping}
          source={mappingSource}
          remember={rememberOn}
          rememberedCount={remembered.length}
          imported={imported}
          importedMapping={importedMapping}
          busy={busy}
          headingRef={mappingHeading}
          open={state.open.mapping}
          onToggle={(open) => dispatch({ type: 'panelToggled', panel: 'mapping', open })}
          onChange={(m, source) => dispatch({ type: 'mappingEdited', mapping: m, source })}
          onRemember={(on) => {
            // Ticked after the pupils were read: remember the mapping that was used.
            const list = on && imported?.ok && importedMapping ? saveList(remember(remembered, importedMapping)) : null
            dispatch({ type: 'rememberToggled', on, list })
          }}
          onForget={() => {
            saveList([])
            dispatch({ type: 'forgotten' })
          }}
          onImport={() => void doImport(mapping, 'results')}
        />
      ) : null}

      <RulesStep
        choice={choice}
        rules={rules}
        problems={ruleProblems}
        fields={editorFields(imported?.ok ? imported.fields : null)}
        kinds={imported?.ok ? imported.fieldKinds : {}}
        grades={imported?.ok ? imported.grades : []}
        factorCounts={analysis?.summary.ok ? analysis.summary.factorCounts : null}
        pupilCount={imported?.ok ? imported.pupils : null}
        headingRef={rulesHeading}
        open={state.open.rules}
        onToggle={(open) => dispatch({ type: 'panelToggled', panel: 'rules', open })}
        footer={effectBar}
        onChoose={onChoose}
        onChange={onRulesChange}
        onOwnList={onOwnList}
      />

      <SaveStep data={shown} stored={stored} busy={busy} onPrint={onPrint} onSave={onSave} onOpen={onOpen} onDelete={onDelete} />

      {shown ? (
        <div className={styles.printArea}>
          <PrintFigures report={shown.report} rules={shown.rules} date={date} />
          {printMode === 'lijst' ? <PrintList listed={shown.listed} rules={shown.rules} date={date} /> : null}
        </div>
      ) : null}
    </div>
  )
}

/** What the results step says while there are none: what to do first, or what stands in the way. */
function ResultsPlaceholder({
  analysing,
  read,
  imported,
  listInvalid,
}: {
  analysing: boolean
  read: ReadSummary | null
  imported: ImportSummary | null
  listInvalid: boolean
}) {
  if (analysing) return <p>De detectielijst wordt toegepast…</p>
  if (imported?.ok && listInvalid) {
    return (
      <p>
        De detectielijst kan zo niet toegepast worden. Verbeter ze bij <a href="#stap-detectielijst">stap 4</a>; de meldingen staan daar.
      </p>
    )
  }
  if (imported && !imported.ok) {
    return (
      <p>
        De leerlingen konden niet ingelezen worden. Bekijk de koppeling en de meldingen bij <a href="#stap-kolommen">stap 3</a>.
      </p>
    )
  }
  if (read?.ok) {
    return (
      <p>
        Koppel eerst de verplichte kolommen en lees de leerlingen in (<a href="#stap-kolommen">stap 3</a>, hieronder). De resultaten verschijnen hier.
      </p>
    )
  }
  if (read) {
    return (
      <p>
        Het bestand kon niet gelezen worden: zie de melding bij <a href="#stap-bestand">stap 1</a>. De resultaten verschijnen hier.
      </p>
    )
  }
  return <p>Kies eerst een bestand (stap 1). De resultaten verschijnen hier.</p>
}
