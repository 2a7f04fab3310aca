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

/** Which query word (its position) a token of the text matches, or -1. */
export type TokenMatcher = (token: Token) => number

export const createMatcher = (matched: MatchedTerms, decompound: Decompounder): TokenMatcher => {
  if (matched.terms.size === 0 && matched.parts.size === 0) return () => -1
  return (token) => {
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
  /** Stop looking after this many characters (a 100-page PDF need not be read to the end for a snippet). */
  scanLimit?: number
}

/**
 * The passage of `text` with the most different query words (then the most matches), about `words` words long,
 * with "…" where it was cut. Null when the text has no match.
 */
export const snippet = (text: string, match: TokenMatcher, wordCount: number, options: SnippetOptions = {}): Segment[] | null => {
  const size = options.words ?? 28
  const scanLimit = options.scanLimit ?? 200_000
  const starts: number[] = []
  const ends: number[] = []
  const hits: { at: number; word: number }[] = []
  const lastSeen = new Map<number, number>()
  let stopAt = Infinity
  for (const token of tokens(text)) {
    const at = starts.length
    if (token.start > scanLimit || at > stopAt) break
    starts.push(token.start)
    ends.push(token.end)
    const word = match(token)
    if (word < 0) continue
    hits.push({ at, word })
    lastSeen.set(word, at)
    // Every query word within one window: the best passage is found, read on only to fill that window.
    if (stopAt === Infinity && lastSeen.size === wordCount && [...lastSeen.values()].every((p) => p > at - size)) {
      stopAt = at + size
    }
  }
  if (hits.length === 0) return null

  // Slide a window of `size` words over the matches (two pointers, counts per query word).
  let best = { from: hits[0]!.at, distinct: 0, count: 0 }
  const counts = new Map<number, number>()
  let j = 0
  for (let i = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]!.at < hits[i]!.at + size) {
      counts.set(hits[j]!.word, (counts.get(hits[j]!.word) ?? 0) + 1)
      j++
    }
    const distinct = counts.size
    const count = j - i
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) best = { from: hits[i]!.at, distinct, count }
    const left = hits[i]!.word
    const remaining = counts.get(left)! - 1
    if (remaining) counts.set(left, remaining)
    else counts.delete(left)
  }

  // A little context before the first match.
  const first = Math.max(0, best.from - Math.floor(size / 4))
  const last = Math.min(starts.length - 1, first + size - 1)
  const from = first === 0 ? 0 : starts[first]!
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
