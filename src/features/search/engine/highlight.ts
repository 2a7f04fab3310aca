/**
 * Highlighting with the same analysis as the index: a word is marked when its stem (or a part of it, for a
 * compound) is one the query matched, so "afwezigheden" marks "afwezigheid" and "geinventariseerd" marks
 * "geïnventariseerd". The output is a list of plain-text segments, rendered as React text and <mark> elements —
 * never as HTML. (@orama/highlight was not used: it matches the typed string literally, without stems or
 * folding, and returns HTML built from the unescaped text.)
 */
import { stem, tokens, type Token } from './analyzer'
import type { Decompounder } from './compounds'
import { MIN_COMPOUND } from './compounds'
import type { MatchedTerms } from './query'

export interface Segment {
  text: string
  mark?: true
}

/**
 * Which query word (its position) a token of the text matches, or -1; with `probe`, a pattern that finds every
 * place a match can start (and some more), so a snippet need not analyse a long text word by word.
 */
export type TokenMatcher = ((token: Token) => number) & { probe?: RegExp | null }

/** Letters as a folded stem has them, with the accented forms a text may have ("geïnventariseerd"). */
const accented: Record<string, string> = { a: 'àáâãäå', c: 'ç', e: 'èéêë', i: 'ìíîï', n: 'ñ', o: 'òóôõö', u: 'ùúûü', y: 'ýÿ' }
const PROBE_LENGTH = 4

/**
 * A stem begins its word (Snowball changes endings only), and so does a compound part its place in the word: the
 * first letters of every matched term, in any case and with accents, find each place a match can start.
 */
const probeFor = (terms: Iterable<string>): RegExp | null => {
  const starts = new Set<string>()
  for (const term of terms) starts.add(term.slice(0, PROBE_LENGTH))
  if (starts.size === 0) return null
  const pattern = [...starts]
    .map((start) =>
      [...start].map((ch) => (accented[ch] ? `[${ch}${accented[ch]}]` : ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))).join(''),
    )
    .join('|')
  return new RegExp(pattern, 'giu')
}

export const createMatcher = (matched: MatchedTerms, decompound: Decompounder): TokenMatcher => {
  if (matched.terms.size === 0 && matched.parts.size === 0) return Object.assign(() => -1, { probe: null })
  const match = (token: Token) => {
    if (!token.term) return -1
    const direct = matched.terms.get(token.term)
    if (direct !== undefined) return direct
    if (matched.parts.size && token.word.length >= MIN_COMPOUND) {
      for (const part of decompound(token.word) ?? []) {
        const word = matched.parts.get(stem(part))
        if (word !== undefined) return word
      }
    }
    return -1
  }
  return Object.assign(match, { probe: probeFor([...matched.terms.keys(), ...matched.parts.keys()]) })
}

const tidy = (text: string) => text.replace(/\s+/g, ' ')

const segmentsOf = (text: string, from: number, to: number, marks: { start: number; end: number }[]): Segment[] => {
  const out: Segment[] = []
  let at = from
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue
    if (mark.start > at) out.push({ text: tidy(text.slice(at, mark.start)) })
    out.push({ text: text.slice(Math.max(mark.start, at), mark.end), mark: true })
    at = mark.end
  }
  if (at < to) out.push({ text: tidy(text.slice(at, to)) })
  return out
}

/** The whole (short) text with its matches marked: titles. */
export const highlightAll = (text: string, match: TokenMatcher): Segment[] => {
  const marks: { start: number; end: number }[] = []
  for (const token of tokens(text)) if (match(token) >= 0) marks.push(token)
  return segmentsOf(text, 0, text.length, marks)
}

export interface SnippetOptions {
  /** Words in the snippet. */
  words?: number
  /** Characters read at most (a 100-page PDF need not be read to the end for a snippet). */
  scanLimit?: number
}

/** Texts up to this long are read whole; longer ones only around the places the matcher's probe points at. */
const SHORT_TEXT = 4_000
const SCAN_LIMIT = 20_000
const BEFORE = 300
const AFTER = 1_200
const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}'’]/u.test(ch)

/**
 * The stretches of `text` worth reading: around the first places the probe finds (merged when they overlap), up to
 * `budget` characters; a short text whole. When the probe finds nothing, only the start: a match the probe cannot
 * see (a ligature such as "ﬁ" in a PDF's text) is then found only there.
 */
