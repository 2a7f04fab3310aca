import { describe, expect, it } from 'vitest'

import { checkFileFacts, chosenFile, formFields, isContributionField, limits, maxFileBytes, validateContribution } from './validate'

const valid = {
  soort: 'praktijk',
  titel: '  Een   warme  overdracht ',
  beschrijving: 'Wij bellen elke ouder\r\nvoor de start.',
  onderwerp: 'afwezigheden',
  webadres: 'https://www.voorbeeld.be/praktijk',
  naam: 'An Peeters',
  email: 'An.Peeters@School.be',
  organisatie: '',
  akkoord: 'ja',
}

describe('the contribution form', () => {
  it('accepts a complete contribution and tidies it', () => {
    const result = validateContribution(valid)
    expect(result).toMatchObject({
      ok: true,
      contribution: {
        kind: 'praktijk',
        title: 'Een warme overdracht',
        description: 'Wij bellen elke ouder\nvoor de start.',
        topicSlug: 'afwezigheden',
        url: 'https://www.voorbeeld.be/praktijk',
        name: 'An Peeters',
        email: 'an.peeters@school.be',
        organisation: null,
      },
    })
  })

  it('names every missing or wrong field in Dutch, and keeps what was typed', () => {
    const result = validateContribution({ soort: 'reclame', titel: '', webadres: 'javascript:alert(1)', email: 'geen-adres', onderwerp: '../admin' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['akkoord', 'beschrijving', 'email', 'naam', 'onderwerp', 'soort', 'titel', 'webadres'])
    expect(result.errors.email).toMatch(/geldig e-mailadres/)
    expect(result.errors.webadres).toMatch(/https:\/\//)
    expect(result.values.email).toBe('geen-adres')
  })

  it('refuses text over the limits, and values that are not text', () => {
    const result = validateContribution({ ...valid, titel: 'x'.repeat(201), beschrijving: 'y'.repeat(5001), naam: ['a', 'b'] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.titel).toMatch(/te lang/)
    expect(result.errors.beschrijving).toMatch(/nu 5001/)
    expect(result.errors.naam).toMatch(/Vul uw naam in/)
  })

  it('drops control characters', () => {
    const result = validateContribution({ ...valid, titel: 'Titel\u0000\u0007 met rommel' })
    expect(result.ok && result.contribution.title).toBe('Titel met rommel')
  })
})

describe('the contribution schema', () => {
  it('treats a missing field as empty, and names only the required ones', () => {
    const result = validateContribution({})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.values).toEqual({ soort: '', titel: '', beschrijving: '', onderwerp: '', webadres: '', naam: '', email: '', organisatie: '', akkoord: '' })
    expect(Object.keys(result.errors)).toEqual(['soort', 'titel', 'beschrijving', 'naam', 'email', 'akkoord'])
    expect(result.errors.titel).toBe('Geef uw bijdrage een titel.')
  })

  it('gives one message per field, the first that applies, in the order of the form', () => {
    const result = validateContribution({ ...valid, akkoord: 'nee', webadres: `https://x.be/${'p'.repeat(2000)}`, email: `${'a'.repeat(250)}@school.be`, organisatie: 'o'.repeat(161) })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      webadres: 'Dit webadres is te lang.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.',
      organisatie: 'De naam van de organisatie is te lang: hoogstens 160 tekens.',
      akkoord: 'Geef aan dat de redactie uw bijdrage mag lezen en gebruiken.',
    })
  })

  it('accepts text right at the limits', () => {
    const atLimit = { ...valid, titel: 't'.repeat(limits.title), beschrijving: 'b'.repeat(limits.description), naam: 'n'.repeat(limits.name), organisatie: 'o'.repeat(limits.organisation) }
    expect(validateContribution(atLimit).ok).toBe(true)
  })

  it('knows its own field names only', () => {
    expect(['titel', 'akkoord'].filter(isContributionField)).toEqual(['titel', 'akkoord'])
    expect(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'website', ''].filter(isContributionField)).toEqual([])
  })

  it('reads the text fields of a form and leaves files out', () => {
    const form = new FormData()
    form.set('titel', 'Een titel')
    form.set('bijlage', new Blob(['x']), 'x.txt')
    expect(formFields(form)).toEqual({ titel: 'Een titel' })
  })
})

describe('the file a contribution carries (the browser’s check: name and size)', () => {
  it('accepts the five types by extension, in any case, up to 20 MB', () => {
    for (const name of ['a.pdf', 'b.DOCX', 'c.pptx', 'd.xlsx', 'e.odt']) expect(checkFileFacts({ name, size: 1000 }), name).toBeNull()
    expect(checkFileFacts({ name: 'groot.pdf', size: maxFileBytes })).toBeNull()
  })

  it('refuses other names, empty files and files over 20 MB, in Dutch', () => {
    for (const name of ['setup.exe', 'oud.doc', 'tabel.ods', 'pdf', 'foto.jpg', 'archief.zip', 'verslag.pdf.exe']) {
      expect(checkFileFacts({ name, size: 1000 }), name).toMatch(/^Dit soort bestand nemen we niet aan/)
    }
    expect(checkFileFacts({ name: 'leeg.pdf', size: 0 })).toBe('Het bestand is leeg. Kies het bestand opnieuw.')
    expect(checkFileFacts({ name: 'groot.pdf', size: 23_456_789 })).toBe(
      'Het bestand is te groot: hoogstens 20 MB (dit bestand is 23,5 MB). Stuur een kleinere versie, of vermeld waar het online staat.',
    )
  })

  it('reports a wrong file with the other fields, in the order of the form, and keeps what was typed', () => {
    const result = validateContribution({ ...valid, naam: '' }, { name: 'setup.exe', size: 10 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors)).toEqual(['bestand', 'naam'])
    expect(result.values.titel).toBe('Een warme overdracht')
    expect(validateContribution(valid, { name: 'ok.pdf', size: 10 }).ok).toBe(true)
  })

  it('finds the chosen file in a form, and none when the browser sent an empty part', () => {
    const form = new FormData()
    form.set('bestand', new File([], '', { type: 'application/octet-stream' }))
    expect(chosenFile(form)).toBeNull()
    form.set('bestand', new File(['%PDF-1.4'], 'a.pdf'))
    expect(chosenFile(form)?.name).toBe('a.pdf')
    expect(isContributionField('bestand')).toBe(true)
  })
})
