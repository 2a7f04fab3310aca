/**
 * Fully synthetic school exports for demos, tests and the bench. Nothing here comes from real pupils: names are
 * drawn from short lists of common first and family names, national register numbers are random (with a valid check
 * number, so that the privacy filter is exercised), and every figure comes from a seeded pseudo-random generator.
 *
 * Two generators:
 * - `generateSchoolExport`: a realistic export of any size, in the template's columns or an Informat- or
 *   Smartschool-like layout (the assumed headers of mapping.ts);
 * - `generateSeed003Export`: the shape of the workshop in seed 003: 1332 pupils (655 in grade 5, 677 in grade 6),
 *   of whom exactly 314 (168 / 146) have more than 10 absence codes and exactly 113 (53 / 60) of those score on 2 or
 *   more risk factors of the workshop preset.
 */
import { absenceField } from './codes'

/** Mulberry32: a small, fast, seeded PRNG (not for secrets). Returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export type SampleStyle = 'template' | 'informat' | 'smartschool'

export interface SampleOptions {
  seed?: number
  /** Number of pupils. Default 500. */
  pupils?: number
  /** Grades to spread pupils over. Default ["5", "6"]. */
  grades?: string[]
  schools?: number
  style?: SampleStyle
  /** Add synthetic name and national-register-number columns, as real exports have them. Default true. */
  personalData?: boolean
  /** Add the `uitkomst` column. Default true. */
  outcome?: boolean
  /** Add a synthetic `thuistaal` column, independent of risk (to demonstrate the bias check). Default false. */
  homeLanguage?: boolean
}

export interface SampleExport {
  headers: string[]
  rows: string[][]
}

/** The workshop preset's risk factors, in the template's fields (see rules/presets/workshop.ts). */
const RISK_FACTORS = ['b-codes', 'vertraging', 'schoolwissels', 'tekorten', 'taalachterstand', 'gedrag', 'motivatie'] as const
type RiskFactor = (typeof RISK_FACTORS)[number]

interface Profile {
  grade: string
  totalAbsence: number
  risks: Set<RiskFactor>
}

const FIRST_NAMES = [
  'Emma', 'Noah', 'Olivia', 'Liam', 'Louise', 'Arthur', 'Mila', 'Lucas', 'Elena', 'Jules', 'Marie', 'Adam', 'Lina',
  'Victor', 'Nora', 'Finn', 'Julia', 'Mohamed', 'Ella', 'Louis', 'Sara', 'Leon', 'Yasmine', 'Matteo', 'Zoë', 'Rayan',
  'Ines', 'Wout', 'Hanne', 'Seppe', 'Amélie', 'Thibault',
]
const FAMILY_NAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Dubois', 'Lambert', 'Dupont', 'Hermans', 'Aerts', 'Michiels', 'Vermeulen', 'Van Damme', 'El Amrani', 'Yilmaz',
  'Desmet', 'Verstraete', 'Coppens', 'Lemmens', 'Stevens', 'Pauwels', 'Smets', 'Hendrickx', 'Van den Broeck', 'Lefèvre',
]
const SCHOOL_NAMES = [
  'Basisschool De Linde', 'Basisschool Het Klavertje', 'Basisschool De Wegwijzer', 'Basisschool De Regenboog',
  'Basisschool Ter Beke', 'Basisschool De Vlieger', 'Basisschool Sint-Gérard', 'Basisschool Het Anker',
]
const HOME_LANGUAGES = ['Nederlands', 'Nederlands', 'Nederlands', 'Frans', 'Arabisch', 'Turks', 'Pools', 'Engels']

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!
}

function intBetween(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1))
}

function shuffle<T>(rand: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[list[i], list[j]] = [list[j]!, list[i]!]
  }
  return list
}

/** A random national register number with a valid check number, for a birth in 2000 or later. */
function fakeNationalNumber(rand: () => number, birthYear: number): string {
  const yy = birthYear % 100
  const mm = intBetween(rand, 1, 12)
  const dd = intBetween(rand, 1, 28)
  const serial = intBetween(rand, 1, 997)
  const base = yy * 10_000_000 + mm * 100_000 + dd * 1000 + serial
  const check = 97 - ((2_000_000_000 + base) % 97)
  const p = (n: number, w: number) => String(n).padStart(w, '0')
  return `${p(yy, 2)}.${p(mm, 2)}.${p(dd, 2)}-${p(serial, 3)}.${p(check, 2)}`
}

const TEMPLATE_TAIL = [
  'onderwijsniveau', 'halve_dagen', 'schoolwissels', 'jaren_vertraging', 'tekorten', 'tekort_wiskunde', 'tekort_taal',
  'gemiddelde', 'schorsingen', 'taalachterstand', 'gedrag_zorg', 'motivatie_laag', 'ouderbetrokkenheid', 'binding_school',
]

