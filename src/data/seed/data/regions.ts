import type { SeedRegion } from './types'

/**
 * Where partners work: the provinces, Brussel and Heel Vlaanderen at the top (the slugs of the region filter the
 * site had before regions were a collection, so a migrated database and a seeded one agree), and under Vlaams-Brabant
 * the local networks of its action plan (seed 002: "Regio Halle", "Regio Leuven", "Regio Vilvoorde", "Regio
 * Asse-Merchtem-Opwijk", "Regio Diest", and the Pajottenland and Zennevallei of its 2022 platform). Parents first.
 */
export const regions: SeedRegion[] = [
  { slug: 'vlaanderen', title: 'Heel Vlaanderen' },
  { slug: 'antwerpen', title: 'Antwerpen' },
  { slug: 'limburg', title: 'Limburg' },
  { slug: 'oost-vlaanderen', title: 'Oost-Vlaanderen' },
  { slug: 'west-vlaanderen', title: 'West-Vlaanderen' },
  { slug: 'vlaams-brabant', title: 'Vlaams-Brabant' },
  { slug: 'brussel', title: 'Brussel' },
  { slug: 'halle', title: 'Halle', parent: 'vlaams-brabant' },
  { slug: 'leuven', title: 'Leuven', parent: 'vlaams-brabant' },
  { slug: 'vilvoorde-machelen', title: 'Vilvoorde-Machelen', parent: 'vlaams-brabant' },
  { slug: 'asse-merchtem-opwijk', title: 'Asse-Merchtem-Opwijk', parent: 'vlaams-brabant' },
  { slug: 'diest', title: 'Diest', parent: 'vlaams-brabant' },
  { slug: 'pajottenland-zennevallei', title: 'Pajottenland en Zennevallei', parent: 'vlaams-brabant' },
]
