/**
 * The tool's state transitions, fed with real summaries: the worker's session runs here in Node on the seed 003 export
 * (1332 pupils, 113 with a signal under the workshop list), exactly as the page's worker runs it.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { RuleSet } from '@/features/detection/engine/rules/types'
import { validateRuleSet } from '@/features/detection/engine/rules/validate'
import { generateSeed003Export, sampleToCsv } from '@/features/detection/engine/sample'
import { createSession, type AnalysisSummary, type ImportSummary, type ReadSummary } from '@/features/detection/engine/session'
import { TEST_KEY } from '@tests/fixtures/detection'
import { chooseMapping, type RememberedMapping } from '@/features/detection/browser/mapping-memory'
import { checkSavedWork, type SavedWork } from '@/features/detection/browser/saved-work'
import type { VaultEnvelope } from '@/features/detection/browser/vault'
import { presetRules } from '@/features/detection/presets'
import {
  detectionReducer,
  initialState,
  lastChange,
  liveResults,
  resultsStale,
  shownResults,
  stepLinks,
  workToSave,
  type DetectionAction,
  type DetectionState,
} from './state'
import { formatPct } from '@/features/detection/texts'

const apply = (state: DetectionState, ...actions: DetectionAction[]) => actions.reduce(detectionReducer, state)
const csvBlob = (text: string) => new Blob([new TextEncoder().encode(text)], { type: 'text/csv' })

const OTHER_KEY = 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100'
const envelope: VaultEnvelope = {
  format: 'vroegdetectie-kluis',
  version: 1,
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'c2FsdA==' },
  cipher: { name: 'AES-GCM', iv: 'aXY=' },
  data: 'ZGF0YQ==',
  savedAt: '2026-01-05T10:00:00.000Z',
  label: 'Workshop',
}

let read: ReadSummary
let imported: ImportSummary
let workshop: AnalysisSummary
let stricter: AnalysisSummary
let stricterRules: RuleSet
let refused: AnalysisSummary
let refusedRules: RuleSet

beforeAll(async () => {
  const session = createSession()
  read = await session.read(csvBlob(sampleToCsv(generateSeed003Export())), { fileName: 'leerlingen.csv' })
  imported = session.importWith(read.suggestion!.mapping, TEST_KEY)
  workshop = session.analyse(presetRules('workshop'))
  const base = presetRules('workshop')
  stricterRules = { ...base, gate: { ...base.gate!, value: 15 } }
  stricter = session.analyse(stricterRules)
  refusedRules = { ...base, gate: { ...base.gate!, field: 'nationaliteit' } }
  refused = session.analyse(refusedRules)
})

/** Mounted, the seed 003 file read and imported with its suggested mapping. */
function importedState(): DetectionState {
  const chosen = chooseMapping(read.headers, read.suggestion!, [])
  return apply(
    initialState(),
    { type: 'mounted', key: TEST_KEY, remembered: [] },
    { type: 'fileRead', summary: read, chosen },
    { type: 'importStarted' },
    { type: 'imported', result: imported, mapping: chosen.mapping },
  )
}

/** ...and the workshop list applied. */
function analysedState(): DetectionState {
  const state = importedState()
  return apply(state, { type: 'analysisStarted' }, { type: 'analysed', summary: workshop, rules: state.rules })
}

describe('the start', () => {
  it('offers the workshop list, has read nothing and remembers nothing until asked', () => {
    const state = initialState()
    expect(state).toMatchObject({ mounted: false, key: '', choice: 'workshop', rememberOn: false, read: null, printMode: 'cijfers' })
    expect(state.rules).toEqual(presetRules('workshop'))
    expect(state.rules).toBe(state.base)
    expect(shownResults(state)).toBeNull()
    expect(stepLinks(state).map((s) => s.state)).toEqual(['current', 'todo', 'todo', 'todo', 'todo'])
  })

  it('takes the key and the remembered mappings once mounted', () => {
    const remembered: RememberedMapping[] = [{ mapping: read.suggestion!.mapping, savedAt: '2026-01-01T00:00:00.000Z' }]
    const state = apply(initialState(), { type: 'mounted', key: TEST_KEY, remembered })
    expect(state).toMatchObject({ mounted: true, key: TEST_KEY, remembered })
  })
})

