/**
 * The downloads of /vroegdetectie: the template and synthetic sample files, all built from the engine (templateCsv,
 * the sample generators), so they always match what the tool reads. Every sample pupil is invented.
 */
import { generateSchoolExport, generateSeed003Export, sampleToCsv } from '@/features/detection/engine/sample'
import { templateCsv } from '@/features/detection/engine/template'

export interface Download {
  name: string
  title: string
  description: string
  make: () => string
}

export const DOWNLOADS: readonly Download[] = [
  {
    name: 'sjabloon.csv',
    title: 'Sjabloon',
    description: 'de kolommen van de toolbox, klaar om in te vullen (puntkomma, UTF-8).',
    make: () => templateCsv(),
  },
  {
    name: 'sjabloon-met-voorbeeld.csv',
    title: 'Sjabloon met een voorbeeldrij',
    description: 'dezelfde kolommen met één verzonnen leerling als voorbeeld.',
    make: () => templateCsv({ example: true }),
  },
  {
    name: 'voorbeeld-school.csv',
    title: 'Voorbeeldbestand',
    description: '600 verzonnen leerlingen van drie scholen, met een uitkomstkolom en verzonnen namen (die de tool niet inleest).',
    make: () => sampleToCsv(generateSchoolExport({ seed: 7, pupils: 600, schools: 3, homeLanguage: true }), { bom: true }),
  },
  {
    name: 'voorbeeld-workshop.csv',
    title: 'Voorbeeld met de cijfers van de workshop',
    description: '1332 verzonnen leerlingen die met de workshoplijst precies de cijfers van de workshop geven.',
    make: () => sampleToCsv(generateSeed003Export(), { bom: true }),
  },
  {
    name: 'voorbeeld-informat.csv',
    title: 'Voorbeeld in een Informat-achtige vorm',
    description: 'kolommen zoals Stamnummer en losse codeletters, om het koppelen te proberen.',
    make: () => sampleToCsv(generateSchoolExport({ seed: 11, pupils: 400, schools: 2, style: 'informat' }), { bom: true }),
  },
]