function headersFor(style: SampleStyle, personal: boolean, outcome: boolean, homeLanguage: boolean): string[] {
  const tail = [...TEMPLATE_TAIL, ...(homeLanguage ? ['thuistaal'] : []), ...(outcome ? ['uitkomst'] : [])]
  if (style === 'informat') {
    return [
      'Stamnummer', ...(personal ? ['Naam', 'Voornaam', 'Rijksregisternummer'] : []), 'Instelling', 'Klas', 'Leerjaar',
      'A', 'R', 'Z', 'D', 'H', 'P', 'M', 'B', 'L', ...tail,
    ]
  }
  if (style === 'smartschool') {
    return [
      'Intern nummer', ...(personal ? ['Naam', 'Voornaam', 'Rijksregisternummer'] : []), 'Vestiging', 'Klas', 'Leerjaar',
      ...['A', 'R', 'Z', 'H', 'P', 'M', 'B'].map((c) => `Afwezigheden ${c}`), ...tail,
    ]
  }
  return [
    'leerling_id', ...(personal ? ['naam', 'voornaam', 'rijksregisternummer'] : []), 'school', 'klas', 'leerjaar',
    ...['A', 'R', 'Z', 'H', 'P', 'M', 'B'].map(absenceField), ...tail,
  ]
}

interface BuildContext {
  rand: () => number
  style: SampleStyle
  personal: boolean
  outcome: boolean
  homeLanguage: boolean
  schools: number
}

/** Turns a profile into the values of one export row, consistent with the workshop preset's thresholds. */
function buildRow(ctx: BuildContext, profile: Profile, index: number): string[] {
  const { rand } = ctx
  const risks = profile.risks
  const total = profile.totalAbsence
  const b = risks.has('b-codes') ? intBetween(rand, 5, Math.max(5, Math.min(total, 18))) : Math.min(total, rand() < 0.85 ? 0 : intBetween(rand, 1, 4))
  let rest = total - b
  const r = Math.min(rest, rand() < 0.2 ? intBetween(rand, 1, 3) : 0)
  rest -= r
  const p = Math.min(rest, rand() < 0.15 ? intBetween(rand, 1, 4) : 0)
  rest -= p
  const z = rest
  const k = risks.size
  const tekorten = risks.has('tekorten') ? intBetween(rand, 2, 4) : rand() < 0.15 ? 1 : 0
  const wiskunde = tekorten > 0 && rand() < 0.6
  const taal = tekorten > 0 && (!wiskunde || rand() < 0.5)
  const yn = (v: boolean) => (v ? 'ja' : 'nee')
  const school = index % ctx.schools
  const grade = profile.grade
  const klas = `${grade}${'ABC'[Math.floor(rand() * 3)]}`
  const id = `${school + 1}${String(index + 1).padStart(6, '0')}`
  const values: Record<string, string> = {
    onderwijsniveau: 'lager',
    halve_dagen: String(intBetween(rand, 316, 324)),
    schoolwissels: String(risks.has('schoolwissels') ? intBetween(rand, 2, 3) : rand() < 0.2 ? 1 : 0),
    jaren_vertraging: String(risks.has('vertraging') ? (rand() < 0.9 ? 1 : 2) : 0),
    tekorten: String(tekorten),
    tekort_wiskunde: yn(wiskunde),
    tekort_taal: yn(taal),
    gemiddelde: String(Math.max(30, Math.min(95, Math.round(76 - 7 * tekorten + (rand() - 0.5) * 16)))),
    schorsingen: String(risks.has('gedrag') && rand() < 0.15 ? 1 : 0),
    taalachterstand: yn(risks.has('taalachterstand')),
    gedrag_zorg: yn(risks.has('gedrag')),
    motivatie_laag: yn(risks.has('motivatie')),
    ouderbetrokkenheid: yn(rand() < 0.85 - 0.1 * k),
    binding_school: yn(rand() < 0.88 - 0.1 * k),
    thuistaal: pick(rand, HOME_LANGUAGES),
    uitkomst: yn(rand() < 0.02 + 0.07 * k + (total > 10 ? 0.04 : 0)),
  }
  const tail = [...TEMPLATE_TAIL, ...(ctx.homeLanguage ? ['thuistaal'] : []), ...(ctx.outcome ? ['uitkomst'] : [])].map((f) => values[f]!)
  const birthYear = 2025 - 6 - Number(grade)
  const personal = ctx.personal ? [pick(rand, FAMILY_NAMES), pick(rand, FIRST_NAMES), fakeNationalNumber(rand, birthYear)] : []
  const schoolName = SCHOOL_NAMES[school % SCHOOL_NAMES.length]!
  if (ctx.style === 'informat') {
    // Older Informat habits: a medical certificate stays "D" (counts as Z), late arrivals as "L".
    const d = Math.floor(z * rand() * 0.5)
    const late = rand() < 0.3 ? intBetween(rand, 1, 6) : 0
    return [id, ...personal, schoolName, klas, grade, '0', String(r), String(z - d), String(d), '0', String(p), '0', String(b), String(late), ...tail]
  }
  const counts = ['0', String(r), String(z), '0', String(p), '0', String(b)]
  return [id, ...personal, schoolName, klas, grade, ...counts, ...tail]
}

