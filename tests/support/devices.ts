/**
 * The two screens the site is tried on (issue 15): a laptop, and a phone as a phone renders (touch, and a page wider
 * than the screen zoomed out to fit). Spread one into `browser.newContext({ ...phone })`; `screens` for `it.each`.
 */
export const laptop = { viewport: { width: 1366, height: 900 } }
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
export const screens = [
  { name: 'laptop', ...laptop },
  { name: 'phone', ...phone },
]
