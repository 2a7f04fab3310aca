import { describe, expect, it } from 'vitest'

import { dialogueSheet, preventionPlan } from '@tests/fixtures/instruments/definitions'
import { newFillIn, orphanAnswers, setAnswer } from './answers'
import { FILE_FORMAT, fileName, fileText, readFillInFile, toFile } from './fileFormat'
import { takeSnapshot } from './followUp'

const now = new Date('2026-10-01T09:00:00Z')
const plan = preventionPlan()

function filled() {
  let f = newFillIn(plan, { id: 'f-123', name: 'Preventieplan 2026 — Sint-Jozef', now })
  f = setAnswer(plan, f, 'q-verbindend-toelichting', { kind: 'open', text: 'Proactieve cirkels\nin elke klas' }, now)
  f = setAnswer(plan, f, 'q-verbindend-check', { kind: 'checklist', checked: ['o-pest'] }, now)
  f = setAnswer(plan, f, 'q-verbindend-schaal', { kind: 'scale', value: 6 }, now)
  f = setAnswer(
    plan,
    f,
    'q-acties-0',
    { kind: 'actions', rows: [{ id: 'r1', what: 'Onthaaldag', who: 'directie', when: 'september', done: false, note: '' }] },
    now,
  )
  return takeSnapshot(plan, f, { id: 's1', now })
}

const written = (f = filled()) => fileText(toFile(plan, f, now))

describe('the fill-in file', () => {
  it('writes the format, version, instrument and fill-in, and reads them back unchanged', () => {
    const f = filled()
    const text = written(f)
    expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, version: 1, instrument: { slug: plan.slug, revision: plan.revision } })
    expect(readFillInFile(text, plan)).toEqual({ ok: true, fillIn: f, otherRevision: null, notice: null })
    // A byte order mark (an editor that added one) is fine.
    expect(readFillInFile(`\uFEFF${text}`, plan).ok).toBe(true)
  })

  it('names the file after the fill-in', () => {
    expect(fileName('Preventieplan 2026 — Sint-Jozef (Geel)', 'json')).toBe('preventieplan-2026-sint-jozef-geel.json')
    expect(fileName('***', 'docx')).toBe('invulling.docx')
  })

  it('opens a fill-in made for an older revision, with answers to removed questions apart', () => {
    const newer = preventionPlan('2027-02-01T08:00:00.000Z')
    newer.sections[0]!.parts[0]!.questions.splice(1, 1) // "Licht toe…" is gone
    const result = readFillInFile(written(), newer)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.otherRevision).toBe('older')
    expect(result.notice).toContain('oudere versie')
    expect(orphanAnswers(newer, result.fillIn).map(([id]) => id)).toEqual(['q-verbindend-toelichting'])
  })

  it('says so when the file is from a newer revision than the page', () => {
    const result = readFillInFile(written(), preventionPlan('2025-01-01T00:00:00.000Z'))
    expect(result).toMatchObject({ ok: true, otherRevision: 'newer' })
  })

  it('refuses a file of another instrument, naming it', () => {
    const result = readFillInFile(written(), dialogueSheet())
    expect(result).toMatchObject({ ok: false, reason: 'other-instrument' })
    if (!result.ok) expect(result.message).toContain('"Preventieplan afwezigheden"')
  })

  it('refuses what is not a fill-in', () => {
    for (const content of ['%PDF-1.7 …', 'PK\u0003\u0004 word/document.xml', '{"name": "iets anders"}', '[1, 2, 3]', 'null', '']) {
      const result = readFillInFile(content, plan)
      expect(result.ok, content).toBe(false)
      if (!result.ok) expect(['not-a-fill-in', 'corrupt']).toContain(result.reason)
      if (!result.ok) expect(result.message).toMatch(/geen bestand van een invulling|beschadigd/)
    }
    expect(readFillInFile('{"name": "iets anders"}', plan)).toMatchObject({ ok: false, reason: 'not-a-fill-in' })
  })

  it('refuses a damaged file: cut off, or with answers that do not fit', () => {
    const text = written()
    expect(readFillInFile(text.slice(0, text.length / 2), plan)).toMatchObject({ ok: false, reason: 'corrupt' })
    const mangle = (change: (file: any) => void) => {
      const file = JSON.parse(text)
      change(file)
      return readFillInFile(JSON.stringify(file), plan)
    }
    expect(mangle((f) => (f.fillIn.answers['q-verbindend-schaal'].value = 11))).toMatchObject({ ok: false, reason: 'corrupt' })
    expect(mangle((f) => (f.fillIn.answers['q-verbindend-schaal'].kind = 'tekening'))).toMatchObject({ ok: false, reason: 'corrupt' })
    expect(mangle((f) => delete f.fillIn.snapshots)).toMatchObject({ ok: false, reason: 'corrupt' })
    expect(mangle((f) => (f.fillIn.createdAt = 'gisteren'))).toMatchObject({ ok: false, reason: 'corrupt' })
    expect(mangle((f) => (f.fillIn.instrumentSlug = 'iets-anders'))).toMatchObject({ ok: false, reason: 'corrupt' })
    expect(mangle((f) => delete f.instrument)).toMatchObject({ ok: false, reason: 'corrupt' })
    expect(mangle((f) => (f.version = 2))).toMatchObject({ ok: false, reason: 'newer-format' })
  })

  it('refuses a file that is far too large before reading it', () => {
    expect(readFillInFile('{}', plan, { bytes: 6_000_000 })).toMatchObject({ ok: false, reason: 'too-large' })
  })
})
