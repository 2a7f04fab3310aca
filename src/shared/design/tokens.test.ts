import { describe, expect, it } from 'vitest'

import { contrastRatio, gradient, lineColour, neutral, themeColours } from './tokens'

describe('design tokens', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5)
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5)
  })

  it.each(Object.entries(themeColours))('%s reaches WCAG AA for text on both backgrounds', (_, colour) => {
    expect(contrastRatio(colour.onStrong, colour.strong)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(colour.onTint, colour.tint)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(colour.onTint, neutral.background)).toBeGreaterThanOrEqual(4.5)
    // The map's lines and box borders stand out from the page and from the boxes' tint (WCAG 1.4.11).
    expect(contrastRatio(lineColour(colour), neutral.background)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(lineColour(colour), colour.tint)).toBeGreaterThanOrEqual(3)
  })

  it('keeps white text readable on both ends of the orange-to-green gradient', () => {
    expect(contrastRatio(gradient.onGradient, gradient.from)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(gradient.onGradient, gradient.to)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps the neutral text colours readable and the focus ring and borders visible on white', () => {
    for (const text of [neutral.text, neutral.muted, neutral.error]) expect(contrastRatio(text, neutral.background)).toBeGreaterThanOrEqual(4.5)
    for (const graphic of [neutral.focus, neutral.border]) expect(contrastRatio(graphic, neutral.background)).toBeGreaterThanOrEqual(3)
  })
})