describe('worker tasks', () => {
  it('is busy while a task runs; a failure is shown and announced; the end clears progress', () => {
    let state = apply(initialState(), { type: 'taskFailed', message: 'oud' }, { type: 'taskStarted' })
    expect(state).toMatchObject({ busy: true, toolError: null })
    state = apply(state, { type: 'progressed', update: { stage: 'laden', loaded: 1, total: 2 } }, { type: 'taskFailed', message: 'De worker stopte.' })
    expect(state).toMatchObject({ toolError: 'De worker stopte.', announcement: 'De worker stopte.' })
    state = apply(state, { type: 'taskEnded' })
    expect(state).toMatchObject({ busy: false, progress: null, toolError: 'De worker stopte.' })
  })

  it('announces each stage once, not every progress update', () => {
    let state = apply(initialState(), { type: 'progressed', update: { stage: 'laden', loaded: 0, total: 100 } })
    expect(state.announcement).toBe('Bestand laden…')
    state = apply(state, { type: 'announced', text: 'iets anders' }, { type: 'progressed', update: { stage: 'laden', loaded: 50, total: 100 } })
    expect(state.progress).toEqual({ stage: 'laden', loaded: 50, total: 100 })
    expect(state.announcement).toBe('iets anders')
    state = apply(state, { type: 'progressed', update: { stage: 'ontleden' } })
    expect(state.announcement).toBe('Bestand lezen en namen weglaten…')
  })
})

describe('reading a file', () => {
  it('says why a file cannot be read, and offers no mapping', async () => {
    const empty = await createSession().read(csvBlob(''), { fileName: 'leeg.csv' })
    expect(empty.ok).toBe(false)
    const state = apply(initialState(), { type: 'mappingEdited', mapping: read.suggestion!.mapping, source: 'edited' }, { type: 'fileRead', summary: empty, chosen: null })
    expect(state.read).toBe(empty)
    expect(state.mapping).toBeNull()
    const fatal = empty.problems.find((p) => p.level === 'fatal')!.message
    expect(state.announcement).toBe(`Het bestand kon niet gelezen worden. ${fatal}`)
    expect(stepLinks(state)[0]!.state).toBe('current')
  })

  it('asks for the required columns that are not mapped yet', async () => {
    const partial = await createSession().read(csvBlob('leerling_id;klas;afwezig_B\n1;5A;2\n2;5B;0\n'), { fileName: 'deel.csv' })
    const chosen = chooseMapping(partial.headers, partial.suggestion!, [])
    expect(chosen.missingRequired).toEqual(['leerjaar'])
    const state = apply(initialState(), { type: 'fileRead', summary: partial, chosen })
    expect(state).toMatchObject({ mapping: chosen.mapping, mappingSource: 'suggested' })
    expect(state.announcement).toBe('Bestand gelezen: 2 rijen. Koppel nog "leerjaar" aan een kolom.')
    // Bestand, Resultaten, Kolommen, Detectielijst, Exporteren: the mapping is where to act, so it opens.
    expect(stepLinks(state).map((s) => s.state)).toEqual(['done', 'todo', 'current', 'todo', 'todo'])
    expect(state.open).toEqual({ mapping: true, rules: false })
  })

  it('leaves the announcement to the import when every required column is mapped', () => {
    const chosen = chooseMapping(read.headers, read.suggestion!, [])
    const state = apply(initialState(), { type: 'announced', text: 'vorige' }, { type: 'fileRead', summary: read, chosen })
    expect(state.mapping).toBe(chosen.mapping)
    expect(state.announcement).toBe('vorige')
  })

  it('starts from a remembered mapping and says where it came from; an edit says so too', () => {
    const remembered = chooseMapping(read.headers, read.suggestion!, [{ mapping: read.suggestion!.mapping, savedAt: '2026-01-01T00:00:00.000Z' }])
    let state = apply(initialState(), { type: 'fileRead', summary: read, chosen: remembered })
    expect(state.mappingSource).toBe('remembered')
    const edited = { ...remembered.mapping, fields: { ...remembered.mapping.fields, klas: undefined } }
    state = apply(state, { type: 'mappingEdited', mapping: edited, source: 'edited' })
    expect(state).toMatchObject({ mapping: edited, mappingSource: 'edited' })
  })
})

