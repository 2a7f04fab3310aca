import { themeColours, type ThemeColourName } from './tokens'

/**
 * Marks an element as carrying a theme (the page frame, a list item, a counterpart block): `data-colour`
 * selects the theme's custom properties (--theme-strong, --theme-on-strong, --theme-tint, --theme-on-tint),
 * which the layout writes once from src/shared/design/tokens.ts (tokenCss). Stylesheets only say var(--theme-…),
 * so the colours stay in one place. An unknown colour falls back like colourOf() does.
 */
export const themeVars = (colour: string | null | undefined): { 'data-colour': ThemeColourName } => ({
  'data-colour': colour && colour in themeColours ? (colour as ThemeColourName) : 'blauw',
})
