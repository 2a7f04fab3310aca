import type { CSSProperties } from 'react'

import { neutral } from './tokens'

/** The design tokens as CSS custom properties, so the CSS modules use the one set of colours. */
export const neutralVariables = {
  '--text': neutral.text,
  '--muted': neutral.muted,
  '--background': neutral.background,
  '--border': neutral.border,
  '--focus': neutral.focus,
} as CSSProperties
