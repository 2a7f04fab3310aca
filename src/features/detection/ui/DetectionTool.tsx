'use client'
/**
 * The early-detection tool: file → mapping → detection list → results → export or keep. This component holds the
 * page's state and talks to the Web Worker (worker-client.ts), where the file is parsed, pseudonymised and scored.
 * No pupil data is sent anywhere: the worker makes no requests, exports are made in the browser, and the page's
 * Content-Security-Policy forbids connections and image loads to any server (ours included). Nothing is written without asking: the column mapping
 * (column names only) is remembered when the user ticks "onthoud", everything else only when the user saves it,
 * encrypted with a passphrase.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'

import { isProtectedAttribute } from '@/features/detection/engine/personal-data'
import { generateKey } from '@/features/detection/engine/pseudonymise'
import type { ColumnMapping } from '@/features/detection/engine/mapping'
import { OPERATORS } from '@/features/detection/engine/rules/operators'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import { validateRuleSet } from '@/features/detection/engine/rules/validate'
import type { AnalysisSummary, ImportSummary, ProgressUpdate, ReadSummary, SampleKind } from '@/features/detection/engine/session'
import type { Problem } from '@/features/detection/engine/types'
import styles from './detection.module.css'
import { downloadText } from '@/features/detection/browser/download'
import { datedFileName } from '@/features/detection/browser/exports'
import { FileStep } from './FileStep'
import { changeText } from './figures'
import { browserStorage, chooseMapping, loadRemembered, remember, saveRemembered, type RememberedMapping } from '@/features/detection/browser/mapping-memory'
import { MappingStep, type MappingSource } from './MappingStep'
import { presetRules, type PresetChoice } from './presets'
import { PrintFigures, PrintList } from './PrintViews'
import { Results } from './Results'
import { editorFields, markEdited, withThreshold } from '@/features/detection/browser/rule-edit'
import { RulesStep } from './RulesStep'
import { SaveStep, type PrintMode } from './SaveStep'
import { checkSavedWork, SAVED_WORK_FORMAT, type ResultData, type SavedWork } from '@/features/detection/browser/saved-work'
import { formatNumber, formatPct, pupils, STAGE_LABELS } from './texts'
import { open as openVault, seal, VaultError, type VaultEnvelope } from '@/features/detection/browser/vault'
import { deleteEnvelope, storedEnvelope, storeEnvelope } from '@/features/detection/browser/vault-store'
import { CancelledError, DetectionWorker } from '@/features/detection/browser/worker-client'

interface Analysis {
  summary: AnalysisSummary
  rules: RuleSet
}

interface Restored {
  data: ResultData
  savedAt: string
  fileName: string | null
}

export function DetectionTool() {
  const [mounted, setMounted] = useState(false)
  const worker = useRef<DetectionWorker | null>(null)
  const [key, setKey] = useState('')
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<ProgressUpdate | null>(null)
  const [toolError, setToolError] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')

  const [read, setRead] = useState<ReadSummary | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping | null>(null)
  const [mappingSource, setMappingSource] = useState<MappingSource>('suggested')
  // Opt-in, as the page and the privacy statement promise.
  const [rememberOn, setRememberOn] = useState(false)
  const [remembered, setRemembered] = useState<RememberedMapping[]>([])
  const [imported, setImported] = useState<ImportSummary | null>(null)
  const [importedMapping, setImportedMapping] = useState<ColumnMapping | null>(null)

  const [choice, setChoice] = useState<PresetChoice>('workshop')
  const [base, setBase] = useState<RuleSet>(() => presetRules('workshop'))
  const [rules, setRules] = useState<RuleSet>(base)
  const [ruleProblems, setRuleProblems] = useState<Problem[]>([])
  const [analysis, setAnalysis] = useState<Analysis | null>(null)
  const [analysing, setAnalysing] = useState(false)
  // The list as edited cannot be applied: results shown are those of the last valid list.
  const [listInvalid, setListInvalid] = useState(false)
  const analysisTicket = useRef(0)
  const lastFlagged = useRef<number | null>(null)
  const [lastChange, setLastChange] = useState<string | null>(null)

  const [restored, setRestored] = useState<Restored | null>(null)
  const [stored, setStored] = useState<VaultEnvelope | null>(null)
  const [printMode, setPrintMode] = useState<PrintMode>('cijfers')

  const fileHeading = useRef<HTMLHeadingElement>(null)
  const mappingHeading = useRef<HTMLHeadingElement>(null)
  const rulesHeading = useRef<HTMLHeadingElement>(null)
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const focusAfterAnalysis = useRef<'results' | 'mapping' | null>(null)

  useEffect(() => {
    setMounted(true)
    setKey(generateKey())
    setRemembered(loadRemembered(browserStorage()))
    storedEnvelope()
      .then(setStored)
      .catch(() => setStored(null))
    const w = new DetectionWorker()
    worker.current = w
    const afterPrint = () => setPrintMode('cijfers')
    window.addEventListener('afterprint', afterPrint)
    return () => {
      w.terminate()
      window.removeEventListener('afterprint', afterPrint)
    }
  }, [])

  const announce = (text: string) => setAnnouncement(text)
  const focus = (ref: RefObject<HTMLHeadingElement | null>) => requestAnimationFrame(() => ref.current?.focus())

  /** Runs a worker task with the busy state and progress; a crash of the worker becomes a Dutch message. */
  const run = useCallback(async <T,>(task: (w: DetectionWorker) => Promise<T>): Promise<T | null> => {
    if (!worker.current) return null
    setBusy(true)
    setToolError(null)
    try {
      return await task(worker.current)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      setToolError(message)
      setAnnouncement(message)
      return null
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }, [])

  const onProgress = (update: ProgressUpdate) =>
    setProgress((previous) => {
      if (previous?.stage !== update.stage) setAnnouncement(`${STAGE_LABELS[update.stage]}…`)
      return update
    })

  const resetData = () => {
    analysisTicket.current++
    setRead(null)
    setImported(null)
    setImportedMapping(null)
    setAnalysis(null)
    setAnalysing(false)
    setListInvalid(false)
    setRestored(null)
    lastFlagged.current = null
    setLastChange(null)
  }

  const doImport = async (m: ColumnMapping, after: 'results' | 'mapping', useKey = key) => {
    analysisTicket.current++
    setAnalysis(null)
    lastFlagged.current = null
    const result = await run((w) => w.request({ type: 'import', mapping: m, key: useKey }, onProgress))
    if (!result) return
    setImported(result)
    setImportedMapping(m)
    if (!result.ok) {
      announce(`Het inlezen lukte niet. ${result.problems.find((p) => p.level === 'fatal')?.message ?? ''}`)
      focus(mappingHeading)
      return
    }
    setRestored(null)
    if (rememberOn) {
      const list = remember(remembered, m)
      setRemembered(list)
      saveRemembered(browserStorage(), list)
    }
    const rejected = result.rejectedRows.length
    announce(
      `${pupils(result.pupils)} ingelezen${rejected > 0 ? `; ${formatNumber(rejected)} ${rejected === 1 ? 'rij telt' : 'rijen tellen'} niet mee` : ''}. De detectielijst wordt toegepast.`,
    )
    focusAfterAnalysis.current = after
  }

  const afterRead = async (summary: ReadSummary) => {
    setRead(summary)
    if (!summary.ok || !summary.suggestion) {
      setMapping(null)
      announce(`Het bestand kon niet gelezen worden. ${summary.problems.find((p) => p.level === 'fatal')?.message ?? ''}`)
      focus(fileHeading)
      return
    }
    const chosen = chooseMapping(summary.headers, summary.suggestion, remembered)
    setMapping(chosen.mapping)
    setMappingSource(chosen.source)
    if (chosen.missingRequired.length === 0) {
      await doImport(chosen.mapping, 'mapping')
    } else {
      announce(
        `Bestand gelezen: ${formatNumber(summary.rowCount)} rijen. Koppel nog ${chosen.missingRequired.map((f) => `"${f}"`).join(' en ')} aan een kolom.`,
      )
      focus(mappingHeading)
    }
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
    resetData()
    setMapping(null)
    setKey(generateKey())
    announce('Alles is gewist van deze pagina. Er werd een nieuwe sleutel voor de pseudoniemen gemaakt.')
    focus(fileHeading)
  }

  // Score again on every valid change of the list (debounced), and once after each import.
  useEffect(() => {
    if (!imported?.ok) return
    const validation = validateRuleSet(rules)
    if (!validation.ok) {
      // A pending recalculation of an earlier (valid) version is dropped: it would not match the list on screen.
      analysisTicket.current++
      setAnalysing(false)
      setRuleProblems(validation.problems)
      setListInvalid(true)
      return
    }
    setRuleProblems([])
    setListInvalid(false)
    const ticket = ++analysisTicket.current
    setAnalysing(true)
    const timer = setTimeout(async () => {
      try {
        const summary = await worker.current!.request({ type: 'analyse', rules: validation.rules })
        if (ticket !== analysisTicket.current) return
        setAnalysis({ summary, rules: validation.rules })
        setAnalysing(false)
        setListInvalid(!summary.ok || !summary.report)
        if (!summary.ok || !summary.report) {
          setRuleProblems(summary.problems)
          announce(`De detectielijst kan niet toegepast worden. ${summary.problems.find((p) => p.level === 'fatal')?.message ?? ''}`)
          return
        }
        setRuleProblems(summary.problems.filter((p) => p.level !== 'info'))
        const total = summary.report.funnel.total
        const change = changeText(total.flagged, lastFlagged.current)
        lastFlagged.current = total.flagged
        setLastChange(change)
        announce(
          `${formatNumber(total.flagged)} van de ${pupils(total.pupils)} krijgen een signaal (${formatPct(total.percentFlagged)})${change ? `: ${change}` : ''}.`,
        )
        const target = focusAfterAnalysis.current
        focusAfterAnalysis.current = null
        if (target === 'results') focus(resultsHeading)
        else if (target === 'mapping') focus(mappingHeading)
      } catch (error) {
        if (ticket !== analysisTicket.current || error instanceof CancelledError) return
        setAnalysing(false)
        setToolError(error instanceof Error ? error.message : String(error))
      }
    }, 200)
    return () => clearTimeout(timer)
  }, [imported, rules])

  const onChoose = (next: PresetChoice) => {
    if (next === 'eigen') return
    const r = presetRules(next)
    setChoice(next)
    setBase(r)
    setRules(r)
  }
  const onRulesChange = (next: RuleSet) => setRules(markEdited(next, base))
  const onOwnList = (own: RuleSet) => {
    setChoice('eigen')
    setBase(own)
    setRules(own)
    announce(`Eigen detectielijst "${own.name}" toegepast.`)
    focus(rulesHeading)
  }

  const onUseThreshold = (threshold: number) => {
    const id = analysis?.summary.report?.cutoffs?.condition.id
    if (!id) return
    if (rules.gate?.id === id) onRulesChange({ ...rules, gate: withThreshold(rules.gate, threshold) })
    else onRulesChange({ ...rules, factors: rules.factors.map((f) => (f.id === id ? withThreshold(f, threshold) : f)) })
    const op = analysis?.summary.report?.cutoffs?.condition.op
    announce(`Drempel gewijzigd naar ${op ? OPERATORS[op].label : ''} ${formatNumber(threshold)}; de resultaten worden herberekend.`)
  }

  const onLookup = async (schoolId: string) => run((w) => w.request({ type: 'lookup', schoolId }))

  const protectedFields = useMemo(() => (imported?.extraColumns ?? []).filter((c) => isProtectedAttribute(c)), [imported])

  const live: ResultData | null =
    analysis?.summary.ok && analysis.summary.report
      ? { report: analysis.summary.report, listed: analysis.summary.listed, rules: analysis.rules, hasOutcome: imported?.hasOutcome ?? false, protectedFields }
      : null
  const shown = live ?? restored?.data ?? null

  const onPrint = (mode: PrintMode) => {
    setPrintMode(mode)
    // Let React render the chosen print view before the dialog opens.
    setTimeout(() => window.print(), 50)
  }

  const onSave = async (passphrase: string, withResults: boolean, where: 'browser' | 'file'): Promise<string | null> => {
    const work: SavedWork = {
      format: SAVED_WORK_FORMAT,
      version: 1,
      key,
      mapping: importedMapping ?? mapping,
      choice,
      rules: withResults && shown ? shown.rules : rules,
      fileName: read?.fileName ?? restored?.fileName ?? null,
      results: withResults ? shown : null,
    }
    try {
      const envelope = await seal(work, passphrase, { label: work.rules.name })
      if (where === 'browser') {
        await storeEnvelope(envelope)
        setStored(envelope)
        announce('Het werk is versleuteld bewaard in deze browser.')
      } else {
        downloadText(datedFileName('vroegdetectie-bewaard', 'json'), JSON.stringify(envelope), 'application/json')
        announce('Het versleutelde bestand werd gedownload.')
      }
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
    setKey(work.key)
    if (work.mapping) setRemembered((list) => [{ mapping: work.mapping!, savedAt: new Date().toISOString() }, ...list])
    setChoice(work.choice)
    setBase(work.rules)
    setRules(work.rules)
    setRestored(work.results ? { data: work.results, savedAt: (envelope as VaultEnvelope).savedAt, fileName: work.fileName } : null)
    // Pupils already read get the saved key's pseudonyms.
    if (imported?.ok && importedMapping) await doImport(importedMapping, 'results', work.key)
    announce(`Bewaard werk geopend${work.results ? ': de bewaarde resultaten staan bij stap 4' : ''}.`)
    if (work.results) focus(resultsHeading)
    return null
  }

  const onDelete = async () => {
    try {
      await deleteEnvelope()
      setStored(null)
      announce('Het bewaarde werk is verwijderd uit deze browser.')
    } catch {
      announce('Verwijderen lukte niet.')
    }
  }

  if (!mounted) return null

  const steps = [
    { href: '#stap-bestand', label: 'Bestand', state: read?.ok ? 'done' : 'current' },
    { href: '#stap-kolommen', label: 'Kolommen', state: imported?.ok ? 'done' : read?.ok ? 'current' : 'todo' },
    { href: '#stap-detectielijst', label: 'Detectielijst', state: imported?.ok ? 'current' : 'todo' },
    { href: '#stap-resultaten', label: 'Resultaten', state: shown ? 'done' : 'todo' },
    { href: '#stap-bewaren', label: 'Exporteren en bewaren', state: 'todo' },
  ]
  const date = new Date().toLocaleDateString('nl-BE')

  return (
    <div className={styles.tool} data-print={printMode}>
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
          onChange={(m, source) => {
            setMapping(m)
            setMappingSource(source)
          }}
          onRemember={(on) => {
            setRememberOn(on)
            // Ticked after the pupils were read: remember the mapping that was used.
            if (on && imported?.ok && importedMapping) {
              const list = remember(remembered, importedMapping)
              setRemembered(list)
              saveRemembered(browserStorage(), list)
              announce('De koppeling wordt onthouden in deze browser.')
            }
          }}
          onForget={() => {
            setRemembered([])
            saveRemembered(browserStorage(), [])
            announce('De onthouden koppelingen zijn vergeten.')
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
        onChoose={onChoose}
        onChange={onRulesChange}
        onOwnList={onOwnList}
      />

      {shown ? (
        <Results
          data={shown}
          stale={listInvalid && live ? 'invalid' : analysing || (live === null && restored !== null && imported?.ok === true) ? 'updating' : null}
          saved={live ? null : restored ? { savedAt: restored.savedAt, fileName: restored.fileName } : null}
          headingRef={resultsHeading}
          onUseThreshold={live ? onUseThreshold : null}
          onLookup={live ? onLookup : null}
        />
      ) : (
        <section className={styles.step} aria-labelledby="resultaten-leeg" id="stap-resultaten">
          <h2 id="resultaten-leeg" ref={resultsHeading} tabIndex={-1}>
            <span className={styles.stepNumber} aria-hidden="true">
              4
            </span>
            Resultaten
          </h2>
          <ResultsPlaceholder analysing={analysing} read={read} imported={imported} listInvalid={listInvalid} />
        </section>
      )}

      {live ? (
        <div className={styles.stickySummary} data-print="hide">
          <p>
            {listInvalid ? 'Niet bijgewerkt (de detectielijst kan zo niet toegepast worden). ' : analysing ? 'Wordt herberekend… ' : ''}
            Met deze lijst: {live.rules.gate ? `${formatNumber(live.report.funnel.total.overCodeThreshold)} ${live.rules.gate.label.charAt(0).toLowerCase()}${live.rules.gate.label.slice(1)} · ` : ''}
            <strong>
              {formatNumber(live.report.funnel.total.flagged)} van de {pupils(live.report.funnel.total.pupils)} met een signaal
            </strong>{' '}
            ({formatPct(live.report.funnel.total.percentFlagged)}){lastChange ? `, ${lastChange}` : ''}
          </p>
          <a href="#stap-resultaten">Naar de resultaten</a>
        </div>
      ) : null}

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
        De detectielijst kan zo niet toegepast worden. Verbeter ze bij <a href="#stap-detectielijst">stap 3</a>; de meldingen staan daar.
      </p>
    )
  }
  if (imported && !imported.ok) {
    return (
      <p>
        De leerlingen konden niet ingelezen worden. Bekijk de koppeling en de meldingen bij <a href="#stap-kolommen">stap 2</a>.
      </p>
    )
  }
  if (read?.ok) {
    return (
      <p>
        Koppel eerst de verplichte kolommen en lees de leerlingen in (<a href="#stap-kolommen">stap 2</a>). De resultaten verschijnen hier.
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
