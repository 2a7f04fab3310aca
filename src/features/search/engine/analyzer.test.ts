import { describe, expect, it } from 'vitest'

import { baseForms, fold, terms, tokens, words } from './analyzer'
import { createDecompounder } from './compounds'

describe('Dutch analysis', () => {
  it('stems the forms of a word to one term', () => {
    const [a, b, c, d] = terms('afwezigheid afwezigheden afwezig afwezige')
    expect(new Set([a, b, c, d]).size).toBe(1)
    expect(terms('leerling leerlingen')).toEqual([terms('leerling')[0], terms('leerling')[0]])
    expect(terms('begeleiding begeleiden')[0]).toBe(terms('begeleiden')[0])
  })

  /** Plural and singular forms of real words from the seed content, as people type them (apostrophes or not). */
  const PLURALS: [string, string][] = [
    ['dialoogfiches', 'dialoogfiche'],
    ['fiches', 'fiche'],
    ['ziektecodes', 'ziektecode'],
    ['afwezigheidscodes', 'afwezigheidscode'],
    ['gespreksthemas', 'gespreksthema'],
    ["gespreksthema's", 'gespreksthema'],
    ["subthema's", 'subthema'],
    ['hoofdthemas', 'hoofdthema'],
    ["collega's", 'collega'],
    ['relaties', 'relatie'],
    ['interventies', 'interventie'],
    ['periodes', 'periode'],
    ['analyses', 'analyse'],
    ['principes', 'principe'],
    ['basisprincipes', 'basisprincipe'],
    ['routines', 'routine'],
    ['websites', 'website'],
    ['competenties', 'competentie'],
    ['leerprestaties', 'leerprestatie'],
    ['welzijnsorganisaties', 'welzijnsorganisatie'],
    ['organisaties', 'organisatie'],
    ['provincies', 'provincie'],
    ['registraties', 'registratie'],
    ['observaties', 'observatie'],
    ['sterktes', 'sterkte'],
    ['situaties', 'situatie'],
    ['notities', 'notitie'],
    ['expertises', 'expertise'],
    ['intervisies', 'intervisie'],
    ['suggesties', 'suggestie'],
    ['directies', 'directie'],
    ['niveaus', 'niveau'],
    ['buddys', 'buddy'],
    ['categorieën', 'categorie'],
    ['ideeën', 'idee'],
    ['preventieplannen', 'preventieplan'],
    ['klassen', 'klas'],
    ['leerprocessen', 'leerproces'],
    ['scores', 'score'],
    ["foto's", 'foto'],
    ['scenarios', 'scenario'],
    ['leerlingen', 'leerling'],
    ['gesprekken', 'gesprek'],
    ['afspraken', 'afspraak'],
    ['vragenlijsten', 'vragenlijst'],
  ]

  it.each(PLURALS)('gives the plural %s the term of %s', (plural, one) => {
    expect(terms(plural)).toEqual(terms(one))
  })

  it('keeps words whose -s is not a plural ending apart from other words', () => {
    expect(terms('leerproces')).toEqual(terms('leerprocessen'))
    expect(terms('proces')).not.toEqual(terms('procedure'))
    expect(terms('europees')[0]).toMatch(/^europe/)
    expect(terms('basis')).not.toEqual(terms('basi'))
  })

  it('folds accents and case before splitting, so ë, ï and ü stay inside the word', () => {
    expect(fold('Geïnventariseerd')).toBe('geinventariseerd')
    expect(terms('geïnventariseerd')).toEqual(terms('geinventariseerd'))
    expect(terms('geïnventariseerd')).toHaveLength(1)
    expect(terms('zorgcontinuüm')).toEqual(terms('ZORGCONTINUUM'))
    expect(terms('drieëntwintig')).toEqual(terms('drieentwintig'))
  })

  it('reads ligatures from PDFs as letters', () => {
    expect(fold('ﬁnanciering')).toBe('financiering')
  })

  it('drops stop words and keeps numbers as they are', () => {
    expect(terms('de leerling en het CLB')).toEqual([...terms('leerling'), 'clb'])
    expect(terms('fase 2 en 2027-2028')).toEqual([...terms('fase'), '2', '2027', '2028'])
  })

  it('splits at hyphens and keeps apostrophes inside a word', () => {
    expect(words("CLB-team thema's")).toEqual(['clb', 'team', 'themas'])
  })

  it('gives each word its place in the original text', () => {
    const text = 'Het Geïnventariseerde plan'
    const found = [...tokens(text)].map((t) => text.slice(t.start, t.end))
    expect(found).toEqual(['Het', 'Geïnventariseerde', 'plan'])
    expect([...tokens(text)][0]!.term).toBeNull() // "het" is a stop word
  })

  it('ignores overlong strings (URLs, hashes) and odd characters', () => {
    expect(terms(`${'x'.repeat(60)} school`)).toEqual(terms('school'))
    expect(terms('<script>alert(1)</script> %00 💥')).toEqual(['script', 'alert', '1', 'script', '00'])
  })
})

describe('compounds', () => {
  const known = new Set(['school', 'uitval', 'aanwezigheid', 'beleid', 'ouder', 'betrokkenheid', 'team', 'leden'])
  const split = createDecompounder((w) => known.has(w))

  it('splits a compound into words the corpus uses on their own', () => {
    expect(split('schooluitval')).toEqual(['school', 'uitval'])
    expect(split('ouderbetrokkenheid')).toEqual(['ouder', 'betrokkenheid'])
  })

  it('splits a compound whose last part is a plural of a word the corpus has', () => {
    const corpus = new Set(['dialoog', 'fiche', 'preventie', 'plan', 'school', 'afspraak', 'gesprek', 'verslag'])
    const plural = createDecompounder((w) => corpus.has(w), baseForms)
    expect(plural('dialoogfiches')).toEqual(['dialoog', 'fiches'])
    expect(plural('preventieplannen')).toEqual(['preventie', 'plannen'])
    expect(plural('schoolafspraken')).toEqual(['school', 'afspraken'])
    expect(plural('gespreksverslagen')).toEqual(['gesprek', 'verslagen'])
    // Only the last part carries the plural: "afspraken" is no first part.
    expect(plural('afsprakendialoog')).toBeNull()
  })

  it('allows the linking -s- and splits deeper compounds', () => {
    expect(split('aanwezigheidsbeleid')).toEqual(['aanwezigheid', 'beleid'])
    expect(split('schoolteamleden')).toEqual(['school', 'team', 'leden'])
  })

  it('leaves words alone that are not made of known words', () => {
    expect(split('leerlingen')).toBeNull()
    expect(split('uitval')).toBeNull() // too short to be a compound of two 4-letter parts
  })
})
