/**
 * Column mapping: which column of a school's export holds which template field.
 *
 * A mapping is plain, serialisable data (`ColumnMapping`), so the page can remember it (localStorage) and hand it
 * back next time. `suggestMapping` proposes one from the headers: the template's own names and aliases first, then
 * the presets below.
 *
 * The presets are ASSUMED header names for exports of common Flemish school software. They are not taken from the
 * vendors' documentation (which is not public in that detail); exports differ between versions and schools and can be
 * configured. Treat them as a head start that the user checks on the page, not as a specification.
 */
import { ABSENCE_CODES, LEGACY_CODE_LETTERS, absenceField } from './codes'
import { REQUIRED_COLUMNS, TEMPLATE_COLUMNS } from './template'
import { normaliseHeader } from './values'

/** Template field → the header of the column in the file that holds it. */
export interface ColumnMapping {
  version: 1
  /** Preset the mapping started from, if any (for display only). */
  preset?: string
  fields: Partial<Record<string, string>>
}

export interface MappingPreset {
  id: string
  label: string
  /** Where the header names come from, honestly. */
  note: string
  /** Template field → candidate headers in that software's export. */
  fields: Partial<Record<string, string[]>>
}

/** Bare code letters as column headers ("B", "Z"), as absence-total exports often have them. */
function codeLetterHeaders(prefixes: string[]): Partial<Record<string, string[]>> {
  const out: Partial<Record<string, string[]>> = {}
  for (const code of [...ABSENCE_CODES, ...LEGACY_CODE_LETTERS]) {
    out[absenceField(code)] = prefixes.map((p) => `${p}${code}`.trim())
  }
  return out
}

export const MAPPING_PRESETS: readonly MappingPreset[] = [
  {
    id: 'informat',
    label: 'Informat-achtige export',
    note:
      'Aangenomen kolomnamen voor een leerlingenlijst met afwezigheidstotalen uit Informat; niet uit documentatie van ' +
      'de leverancier. Controleer de koppeling.',
    fields: {
      leerling_id: ['Stamnummer', 'Stamnr', 'Stamnr.', 'Leerlingnummer'],
      school: ['Instelling', 'Instellingsnummer', 'School'],
      klas: ['Klas', 'Klascode'],
      leerjaar: ['Leerjaar', 'Jaar'],
      ...codeLetterHeaders(['', 'Code ', 'Totaal ']),
    },
  },
  {
    id: 'smartschool',
    label: 'Smartschool-achtige export',
    note:
      'Aangenomen kolomnamen voor een export van gebruikers en afwezigheden uit Smartschool; niet uit documentatie ' +
      'van de leverancier. Controleer de koppeling.',
    fields: {
      leerling_id: ['Intern nummer', 'Internnummer', 'Gebruikersnaam', 'Stamboeknummer'],
      school: ['Vestiging', 'School'],
      klas: ['Klas', 'Klasnaam', 'Officiële klas'],
      leerjaar: ['Leerjaar', 'Jaar'],
      ...codeLetterHeaders(['Afwezigheden ', 'Afwezig ', 'Aantal ']),
    },
  },
]

export interface MappingSuggestion {
  mapping: ColumnMapping
  /** Preset that matched most headers, or null when the template names alone did. */
  presetId: string | null
  /** Required template fields that no header matched. */
  missingRequired: string[]
  /** Headers not mapped to a template field: kept as extra columns. */
  unmappedHeaders: string[]
}

/** Candidate keys per template field from the template itself: its name and aliases, normalised. */
const TEMPLATE_KEYS: ReadonlyMap<string, string[]> = new Map(
  TEMPLATE_COLUMNS.map((c) => [c.name, [c.name, ...(c.aliases ?? [])].map(normaliseHeader)]),
)

function matchWith(headers: readonly string[], candidates: ReadonlyMap<string, string[]>): Record<string, string> {
  const byKey = new Map<string, string>()
  for (const h of headers) {
    const key = normaliseHeader(h)
    if (!byKey.has(key)) byKey.set(key, h)
  }
  const used = new Set<string>()
  const fields: Record<string, string> = {}
  for (const [field, keys] of candidates) {
    for (const key of keys) {
      const header = byKey.get(key)
      if (header !== undefined && !used.has(header)) {
        fields[field] = header
        used.add(header)
        break
      }
    }
  }
  return fields
}

function presetKeys(preset: MappingPreset): Map<string, string[]> {
  const keys = new Map<string, string[]>()
  for (const [field, headers] of Object.entries(preset.fields)) keys.set(field, (headers ?? []).map(normaliseHeader))
  return keys
}

/**
 * Proposes a mapping for these headers. With `presetId`, that preset is used; otherwise the template names, and the
 * preset that adds the most matches. Template names always win over a preset's guess for the same field.
 */
export function suggestMapping(headers: readonly string[], presetId?: string): MappingSuggestion {
  const own = matchWith(headers, TEMPLATE_KEYS)
  let best: { id: string | null; fields: Record<string, string> } = { id: null, fields: own }
  const presets = presetId ? MAPPING_PRESETS.filter((p) => p.id === presetId) : MAPPING_PRESETS
  for (const preset of presets) {
    const ownHeaders = new Set(Object.values(own))
    const fromPreset = matchWith(
      headers.filter((h) => !ownHeaders.has(h)),
      presetKeys(preset),
    )
    const merged = { ...fromPreset, ...own }
    if (presetId || Object.keys(merged).length > Object.keys(best.fields).length) best = { id: preset.id, fields: merged }
  }
  const mapped = new Set(Object.values(best.fields))
  return {
    mapping: { version: 1, ...(best.id ? { preset: best.id } : {}), fields: best.fields },
    presetId: best.id,
    missingRequired: REQUIRED_COLUMNS.filter((f) => !(f in best.fields)),
    unmappedHeaders: headers.filter((h) => !mapped.has(h)),
  }
}

/** True when the value is a well-formed ColumnMapping (for one read back from localStorage). */
export function isColumnMapping(value: unknown): value is ColumnMapping {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { version?: unknown; fields?: unknown }
  if (v.version !== 1 || typeof v.fields !== 'object' || v.fields === null) return false
  return Object.values(v.fields).every((h) => typeof h === 'string')
}