describe('importing', () => {
  it('announces the pupils read and the rows left out', async () => {
    expect(importedState().announcement).toBe('1.332 leerlingen ingelezen. De detectielijst wordt toegepast.')
    const session = createSession()
    const small = await session.read(csvBlob('leerling_id;leerjaar;afwezig_B\n1;5;2\n2;5;twee\n3;6;1\n'), { fileName: 'klein.csv' })
    const result = session.importWith(small.suggestion!.mapping, TEST_KEY)
    const state = apply(initialState(), { type: 'imported', result, mapping: small.suggestion!.mapping })
    expect(state.announcement).toBe('2 leerlingen ingelezen; 1 rij telt niet mee. De detectielijst wordt toegepast.')
  })

  it('keeps saved results shown when the import fails, and says why', async () => {
    const session = createSession()
    await session.read(csvBlob(sampleToCsv(generateSeed003Export())), { fileName: 'leerlingen.csv' })
    const mapping = { ...read.suggestion!.mapping, fields: { ...read.suggestion!.mapping.fields, leerjaar: undefined } }
    const failed = session.importWith(mapping, TEST_KEY)
    expect(failed.ok).toBe(false)
    const opened = apply(initialState(), openWork(savedWork(analysedState())))
    const state = apply(opened, { type: 'importStarted' }, { type: 'imported', result: failed, mapping })
    expect(state.announcement).toBe(`Het inlezen lukte niet. ${failed.problems.find((p) => p.level === 'fatal')!.message}`)
    expect(state.restored).not.toBeNull()
    expect(shownResults(state)).toBe(state.restored!.data)
  })

  it('marks the file and the mapping done once the pupils are read, and leaves the mapping folded', () => {
    const state = importedState()
    expect(stepLinks(state).map((s) => s.state)).toEqual(['done', 'todo', 'done', 'todo', 'todo'])
    expect(state.open).toEqual({ mapping: false, rules: false })
  })

  it('opens the mapping when the import fails', async () => {
    const session = createSession()
    await session.read(csvBlob(sampleToCsv(generateSeed003Export())), { fileName: 'leerlingen.csv' })
    const mapping = { ...read.suggestion!.mapping, fields: { ...read.suggestion!.mapping.fields, leerjaar: undefined } }
    const failed = session.importWith(mapping, TEST_KEY)
    const state = apply(initialState(), { type: 'importStarted' }, { type: 'imported', result: failed, mapping })
    expect(state.open.mapping).toBe(true)
  })
})

