/**
 * Which columns hold personal data the engine must not keep, and which attributes must never score.
 *
 * Two different things:
 * - direct identifiers (names, national register numbers, contact data) are dropped when the file is read;
 * - protected attributes (origin, nationality, home language) may be kept to check a rule for bias (flag rates per
 *   group), but a rule that scores on them is refused. A pupil's language *delay* (a screening result,
 *   `taalachterstand`) is allowed: it is measured, not presumed from background.
 */
import { normaliseHeader } from './values'

const IDENTIFIER_HEADERS = new Set(
  [
    'naam', 'voornaam', 'familienaam', 'achternaam', 'roepnaam', 'volledige naam', 'naam leerling', 'leerling naam',
    'leerlingnaam', 'naam en voornaam', 'voornaam en naam', 'voornamen', 'tussenvoegsel', 'name', 'first name',
    'last name', 'full name', 'surname', 'given name', 'rijksregisternummer', 'rijksregister', 'rijksregisternr',
    'rrn', 'rr nummer', 'insz', 'insz nummer', 'bis nummer', 'bisnummer', 'nationaal nummer', 'nationaal nr',
    'national number', 'national register number', 'adres', 'straat', 'huisnummer', 'postcode', 'gemeente',
    'woonplaats', 'e mail', 'email', 'mail', 'telefoon', 'gsm', 'telefoonnummer', 'geboortedatum', 'geboorteplaats',
    'date of birth', 'naam ouder', 'naam moeder', 'naam vader', 'e mail ouder',
  ].map(normaliseHeader),
)

/** True when a header names a direct identifier (a name, a national register number, contact data). */
export function isIdentifierHeader(header: string): boolean {
  const h = normaliseHeader(header)
  if (IDENTIFIER_HEADERS.has(h)) return true
  return /(^|_)(rijksregister|insz|voornaam|familienaam|achternaam)/.test(h)
}

const NRN = /^\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}$/

/**
 * True when a cell looks like a Belgian national register number (11 digits, YY.MM.DD-SSS.CC) with a valid
 * check number (97 − number mod 97, with a leading 2 for births from 2000).
 */
export function looksLikeNationalNumber(text: string): boolean {
  const t = text.trim()
  if (!NRN.test(t)) return false
  const digits = t.replace(/\D/g, '')
  const base = Number(digits.slice(0, 9))
  const check = Number(digits.slice(9))
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check
}

const PROTECTED_PARTS = [
  'herkomst', 'afkomst', 'origine', 'origin', 'etnic', 'etnisch', 'ethnic', 'nationalit', 'thuistaal', 'moedertaal',
  'home_language', 'homelanguage', 'taal_thuis', 'thuis_taal', 'gezinstaal', 'geboorteland', 'country_of_birth',
  'land_van_herkomst', 'migratie', 'migration',
]
const PROTECTED_EXACT = new Set(['ras', 'race', 'nationaliteit', 'afkomst'])

/** True when a field is about origin, nationality or home language: it may never be a scoring input. */
export function isProtectedAttribute(field: string): boolean {
  const f = normaliseHeader(field)
  if (PROTECTED_EXACT.has(f)) return true
  return PROTECTED_PARTS.some((p) => f.includes(p))
}