function riskSet(rand: () => number, count: number, allowB: boolean): Set<RiskFactor> {
  const pool = shuffle(rand, RISK_FACTORS.filter((f) => allowB || f !== 'b-codes'))
  return new Set(pool.slice(0, count))
}

/** Weighted number of risk factors for pupils outside the funnel's last step. */
function fewRisks(rand: () => number, max: number): number {
  const u = rand()
  const n = u < 0.62 ? 0 : u < 0.88 ? 1 : u < 0.97 ? 2 : 3
  return Math.min(n, max)
}

function context(options: SampleOptions): BuildContext {
  return {
    rand: createRandom(options.seed ?? 1),
    style: options.style ?? 'template',
    personal: options.personalData ?? true,
    outcome: options.outcome ?? true,
    homeLanguage: options.homeLanguage ?? false,
    schools: options.schools ?? 6,
  }
}

/** A realistic synthetic export: about a fifth of pupils over 10 absence codes, risk factors clustering. */
export function generateSchoolExport(options: SampleOptions = {}): SampleExport {
  const ctx = context(options)
  const { rand } = ctx
  const n = options.pupils ?? 500
  const grades = options.grades ?? ['5', '6']
  const rows: string[][] = new Array(n)
  for (let i = 0; i < n; i++) {
    const grade = grades[i % grades.length]!
    const over = rand() < 0.22
    const total = over ? 11 + Math.floor(40 * rand() ** 2) : Math.floor(11 * rand() ** 1.6)
    const count = over ? (rand() < 0.36 ? intBetween(rand, 2, 4) : fewRisks(rand, 1)) : fewRisks(rand, 3)
    const risks = riskSet(rand, count, total >= 5)
    rows[i] = buildRow(ctx, { grade, totalAbsence: total, risks }, i)
  }
  return { headers: headersFor(ctx.style, ctx.personal, ctx.outcome, ctx.homeLanguage), rows }
}

/** Figures of seed 003, per grade: pupils, with more than 10 codes, of those with 2 or more risk factors. */
export const SEED_003_SHAPE: Readonly<Record<string, { pupils: number; overCodeThreshold: number; flagged: number }>> = {
  '5': { pupils: 655, overCodeThreshold: 168, flagged: 53 },
  '6': { pupils: 677, overCodeThreshold: 146, flagged: 60 },
}

/** An export with exactly the seed 003 figures under the workshop preset (see SEED_003_SHAPE). */
export function generateSeed003Export(options: Omit<SampleOptions, 'pupils' | 'grades'> = {}): SampleExport {
  const ctx = context({ seed: 3, ...options })
  const { rand } = ctx
  const profiles: Profile[] = []
  for (const [grade, shape] of Object.entries(SEED_003_SHAPE)) {
    const kinds = shuffle(rand, [
      ...Array<'flagged'>(shape.flagged).fill('flagged'),
      ...Array<'over'>(shape.overCodeThreshold - shape.flagged).fill('over'),
      ...Array<'under'>(shape.pupils - shape.overCodeThreshold).fill('under'),
    ])
    for (const kind of kinds) {
      const over = kind !== 'under'
      const total = over ? 11 + Math.floor(40 * rand() ** 2) : Math.floor(11 * rand() ** 1.6)
      const count = kind === 'flagged' ? intBetween(rand, 2, 5) : kind === 'over' ? fewRisks(rand, 1) : fewRisks(rand, 3)
      profiles.push({ grade, totalAbsence: total, risks: riskSet(rand, count, total >= 5) })
    }
  }
  // Interleave the grades as a real export sorted by class would not, but ids stay unique either way.
  const rows = profiles.map((profile, i) => buildRow(ctx, profile, i))
  return { headers: headersFor(ctx.style, ctx.personal, ctx.outcome, ctx.homeLanguage), rows }
}

export interface CsvOptions {
  delimiter?: ',' | ';'
  /** Start with a UTF-8 byte order mark. Default false. */
  bom?: boolean
}

/** A sample as CSV text (quoted where needed). */
export function sampleToCsv(sample: SampleExport, options: CsvOptions = {}): string {
  const d = options.delimiter ?? ';'
  const quote = (cell: string) => (cell.includes(d) || cell.includes('"') || cell.includes('\n') ? `"${cell.replace(/"/g, '""')}"` : cell)
  const lines = [sample.headers, ...sample.rows].map((row) => row.map(quote).join(d))
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}
