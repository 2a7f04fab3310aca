/**
 * The toolbox template: one row per pupil, the columns below. Every part of the engine reads it without mapping;
 * other exports are mapped onto it (see mapping.ts). More columns are allowed: they are kept as text and only used
 * when a rule names them.
 */
import { ABSENCE_CODES, LEGACY_CODE_LETTERS, absenceField } from './codes'

export type ColumnType = 'id' | 'text' | 'grade' | 'level' | 'count' | 'number' | 'yesno'

export type ColumnGroup = 'pupil' | 'absence' | 'legacy-absence' | 'risk' | 'protective' | 'outcome'

export interface TemplateColumn {
  name: string
  type: ColumnType
  group: ColumnGroup
  required: boolean
  /** Dutch description for the page and the README. */
  description: string
  /** Other spellings read as this column without a mapping (compared after normaliseHeader). */
  aliases?: string[]
}

const absenceColumns: TemplateColumn[] = ABSENCE_CODES.map((code) => ({
  name: absenceField(code),
  type: 'count',
  group: 'absence',
  required: false,
  description: `Aantal halve dagen afwezig met code ${code}.`,
  aliases: [`afwezig ${code}`, `afwezigheid ${code}`, `code ${code}`, `${code} codes`, `${code}-codes`, `aantal ${code}`],
}))

const legacyAbsenceColumns: TemplateColumn[] = LEGACY_CODE_LETTERS.map((code) => ({
  name: absenceField(code),
  type: 'count',
  group: 'legacy-absence',
  required: false,
  description: `Oude code ${code} (van vóór 2019), wordt omgezet volgens de omzettingstabel van AGODI.`,
  aliases: [`afwezig ${code}`, `code ${code}`, `aantal ${code}`],
}))

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  {
    name: 'leerling_id',
    type: 'id',
    group: 'pupil',
    required: true,
    description:
      'Intern leerlingnummer van de school (geen rijksregisternummer). Wordt bij het inlezen vervangen door een pseudoniem.',
    aliases: ['leerling id', 'leerlingid', 'leerlingnummer', 'leerling nummer', 'id', 'stamnummer', 'pupil id'],
  },
  {
    name: 'school',
    type: 'text',
    group: 'pupil',
    required: false,
    description: 'Naam of nummer van de school of vestiging.',
    aliases: ['schoolnaam', 'vestiging', 'instelling', 'instellingsnummer'],
  },
  { name: 'klas', type: 'text', group: 'pupil', required: false, description: 'Klas, bv. 5A.', aliases: ['klascode', 'klasgroep'] },
  {
    name: 'leerjaar',
    type: 'grade',
    group: 'pupil',
    required: true,
    description: 'Leerjaar als getal, bv. 5 of 6 (ook "5de leerjaar" wordt gelezen).',
    aliases: ['jaar', 'grade'],
  },
  {
    name: 'onderwijsniveau',
    type: 'level',
    group: 'pupil',
    required: false,
    description: '"lager" of "secundair". Bepaalt welke wettelijke signalen gelden. Leeg: wat de detectielijst zegt.',
    aliases: ['niveau', 'onderwijs'],
  },
  ...absenceColumns,
  ...legacyAbsenceColumns,
  {
    name: 'halve_dagen',
    type: 'count',
    group: 'absence',
    required: false,
    description: 'Aantal halve schooldagen in de periode (nodig voor een afwezigheidspercentage).',
    aliases: ['halve dagen', 'schooldagen', 'aantal halve dagen'],
  },
  { name: 'schoolwissels', type: 'count', group: 'risk', required: false, description: 'Aantal schoolwissels.', aliases: ['schoolveranderingen'] },
  {
    name: 'jaren_vertraging',
    type: 'count',
    group: 'risk',
    required: false,
    description: 'Aantal jaren schoolse vertraging (zittenblijven).',
    aliases: ['vertraging', 'schoolse vertraging', 'jaren achterstand'],
  },
  { name: 'tekorten', type: 'count', group: 'risk', required: false, description: 'Aantal vakken met een tekort op het laatste rapport.' },
  { name: 'tekort_wiskunde', type: 'yesno', group: 'risk', required: false, description: 'Tekort voor wiskunde (ja/nee).' },
  { name: 'tekort_taal', type: 'yesno', group: 'risk', required: false, description: 'Tekort voor Nederlands (ja/nee).' },
  { name: 'gemiddelde', type: 'number', group: 'risk', required: false, description: 'Gemiddeld resultaat in procent.' },
  {
    name: 'schorsingen',
    type: 'count',
    group: 'risk',
    required: false,
    description: 'Aantal tuchtmaatregelen (schorsing, tijdelijke uitsluiting).',
  },
  {
    name: 'taalachterstand',
    type: 'yesno',
    group: 'risk',
    required: false,
    description: 'Taalachterstand volgens een screening (ja/nee). Dit is geen thuistaal.',
  },
  { name: 'gedrag_zorg', type: 'yesno', group: 'risk', required: false, description: 'Zorgen over gedrag (ja/nee).' },
  { name: 'motivatie_laag', type: 'yesno', group: 'risk', required: false, description: 'Lage motivatie (ja/nee).' },
  {
    name: 'ouderbetrokkenheid',
    type: 'yesno',
    group: 'protective',
    required: false,
    description: 'Beschermend: betrokken ouders (ja/nee).',
  },
  {
    name: 'binding_school',
    type: 'yesno',
    group: 'protective',
    required: false,
    description: 'Beschermend: goede band met de school (ja/nee).',
  },
  {
    name: 'uitkomst',
    type: 'yesno',
    group: 'outcome',
    required: false,
    description:
      'Optioneel: ja als de leerling later ongekwalificeerd uitstroomde (of de uitkomst die de school wil voorspellen). Dient om een regel te toetsen.',
    aliases: ['outcome'],
  },
]