describe('results', () => {
  it('announces the count with a signal and shows live results with the protected columns found', () => {
    const state = analysedState()
    expect(state.announcement).toBe('113 van de 1.332 leerlingen krijgen een signaal (8,5%).')
    const live = liveResults(state)!
    expect(live.report.funnel.total).toMatchObject({ pupils: 1332, overCodeThreshold: 314, flagged: 113 })
    expect(live.rules).toBe(state.rules)
    expect(live.hasOutcome).toBe(true)
    expect(shownResults(state)).toEqual(live)
    expect(resultsStale(state)).toBeNull()
    expect(lastChange(state)).toBeNull()
    expect(state.ruleProblems.every((p) => p.level !== 'info')).toBe(true)
    // The results come second and are where the person looks now; the list that made them is applied.
    expect(stepLinks(state).map((s) => [s.label, s.state])).toEqual([
      ['Bestand', 'done'],
      ['Resultaten', 'current'],
      ['Kolommen', 'done'],
      ['Detectielijst', 'done'],
      ['Exporteren en bewaren', 'todo'],
    ])
  })

  it('names the protected columns of the file, for the signal rates per group', async () => {
    const session = createSession()
    const small = await session.read(csvBlob('leerling_id;leerjaar;afwezig_B;thuistaal;sport\n1;5;12;Nederlands;ja\n2;6;0;Frans;nee\n'), { fileName: 'klein.csv' })
    const result = session.importWith(small.suggestion!.mapping, TEST_KEY)
    expect(result.extraColumns).toEqual(['thuistaal', 'sport'])
    const rules = presetRules('workshop')
    const state = apply(initialState(), { type: 'imported', result, mapping: small.suggestion!.mapping }, { type: 'analysed', summary: session.analyse(rules), rules })
    expect(liveResults(state)).toMatchObject({ protectedFields: ['thuistaal'], hasOutcome: false })
  })

  it('says how the count changed since the previous result', () => {
    const state = apply(analysedState(), { type: 'analysisStarted' }, { type: 'analysed', summary: stricter, rules: stricterRules })
    const flagged = stricter.report!.funnel.total.flagged
    expect(flagged).toBeLessThan(113)
    const change = `${113 - flagged} minder dan daarnet (113)`
    expect(lastChange(state)).toBe(change)
    expect(state.announcement).toBe(`${flagged} van de 1.332 leerlingen krijgen een signaal (${formatPct(stricter.report!.funnel.total.percentFlagged)}): ${change}.`)
  })

  it('is "updating" while recalculating, and keeps the last valid results "invalid" while the list cannot be applied', () => {
    let state = apply(analysedState(), { type: 'analysisStarted' })
    expect(resultsStale(state)).toBe('updating')
    expect(liveResults(state)).not.toBeNull()
    const validation = validateRuleSet(refusedRules)
    expect(validation.ok).toBe(false)
    state = apply(state, { type: 'listInvalid', problems: validation.problems })
    expect(state).toMatchObject({ analysing: false, listInvalid: true, ruleProblems: validation.problems })
    expect(resultsStale(state)).toBe('invalid')
    expect(liveResults(state)!.report.funnel.total.flagged).toBe(113)
    state = apply(state, { type: 'analysisStarted' })
    expect(state).toMatchObject({ listInvalid: false, ruleProblems: [], analysing: true })
  })

  it('drops the results when the worker refuses the list, and says why', () => {
    expect(refused.ok).toBe(false)
    const state = apply(analysedState(), { type: 'analysisStarted' }, { type: 'analysed', summary: refused, rules: refusedRules })
    expect(state).toMatchObject({ listInvalid: true, analysing: false, ruleProblems: refused.problems })
    expect(state.announcement).toBe(`De detectielijst kan niet toegepast worden. ${refused.problems.find((p) => p.level === 'fatal')!.message}`)
    expect(liveResults(state)).toBeNull()
    // The next count is measured against the last one shown.
    const next = apply(state, { type: 'analysed', summary: stricter, rules: stricterRules })
    expect(lastChange(next)).toMatch(/minder dan daarnet \(113\)$/)
  })

  it('shows a worker crash during an analysis without announcing it', () => {
    const state = apply(analysedState(), { type: 'analysisStarted' }, { type: 'analysisFailed', message: 'Kapot' })
    expect(state).toMatchObject({ analysing: false, toolError: 'Kapot' })
    expect(state.announcement).toBe('113 van de 1.332 leerlingen krijgen een signaal (8,5%).')
  })

  it('starts counting changes afresh after a new import', () => {
    const state = apply(analysedState(), { type: 'importStarted' })
    expect(state.analysis).toBeNull()
    expect(state.lastFlagged).toBeNull()
    const after = apply(state, { type: 'analysed', summary: stricter, rules: stricterRules })
    expect(lastChange(after)).toBeNull()
  })
})

describe('folded steps', () => {
  it('remembers which are open through a recalculation, another file and "Alles wissen"', () => {
    let state = apply(analysedState(), { type: 'panelToggled', panel: 'rules', open: true })
    expect(state.open).toEqual({ mapping: false, rules: true })
    state = apply(state, { type: 'rulesEdited', rules: stricterRules }, { type: 'analysisStarted' }, { type: 'analysed', summary: stricter, rules: stricterRules })
    expect(state.open.rules).toBe(true)
    const chosen = chooseMapping(read.headers, read.suggestion!, [])
    state = apply(state, { type: 'dataReset' }, { type: 'fileRead', summary: read, chosen })
    expect(state.open).toEqual({ mapping: false, rules: true })
    state = apply(state, { type: 'cleared', key: OTHER_KEY }, { type: 'panelToggled', panel: 'rules', open: false })
    expect(state.open).toEqual({ mapping: false, rules: false })
  })

  it('changes nothing when a panel is already as asked', () => {
    const state = analysedState()
    expect(apply(state, { type: 'panelToggled', panel: 'mapping', open: false })).toBe(state)
  })
})

