/**
 * Design tokens: the one place where the site's colours live. Colour is meaning here (seed 001):
 * risk red, protection green, target groups yellow; the other three themes have colours of their own.
 * Every pair used for text is checked for WCAG AA contrast in tokens.test.ts.
 */

export interface ThemeColour {
  label: string
  /** Strong colour: map nodes, page headers. */
  strong: string
  /** Text on the strong colour. */
  onStrong: string
  /** Light tint: page background inside the theme. */
  tint: string
  /** Text (and links) on the tint. */
  onTint: string
}

export const themeColours = {
  rood: { label: 'Rood (risico)', strong: '#B3261E', onStrong: '#FFFFFF', tint: '#FDECEA', onTint: '#7A1712' },
  groen: { label: 'Groen (bescherming)', strong: '#1E6B34', onStrong: '#FFFFFF', tint: '#E8F5EC', onTint: '#14512A' },
  geel: { label: 'Geel (doelgroepen)', strong: '#F2C230', onStrong: '#3D2E00', tint: '#FFF6D6', onTint: '#5C4500' },
  paars: { label: 'Paars', strong: '#5B3A8E', onStrong: '#FFFFFF', tint: '#F1ECF8', onTint: '#432A6B' },
  blauw: { label: 'Blauw', strong: '#1F5F99', onStrong: '#FFFFFF', tint: '#E7F0F8', onTint: '#154470' },
  magenta: { label: 'Magenta', strong: '#A3245E', onStrong: '#FFFFFF', tint: '#FBEAF1', onTint: '#7A1A46' },
} as const satisfies Record<string, ThemeColour>

export type ThemeColourName = keyof typeof themeColours

/** The orange-to-green transition for risk topics that can turn protective. */
export const gradient = { from: '#C2570C', to: '#1E6B34', onGradient: '#FFFFFF' } as const

export const neutral = { text: '#1B1B1F', muted: '#4A4A55', background: '#FFFFFF', border: '#8A8A99', focus: '#1A4FD6', error: '#B3261E' } as const

export const themeColourOptions = Object.entries(themeColours).map(([value, colour]) => ({ value, label: colour.label }))

export const colourOf = (name: string | null | undefined): ThemeColour =>
  themeColours[(name ?? '') as ThemeColourName] ?? themeColours.blauw

/** Relative luminance and contrast ratio as defined by WCAG 2.1. */
const luminance = (hex: string): number => {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

/**
 * Lines and box borders in a theme's colour (the map's branches): the strong colour where it stands out 3:1 from
 * white (WCAG 1.4.11), else the darker text colour of the theme (yellow).
 */
export const lineColour = (colour: ThemeColour): string =>
  contrastRatio(colour.strong, neutral.background) >= 3 ? colour.strong : colour.onTint
