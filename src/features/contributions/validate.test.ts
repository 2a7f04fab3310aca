import { describe, expect, it } from 'vitest'

import { validateContribution } from './validate'

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
