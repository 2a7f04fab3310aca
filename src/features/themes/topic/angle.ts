/**
 * From which side a visitor looks at a topic (seed 001): the risk factors are the curative angle (what goes
 * wrong and how to turn it), the protective factors the preventive one (what keeps pupils on board).
 * The themes are recognised by their slug in the vocabulary; other themes have no angle.
 */
import type { ThemeSlug } from '@/shared/vocabulary'

export type Angle = 'curatief' | 'preventief'

const angles: Partial<Record<ThemeSlug, Angle>> = {
  risicofactoren: 'curatief',
  'beschermende-factoren': 'preventief',
}

export const angleOf = (themeSlug: string): Angle | null => angles[themeSlug as ThemeSlug] ?? null

/** 'curatieve' / 'preventieve', for "vanuit de … invalshoek". */
export const angleAdjective = (angle: Angle) => (angle === 'curatief' ? 'curatieve' : 'preventieve')

/** What the visitor looks at from each angle, in one phrase. */
export const angleMeaning = (angle: Angle) =>
  angle === 'curatief'
    ? 'als risicofactor, een signaal om op te volgen en bij te sturen'
    : 'als beschermende factor, iets wat school en CLB kunnen versterken'

/** The counterpart link's heading, from the other topic's theme. */
export const counterpartHeading = (theme: { slug: string; title: string }): string => {
  const angle = angleOf(theme.slug)
  if (angle === 'preventief') return 'Bekijk dit ook als beschermende factor'
  if (angle === 'curatief') return 'Bekijk dit ook als risicofactor'
  return `Bekijk dit ook vanuit ${theme.title.charAt(0).toLowerCase()}${theme.title.slice(1)}`
}