describe('the detection list', () => {
  it('chooses a preset afresh, and ignores "eigen" (that is chosen by opening a list)', () => {
    const state = apply(initialState(), { type: 'presetChosen', choice: 'abc' })
    expect(state.choice).toBe('abc')
    expect(state.rules).toEqual(presetRules('abc'))
    expect(state.rules).toBe(state.base)
    expect(apply(state, { type: 'presetChosen', choice: 'eigen' })).toBe(state)
  })

  it('marks an edit as the user own list, and an edit back as the original', () => {
    const state = initialState()
    const edited = apply(state, { type: 'rulesEdited', rules: stricterRules })
    expect(edited.rules.name).toBe(`${state.base.name} (aangepast)`)
    expect(edited.rules.gate!.value).toBe(15)
    expect(apply(edited, { type: 'rulesEdited', rules: state.base }).rules).toBe(state.base)
  })

  it('applies an own list and announces it', () => {
    const own = { ...presetRules('ewims'), id: 'mijn-lijst', name: 'Mijn lijst' }
    const state = apply(initialState(), { type: 'ownListApplied', rules: own })
    expect(state).toMatchObject({ choice: 'eigen', base: own, rules: own, announcement: 'Eigen detectielijst "Mijn lijst" toegepast.' })
  })

  it('takes a threshold from the cut-off table, relabels the condition and announces it', () => {
    const state = apply(analysedState(), { type: 'thresholdUsed', threshold: 15 })
    expect(state.rules.gate).toMatchObject({ id: 'codes', value: 15, label: 'Meer dan 15 afwezigheidscodes' })
    expect(state.rules.name).toMatch(/\(aangepast\)$/)
    expect(state.announcement).toBe('Drempel gewijzigd naar meer dan 15; de resultaten worden herberekend.')
  })

  it('changes the cut-off table factor when the list has no first step', async () => {
    const noGate: RuleSet = { ...presetRules('workshop'), gate: undefined }
    const session = createSession()
    await session.read(csvBlob(sampleToCsv(generateSeed003Export())), { fileName: 'leerlingen.csv' })
    session.importWith(read.suggestion!.mapping, TEST_KEY)
    const summary = session.analyse(noGate)
    const id = summary.report!.cutoffs!.condition.id
    let state = apply(importedState(), { type: 'ownListApplied', rules: noGate }, { type: 'analysed', summary, rules: noGate })
    state = apply(state, { type: 'thresholdUsed', threshold: 7 })
    expect(state.rules.factors.find((f) => f.id === id)!.value).toBe(7)
    expect(state.rules.factors.filter((f) => f.id !== id)).toEqual(noGate.factors.filter((f) => f.id !== id))
    expect(state.rules.gate).toBeUndefined()
  })

  it('ignores a threshold while there is no cut-off table', () => {
    const state = importedState()
    expect(apply(state, { type: 'thresholdUsed', threshold: 15 })).toBe(state)
  })
})

describe('forgetting', () => {
  it('forgets the file, the pupils and the results for a new file, but keeps the list and the mapping', () => {
    const before = apply(analysedState(), { type: 'rulesEdited', rules: stricterRules })
    const state = apply(before, { type: 'dataReset' })
    expect(state).toMatchObject({ read: null, imported: null, importedMapping: null, analysis: null, analysing: false, listInvalid: false, restored: null, lastFlagged: null })
    expect(state.rules).toBe(before.rules)
    expect(state.mapping).toBe(before.mapping)
    expect(state.key).toBe(TEST_KEY)
  })

  it('"Alles wissen" also forgets the mapping and the key, and says so', () => {
    const state = apply(analysedState(), { type: 'cleared', key: OTHER_KEY })
    expect(state).toMatchObject({ read: null, imported: null, analysis: null, mapping: null, key: OTHER_KEY })
    expect(state.announcement).toBe('Alles is gewist van deze pagina. Er werd een nieuwe sleutel voor de pseudoniemen gemaakt.')
    expect(shownResults(state)).toBeNull()
  })
})

describe('remembering mappings', () => {
  const list: RememberedMapping[] = [{ mapping: { version: 1, fields: { leerling_id: 'id', leerjaar: 'jaar' } }, savedAt: '2026-01-01T00:00:00.000Z' }]

  it('only ticks the box, or announces that the mapping in use is now remembered', () => {
    const ticked = apply(initialState(), { type: 'rememberToggled', on: true, list: null })
    expect(ticked).toMatchObject({ rememberOn: true, remembered: [], announcement: '' })
    const withList = apply(initialState(), { type: 'rememberToggled', on: true, list })
    expect(withList).toMatchObject({ rememberOn: true, remembered: list, announcement: 'De koppeling wordt onthouden in deze browser.' })
    expect(apply(withList, { type: 'rememberToggled', on: false, list: null })).toMatchObject({ rememberOn: false, remembered: list })
  })

  it('keeps the list written after an import, and forgets all on request', () => {
    const state = apply(initialState(), { type: 'remembered', list })
    expect(state.remembered).toBe(list)
    expect(apply(state, { type: 'forgotten' })).toMatchObject({ remembered: [], announcement: 'De onthouden koppelingen zijn vergeten.' })
  })
})

