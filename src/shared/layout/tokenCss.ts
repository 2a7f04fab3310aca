import { gradient, lineColour, neutral, themeColours } from '@/shared/design/tokens'

const declarations = (vars: Record<string, string>) =>
  Object.entries(vars)
    .map(([name, value]) => `${name}:${value}`)
    .join(';')

/**
 * The design tokens as CSS custom properties, written into every page by the layout, so stylesheets use
 * var(--colour-…) and var(--theme-…) and never repeat a hex value: the site's neutrals and gradient on :root,
 * and each theme's four colours on [data-colour="<name>"] (see themeVars).
 */
export const tokenCss = (): string =>
  [
    `:root{${declarations({
      '--colour-text': neutral.text,
      '--colour-muted': neutral.muted,
      '--colour-background': neutral.background,
      '--colour-border': neutral.border,
      '--colour-focus': neutral.focus,
      '--colour-error': neutral.error,
      '--gradient-from': gradient.from,
      '--gradient-to': gradient.to,
      '--on-gradient': gradient.onGradient,
    })}}`,
    ...Object.entries(themeColours).map(
      ([name, c]) =>
        `[data-colour="${name}"]{${declarations({
          '--theme-strong': c.strong,
          '--theme-line': lineColour(c),
          '--theme-on-strong': c.onStrong,
          '--theme-tint': c.tint,
          '--theme-on-tint': c.onTint,
        })}}`,
    ),
  ].join('')
