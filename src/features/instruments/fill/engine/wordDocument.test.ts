/** The Word export read back with mammoth (a .docx reader, in the project for the library's text extraction). */
import { Packer } from 'docx'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'

import { dialogueSheet, preventionPlan } from '@tests/fixtures/instruments/definitions'
import { newFillIn, setAnswer } from './answers'
import { takeSnapshot } from './followUp'
import { wordDocument } from './wordDocument'

const now = new Date('2026-10-01T09:00:00Z')

const read = async (doc: ReturnType<typeof wordDocument>) => {
  const buffer = await Packer.toBuffer(doc)
  const [{ value: text }, { value: html }] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })])
  return { text, html }
}

describe('the Word export', () => {
  it('reads like the prevention plan, with the answers in place', async () => {
    const plan = preventionPlan()
    let f = newFillIn(plan, { id: 'f', name: 'Preventieplan 2026 — Sint-Jozef', now })
    f = setAnswer(plan, f, 'q-verbindend-check', { kind: 'checklist', checked: ['o-pest'] }, now)
    f = setAnswer(plan, f, 'q-verbindend-toelichting', { kind: 'open', text: 'Proactieve cirkels in elke klas' }, now)
    f = setAnswer(plan, f, 'q-verbindend-schaal', { kind: 'scale', value: 6 }, now)
    f = setAnswer(
      plan,
      f,
      'q-acties-0',
      { kind: 'actions', rows: [{ id: 'r1', what: 'Onthaaldag voor ouders', who: 'directie', when: 'september', done: true, note: 'borgen in jaarplanning' }] },
      now,
    )
    f = takeSnapshot(plan, f, { id: 's1', now })
    const { text, html } = await read(wordDocument(plan, f, now))

    expect(html).toContain('<h1>Fase 0: Brede basiszorg</h1>')
    expect(html).toContain('<h2>De school zet zich in om een verbindend schoolklimaat te realiseren</h2>')
    expect(text).toContain('Preventieplan 2026 — Sint-Jozef')
    expect(text).toContain('PLG Antwerpen')
    expect(text).toContain('☒ Heeft de school een pestbeleid en onderneemt ze actie bij eerste signalen?')
    expect(text).toContain('☐ Organiseert de school activiteiten tijdens pauzemomenten?')
    expect(text).toContain('Proactieve cirkels in elke klas')
    expect(text).toContain('Schaal je school in voor deze doelstelling: 6/10')
    // Objectives not scored yet keep the paper form's blank.
    expect(text).toContain('Schaal je school in voor deze doelstelling: ___/10')
    expect(text).toContain('(niet ingevuld)')
    // The action table, header and row.
    expect(html).toMatch(/<table>.*Wat.*Wie.*Wanneer.*Check.*Onthaaldag voor ouders.*directie.*september.*☒ afgewerkt.*borgen in jaarplanning.*<\/table>/s)
    // Follow-up: the snapshot's scores.
    expect(text).toContain('Opvolging (PDCA)')
    expect(html).toMatch(/verbindend schoolklimaat te realiseren<\/p><\/td><td><p>6\/10/)
  })

  it('writes the dialogue sheet fields, and answers to removed questions apart', async () => {
    const sheet = dialogueSheet()
    let f = newFillIn(sheet, { id: 'f', name: 'Fiche De Linde', now })
    f = setAnswer(sheet, f, 'q-bk-notities', { kind: 'open', text: 'Veel B-codes op maandag' }, now)
    const edited = { ...sheet, revision: '2027', sections: [{ ...sheet.sections[0]!, parts: [] }] }
    const { text, html } = await read(wordDocument(edited, f, now))
    for (const heading of ['Doel', 'Richtvragen', 'Rol van het CLB', 'Resultaat', 'Voorwaarden', 'Wat maakt het raam groter?'])
      expect(html).toContain(`<h3>${heading}</h3>`)
    expect(text).toContain('Hoe worden afwezigheden en te laat komen geregistreerd?')
    expect(text).toContain('Antwoorden op vragen die niet meer in het instrument staan')
    expect(text).toContain('Breed kijken › Notities › Wat zien we?')
    expect(text).toContain('Veel B-codes op maandag')
  })
})
