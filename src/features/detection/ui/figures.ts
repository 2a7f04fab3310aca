/** Small judgements about figures that the views share (pure, unit-tested). */

/** Groups flagged at least 1.5 times as often as all pupils (and of at least 20 pupils): worth a second look. */
export function isStriking(rate: number | null, overall: number | null, groupSize: number): boolean {
  return rate !== null && overall !== null && overall > 0 && groupSize >= 20 && rate >= 1.5 * overall
}

/** "113 (was 120)" style change text for the live region; null when nothing changed. */
export function changeText(now: number, before: number | null): string | null {
  if (before === null || before === now) return null
  const diff = now - before
  return `${diff > 0 ? `${diff} meer` : `${-diff} minder`} dan daarnet (${before})`
}
