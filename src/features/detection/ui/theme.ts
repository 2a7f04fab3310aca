/** The design tokens the detection page uses, as CSS custom properties for its CSS Module (detection.module.css). */
import type { CSSProperties } from 'react'

import { themeColours } from '@/shared/design/tokens'

const { blauw, rood, groen, geel } = themeColours

/** Colour is meaning here as elsewhere on the site: risk red, protection green, attention yellow, the tool blue. */
export const detectionVars = {
  '--dt-accent': blauw.strong,
  '--dt-accent-tint': blauw.tint,
  '--dt-on-accent-tint': blauw.onTint,
  '--dt-risk': rood.strong,
  '--dt-risk-tint': rood.tint,
  '--dt-on-risk-tint': rood.onTint,
  '--dt-protect': groen.strong,
  '--dt-protect-tint': groen.tint,
  '--dt-on-protect-tint': groen.onTint,
  '--dt-attention': geel.strong,
  '--dt-attention-tint': geel.tint,
  '--dt-on-attention-tint': geel.onTint,
} as CSSProperties

/** Bar colours of the charts (each at least 3:1 against white, WCAG 1.4.11): pupils, over the gate, flagged. */
export const chartColours = { pupils: '#6B6B7B', over: blauw.strong, flagged: rood.strong } as const
