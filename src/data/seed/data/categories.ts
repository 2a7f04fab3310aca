import type { SeedCategory } from './types'

// Categories for the checkboxes of the materials library (/materialen); materials refer to them by slug.
export const categories: SeedCategory[] = [
  { slug: 'aanwezigheidsbeleid', title: 'Aanwezigheidsbeleid en afwezigheden' },
  { slug: 'dialoog-en-gesprek', title: 'Dialoog en gesprek' },
  { slug: 'preventie', title: 'Preventie en brede basiszorg' },
  { slug: 'vroegdetectie', title: 'Vroegdetectie en signalering' },
  { slug: 'schoolklimaat', title: 'Verbindend schoolklimaat' },
  { slug: 'psychisch-welbevinden', title: 'Psychisch welbevinden en schoolweigering' },
  { slug: 'ouderbetrokkenheid', title: 'Ouderbetrokkenheid' },
  { slug: 'leerkracht', title: 'De leerkracht in de klas' },
  { slug: 'netwerking', title: 'Netwerking en samenwerking met partners' },
  { slug: 'beleid-en-planning', title: 'Beleid en planning' },
  { slug: 'overgangen', title: 'Overgangen en warme overdracht' },
  { slug: 'achtergrond-en-inspiratie', title: 'Achtergrond, kaders en inspiratie' },
]