const regionsOf = (text: string, probe: RegExp | null | undefined, budget: number): [number, number][] => {
  if (!probe || text.length <= SHORT_TEXT) return [[0, Math.min(text.length, budget)]]
  const regions: [number, number][] = []
  let used = 0
  probe.lastIndex = 0
  for (let found = probe.exec(text); found && used < budget; found = probe.exec(text)) {
    let from = Math.max(0, found.index - BEFORE)
    for (let back = 0; back < 40 && isWordChar(text[from - 1]); back++) from--
    const to = Math.min(text.length, found.index + AFTER)
    const last = regions[regions.length - 1]
    if (last && from <= last[1]) {
      used += to - last[1]
      last[1] = to
    } else {
      regions.push([from, to])
      used += to - from
    }
    // What lies inside this stretch is read anyway.
    probe.lastIndex = to
  }
  probe.lastIndex = 0
  return regions.length ? regions : [[0, Math.min(text.length, SHORT_TEXT)]]
}

/**
 * The passage of `text` with the most different query words (then the most matches), about `words` words long,
 * with "…" where it was cut. Null when the text has no match. A long text is read only around the places where a
 * match can start (the matcher's probe), at most `scanLimit` characters: a snippet costs about the same for a
 * one-page summary as for a 200-page report.
 */
export const snippet = (text: string, match: TokenMatcher, wordCount: number, options: SnippetOptions = {}): Segment[] | null => {
  const size = options.words ?? 28
  const regions = regionsOf(text, match.probe, options.scanLimit ?? SCAN_LIMIT)
  const starts: number[] = []
  const ends: number[] = []
  /** Per token: its region; per region: its first token. */
  const regionOf: number[] = []
  const firstOf: number[] = []
  /** `at`: the token's number; `pos`: its place for the window, with a gap between regions no window spans. */
  const hits: { at: number; pos: number; word: number }[] = []
  const lastSeen = new Map<number, number>()
  let stopAt = Infinity
  let pos = 0
  reading: for (let r = 0; r < regions.length; r++) {
    const [from, to] = regions[r]!
    firstOf.push(starts.length)
    if (r > 0) pos += size
    for (const token of tokens(text, from)) {
      if (token.start >= to) break
      if (pos > stopAt) break reading
      const at = starts.length
      starts.push(token.start)
      ends.push(token.end)
      regionOf.push(r)
      const word = match(token)
      if (word >= 0) {
        hits.push({ at, pos, word })
        lastSeen.set(word, pos)
        // Every query word within one window: the best passage is found, read on only to fill that window.
        if (stopAt === Infinity && lastSeen.size === wordCount && [...lastSeen.values()].every((p) => p > pos - size)) {
          stopAt = pos + size
        }
      }
      pos++
    }
  }
  if (hits.length === 0) return null

  // Slide a window of `size` words over the matches (two pointers, counts per query word).
  let best = { hit: 0, distinct: 0, count: 0 }
  const counts = new Map<number, number>()
  let j = 0
  for (let i = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]!.pos < hits[i]!.pos + size) {
      counts.set(hits[j]!.word, (counts.get(hits[j]!.word) ?? 0) + 1)
      j++
    }
    const distinct = counts.size
    const count = j - i
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) best = { hit: i, distinct, count }
    const left = hits[i]!.word
    const remaining = counts.get(left)! - 1
    if (remaining) counts.set(left, remaining)
    else counts.delete(left)
  }

  // A little context before the first match, within its region.
  const at = hits[best.hit]!.at
  const region = regionOf[at]!
  const regionEnd = (firstOf[region + 1] ?? starts.length) - 1
  const first = Math.max(firstOf[region]!, at - Math.floor(size / 4))
  const last = Math.min(regionEnd, first + size - 1)
  const from = first === 0 && regions[0]![0] === 0 ? 0 : starts[first]!
  let to = ends[last]!
  if (!/[\p{L}\p{N}]/u.test(text.slice(to))) to = text.length
  const marks = hits.filter((h) => h.at >= first && h.at <= last).map((h) => ({ start: starts[h.at]!, end: ends[h.at]! }))
  const segments = segmentsOf(text, from, to, marks)
  if (from > 0) segments.unshift({ text: '… ' })
  if (to < text.length) segments.push({ text: ' …' })
  return segments
}

/** The plain text of segments (for tests and for titles of links). */
export const plain = (segments: Segment[]): string => segments.map((s) => s.text).join('')
