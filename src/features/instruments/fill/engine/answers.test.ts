import { describe, expect, it } from 'vitest'

import { preventionPlan } from '@tests/fixtures/instruments/definitions'
import { answerText, isAnswered, newFillIn, orphanAnswers, rename, setAnswer, valueOf } from './answers'
import { sectionProgress, totalProgress, progressText } from './progress'

const now = new Date('2026-10-01T09:00:00Z')
const plan = preventionPlan()
const fresh = () => newFillIn(plan, { id: 'f1', name: 'Preventieplan 2026 — Sint-Jozef', now })
const question = (id: string) => plan.sections.flatMap((s) => s.parts.flatMap((p) => p.questions)).find((q) => q.id === id)!

describe('the answer model', () => {
  it('starts empty, for this instrument and revision, with a default name when none is given', () => {
    const f = fresh()
    expect(f).toMatchObject({ instrumentSlug: plan.slug, revision: plan.revision, answers: {}, snapshots: [] })
    expect(newFillIn(plan, { id: 'x', name: '  ', now }).name).toBe('Preventieplan afwezigheden — 1 oktober 2026')
  })

  it('sets an answer without changing the original, and records what was asked', () => {
    const f = fresh()
    const later = new Date('2026-10-01T09:05:00Z')
    const g = setAnswer(plan, f, 'q-verbindend-schaal', { kind: 'scale', value: 6 }, later)
    expect(f.answers).toEqual({})
    expect(g.answers['q-verbindend-schaal']).toEqual({
      kind: 'scale',
      value: 6,
      asked: 'Fase 0: Brede basiszorg › De school zet zich in om een verbindend schoolklimaat te realiseren › Schaal je school in voor deze doelstelling',
    })
    expect(g.updatedAt).toBe(later.toISOString())
    expect(valueOf(g, question('q-verbindend-schaal'))).toMatchObject({ kind: 'scale', value: 6 })
  })

  it('ignores an answer of the wrong kind or for a question that does not exist', () => {
    const f = fresh()
    expect(setAnswer(plan, f, 'q-verbindend-schaal', { kind: 'open', text: 'x' }, now)).toBe(f)
    expect(setAnswer(plan, f, 'bestaat-niet', { kind: 'open', text: 'x' }, now)).toBe(f)
  })

  it('renames, but never to an empty name', () => {
    expect(rename(fresh(), '  Plan 2027 ', now).name).toBe('Plan 2027')
    expect(rename(fresh(), '   ', now).name).toBe('Preventieplan 2026 — Sint-Jozef')
  })

  it('counts as answered only what holds something', () => {
    expect(isAnswered({ kind: 'open', text: '  ' })).toBe(false)
    expect(isAnswered({ kind: 'open', text: 'ja' })).toBe(true)
    expect(isAnswered({ kind: 'scale', value: null })).toBe(false)
    expect(isAnswered({ kind: 'scale', value: 0 })).toBe(true)
    expect(isAnswered({ kind: 'checklist', checked: ['weg'] }, question('q-verbindend-check'))).toBe(false)
    expect(isAnswered({ kind: 'checklist', checked: ['o-pest'] }, question('q-verbindend-check'))).toBe(true)
    const row = { id: 'r', what: '', who: '', when: '', done: false, note: '' }
    expect(isAnswered({ kind: 'actions', rows: [row] })).toBe(false)
    expect(isAnswered({ kind: 'actions', rows: [{ ...row, who: 'zorgcoördinator' }] })).toBe(true)
  })

  it('finds answers to questions that no longer exist or changed kind', () => {
    let f = fresh()
    f = setAnswer(plan, f, 'q-verbindend-toelichting', { kind: 'open', text: 'Proactieve cirkels in elke klas' }, now)
    f = setAnswer(plan, f, 'q-vroeg-schaal', { kind: 'scale', value: 4 }, now)
    const edited = preventionPlan('2027-01-01T00:00:00.000Z')
    edited.sections[0]!.parts[0]!.questions.splice(1, 1) // the open question is removed
    edited.sections[1]!.parts[0]!.questions[0]!.kind = 'open' // the scale became an open question
    const orphans = orphanAnswers(edited, f)
    expect(orphans.map(([id]) => id)).toEqual(['q-verbindend-toelichting', 'q-vroeg-schaal'])
    expect(orphans[0]![1].asked).toContain('Licht toe hoe de school dit doet')
    expect(answerText(orphans[1]![1])).toBe('4/10')
  })

  it('writes answers as text', () => {
    expect(answerText({ kind: 'checklist', checked: ['o-pest'] }, question('q-verbindend-check'))).toBe(
      'Heeft de school een pestbeleid en onderneemt ze actie bij eerste signalen?',
    )
    expect(
      answerText({ kind: 'actions', rows: [{ id: 'r', what: 'Onthaaldag', who: 'directie', when: 'september', done: true, note: 'geëvalueerd' }] }),
    ).toBe('Onthaaldag (wie: directie; wanneer: september; afgewerkt; geëvalueerd)')
  })
})

describe('progress', () => {
  it('counts the answered questions per section and in total', () => {
    let f = fresh()
    const [phase0, phase1] = plan.sections
    expect(sectionProgress(phase0!, f)).toEqual({ answered: 0, total: 6 })
    f = setAnswer(plan, f, 'q-verbindend-check', { kind: 'checklist', checked: ['o-pauze'] }, now)
    f = setAnswer(plan, f, 'q-verbindend-schaal', { kind: 'scale', value: 0 }, now)
    f = setAnswer(plan, f, 'q-verbindend-inzet', { kind: 'open', text: '   ' }, now)
    f = setAnswer(plan, f, 'q-vroeg-inzet', { kind: 'open', text: 'Scan op alle codes' }, now)
    expect(sectionProgress(phase0!, f)).toEqual({ answered: 2, total: 6 })
    expect(sectionProgress(phase1!, f)).toEqual({ answered: 1, total: 2 })
    expect(totalProgress(plan, f)).toEqual({ answered: 3, total: 8 })
    expect(progressText({ answered: 1, total: 1 })).toBe('1 van 1 vraag beantwoord')
    expect(progressText({ answered: 3, total: 8 })).toBe('3 van 8 vragen beantwoord')
  })

  it('does not count an answer whose question changed kind', () => {
    let f = fresh()
    f = setAnswer(plan, f, 'q-vroeg-schaal', { kind: 'scale', value: 4 }, now)
    const edited = preventionPlan('2027')
    edited.sections[1]!.parts[0]!.questions[0]!.kind = 'open'
    expect(sectionProgress(edited.sections[1]!, f)).toEqual({ answered: 0, total: 2 })
  })
})
