/**
 * Flemish absence codes (Discimus, valid since 1 September 2019) and how the legacy codes still found in school
 * software map onto them.
 *
 * Sources: AGODI, "Registratie afwezigheden in Discimus: codes geldig vanaf 1 september 2019" and its
 * "Discimus: omzettingstabel aan- en afwezigheidscodes" (agodi.be); ../../shared/FACTS.md, "Flemish absence codes".
 */

/** The seven current codes. */
export const ABSENCE_CODES = ['A', 'R', 'Z', 'H', 'P', 'M', 'B'] as const
export type AbsenceCode = (typeof ABSENCE_CODES)[number]

export const ABSENCE_CODE_LABELS: Record<AbsenceCode, string> = {
  A: 'afwezigheid van een niet-leerplichtige kleuter',
  R: 'van rechtswege afwezig (familieraad, huwelijk, begrafenis, rechtbank, overmacht, tuchtmaatregel, …)',
  Z: 'ziek (briefje van de ouders, medisch attest of attest)',
  H: 'revalidatie tijdens de lestijden (enkel buitengewoon onderwijs)',
  P: 'persoonlijke redenen met akkoord van de directie',
  M: 'werkplekleren niet ingevuld, niet door onwil (enkel secundair)',
  B: 'problematische afwezigheid (zonder geldige reden)',
}

/**
 * What a legacy code becomes.
 * - a current code: its half-days count as that code (D → Z, T/U/Y/C/J → R);
 * - `late`: L was "te laat", a presence code; it is kept as a count of late arrivals, not as absence;
 * - `obsolete`: W (internship, secondary) and G (spread curriculum, secondary) are "niet meer van toepassing";
 *   they are kept as they are but not counted as absence.
 */
export type LegacyTarget = AbsenceCode | 'late' | 'obsolete'

export const LEGACY_CODES: Record<string, { target: LegacyTarget; meaning: string }> = {
  D: { target: 'Z', meaning: 'ziek met medisch attest (of attest type 5-school)' },
  T: { target: 'R', meaning: 'tuchtmaatregel: definitieve uitsluiting' },
  U: { target: 'R', meaning: 'tuchtmaatregel: tijdelijke uitsluiting' },
  Y: { target: 'R', meaning: 'tuchtmaatregel: preventieve schorsing' },
  C: { target: 'R', meaning: 'topsport-, topkunstenstatuut of ballet (enkel SO)' },
  J: { target: 'R', meaning: 'moederschapsverlof (enkel SO)' },
  L: { target: 'late', meaning: 'te laat (aanwezigheidscode)' },
  W: { target: 'obsolete', meaning: 'afwezig op school wegens stage (enkel SO), niet meer van toepassing' },
  G: { target: 'obsolete', meaning: 'spreiding van het lesprogramma (enkel SO), niet meer van toepassing' },
}

export const LEGACY_CODE_LETTERS = Object.keys(LEGACY_CODES)

/**
 * Maps any code letter found in an export to what it counts as. Unknown letters give `null`; the caller reports them.
 */
export function mapAbsenceCode(code: string): LegacyTarget | null {
  const c = code.trim().toUpperCase()
  if ((ABSENCE_CODES as readonly string[]).includes(c)) return c as AbsenceCode
  return LEGACY_CODES[c]?.target ?? null
}

/** Template field of the half-day count of a code: `afwezig_B`. */
export function absenceField(code: string): string {
  return `afwezig_${code.toUpperCase()}`
}

/** Derived field: all absence half-days, every current code together (legacy codes mapped). */
export const TOTAL_ABSENCE_FIELD = 'afwezig_totaal'
/** Derived field: absence as a percentage of the half-days the pupil was expected (needs `halve_dagen`). */
export const ABSENCE_PERCENT_FIELD = 'afwezig_pct'
/** Derived field: late arrivals from the legacy L code. */
export const LATE_FIELD = 'te_laat'

/** The codes an absence field stands for, or null when the field is not an absence count. */
export function codesOfAbsenceField(field: string): AbsenceCode[] | null {
  if (field === TOTAL_ABSENCE_FIELD) return [...ABSENCE_CODES]
  const m = /^afwezig_([A-Z])$/.exec(field)
  if (!m) return null
  const target = mapAbsenceCode(m[1]!)
  if (target === null || target === 'late' || target === 'obsolete') return null
  return (ABSENCE_CODES as readonly string[]).includes(m[1]!) ? [target] : null
}