export const TEMPLATE_COLUMN_NAMES: readonly string[] = TEMPLATE_COLUMNS.map((c) => c.name)

export const REQUIRED_COLUMNS: readonly string[] = TEMPLATE_COLUMNS.filter((c) => c.required).map((c) => c.name)

const byName = new Map(TEMPLATE_COLUMNS.map((c) => [c.name, c]))

export function templateColumn(name: string): TemplateColumn | undefined {
  return byName.get(name)
}

export interface TemplateCsvOptions {
  delimiter?: ',' | ';'
  /** Start with a UTF-8 byte order mark so Excel shows accents right. Default true. */
  bom?: boolean
  /** Add one clearly fictitious example row. Default false. */
  example?: boolean
  /** Include the legacy code columns (afwezig_D, afwezig_L, …). Default false. */
  legacy?: boolean
}

const EXAMPLE_ROW: Record<string, string> = {
  leerling_id: 'VOORBEELD-1',
  school: 'Voorbeeldschool',
  klas: '5A',
  leerjaar: '5',
  onderwijsniveau: 'lager',
  afwezig_Z: '6',
  afwezig_B: '5',
  afwezig_R: '1',
  halve_dagen: '320',
  schoolwissels: '1',
  jaren_vertraging: '0',
  taalachterstand: 'nee',
  gedrag_zorg: 'ja',
  motivatie_laag: 'nee',
  ouderbetrokkenheid: 'ja',
  binding_school: 'ja',
}

/** The downloadable template as CSV text (header line, optionally one example row). */
export function templateCsv(options: TemplateCsvOptions = {}): string {
  const { delimiter = ';', bom = true, example = false, legacy = false } = options
  const columns = TEMPLATE_COLUMNS.filter((c) => legacy || c.group !== 'legacy-absence').map((c) => c.name)
  const lines = [columns.join(delimiter)]
  if (example) lines.push(columns.map((c) => EXAMPLE_ROW[c] ?? '').join(delimiter))
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}
