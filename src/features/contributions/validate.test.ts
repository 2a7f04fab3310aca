import { describe, expect, it } from 'vitest'

import { formFields, isContributionField, limits, validateContribution } from './validate'

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