function savedWork(state: DetectionState): SavedWork {
  const checked = checkSavedWork(JSON.parse(JSON.stringify(workToSave(state, true))))
  if (!checked.ok) throw new Error(checked.message)
  return checked.work
}
const openWork = (work: SavedWork): DetectionAction => ({ type: 'workOpened', work, savedAt: envelope.savedAt, now: '2026-02-01T00:00:00.000Z' })

describe('saving and opening', () => {
  it('saves the key, the mapping used, the list and the results shown, in a form the check accepts', () => {
    const state = apply(analysedState(), { type: 'mappingEdited', mapping: { version: 1, fields: {} }, source: 'edited' })
    const work = workToSave(state, true)
    expect(work).toMatchObject({ key: TEST_KEY, mapping: state.importedMapping, choice: 'workshop', fileName: 'leerlingen.csv' })
    expect(work.results).toEqual(liveResults(state))
    expect(checkSavedWork(JSON.parse(JSON.stringify(work))).ok).toBe(true)
  })

  it('saves the results list with the results, and the list on screen without them', () => {
    const state = apply(analysedState(), { type: 'rulesEdited', rules: stricterRules })
    expect(workToSave(state, true).rules).toBe(liveResults(state)!.rules)
    const without = workToSave(state, false)
    expect(without.results).toBeNull()
    expect(without.rules).toBe(state.rules)
  })

  it('saves the mapping on screen when nothing was imported', () => {
    const chosen = chooseMapping(read.headers, read.suggestion!, [])
    const state = apply(initialState(), { type: 'fileRead', summary: read, chosen })
    expect(workToSave(state, true)).toMatchObject({ mapping: chosen.mapping, results: null, rules: state.rules })
  })

  it('opens saved work: key, list, remembered mapping and the saved results, shown as "saved"', () => {
    const work = savedWork(analysedState())
    const state = apply(initialState(), { type: 'mounted', key: OTHER_KEY, remembered: [] }, openWork(work))
    expect(state).toMatchObject({ key: TEST_KEY, choice: 'workshop', base: work.rules, rules: work.rules })
    expect(state.remembered).toEqual([{ mapping: work.mapping, savedAt: '2026-02-01T00:00:00.000Z' }])
    expect(state.restored).toEqual({ data: work.results, savedAt: envelope.savedAt, fileName: 'leerlingen.csv' })
    expect(liveResults(state)).toBeNull()
    expect(shownResults(state)).toBe(work.results)
    expect(resultsStale(state)).toBeNull()
    expect(stepLinks(state)[1]!.state).toBe('current')
    // Saved again without a file: the file name of the saved results is kept.
    expect(workToSave(state, true).fileName).toBe('leerlingen.csv')
  })

  it('shows saved results as "updating" while the pupils are read again with the saved key, then the live ones', () => {
    const work = savedWork(analysedState())
    let state = apply(importedState(), openWork(work), { type: 'importStarted' })
    expect(resultsStale(state)).toBe('updating')
    state = apply(state, { type: 'imported', result: imported, mapping: read.suggestion!.mapping })
    expect(state.restored).toBeNull()
    expect(shownResults(state)).toBeNull()
  })

  it('keeps the envelope saved in the browser, announces saves and removal', () => {
    let state = apply(initialState(), { type: 'storedFound', envelope })
    expect(state.stored).toBe(envelope)
    state = apply(initialState(), { type: 'saved', where: 'file', envelope })
    expect(state).toMatchObject({ stored: null, announcement: 'Het versleutelde bestand werd gedownload.' })
    state = apply(state, { type: 'saved', where: 'browser', envelope })
    expect(state).toMatchObject({ stored: envelope, announcement: 'Het werk is versleuteld bewaard in deze browser.' })
    state = apply(state, { type: 'deleted' })
    expect(state).toMatchObject({ stored: null, announcement: 'Het bewaarde werk is verwijderd uit deze browser.' })
  })

  it('prints the chosen view', () => {
    expect(apply(initialState(), { type: 'printModeChosen', mode: 'lijst' }).printMode).toBe('lijst')
  })
})
