import type { ThemeColourName } from '@/shared/design/tokens'
import type { ThemeSlug } from '@/shared/vocabulary'

/** Which design-token colour each seeded theme gets (seed 001: risk red, protection green, target groups yellow). */
export const colourForTheme: Record<ThemeSlug, ThemeColourName> = {
  risicofactoren: 'rood',
  'beschermende-factoren': 'groen',
  'specifieke-doelgroepen': 'geel',
  'interactie-leerling-context': 'paars',
  'netwerkgericht-werken': 'blauw',
  'warme-overdracht': 'magenta',
}
