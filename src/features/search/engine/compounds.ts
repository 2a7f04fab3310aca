/**
 * Dutch writes compounds as one word: "schooluitval", "aanwezigheidsbeleid", "ouderbetrokkenheid". A visitor who
 * types "uitval" or "beleid" should find them. No maintained JavaScript library splits Dutch compounds (the
 * hyphenation-based ones need a dictionary we do not ship), so this splits against the corpus's own vocabulary:
 * a compound is cut where both sides are words the corpus uses on their own, allowing the linking -s-, -e- and
 * -en- ("aanwezigheid-s-beleid"). Parts go into a separate, lightly weighted field of the index.
 */

export const MIN_PART = 4
export const MIN_COMPOUND = 2 * MIN_PART
const LINKERS = ['s', 'en', 'e'] as const
const MAX_DEPTH = 3

export type Decompounder = (word: string) => string[] | null

/**
 * `isKnown(word)` says whether a folded word occurs on its own in the corpus. `baseForms(word)` gives the forms a
 * plural may come from ("fiches" → "fiche"): a compound's last part carries its plural ending, so
 * "spijbelfiches" splits even when the corpus writes only "fiche".
 */
export const createDecompounder = (
  isKnown: (word: string) => boolean,
  baseForms: (word: string) => string[] = () => [],
): Decompounder => {
  const cache = new Map<string, string[] | null>()

  const partsOf = (piece: string, depth: number, last = false): string[] | null => {
    if (isKnown(piece)) return [piece]
    if (last && piece.length >= MIN_PART && baseForms(piece).some((form) => form.length >= MIN_PART && isKnown(form))) {
      return [piece]
    }
    return piece.length >= MIN_COMPOUND && depth < MAX_DEPTH ? split(piece, depth + 1, last) : null
  }

  const headPartsOf = (head: string, depth: number): string[] | null => {
    const direct = partsOf(head, depth)
    if (direct) return direct
    for (const linker of LINKERS) {
      if (head.endsWith(linker) && head.length - linker.length >= MIN_PART) {
        const core = partsOf(head.slice(0, -linker.length), depth)
        if (core) return core
      }
    }
    return null
  }

  const split = (word: string, depth: number, last = true): string[] | null => {
    let best: string[] | null = null
    let bestBalance = 0
    for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
      const tail = partsOf(word.slice(i), depth, last)
      if (!tail) continue
      const head = headPartsOf(word.slice(0, i), depth)
      if (!head) continue
      // Prefer the cut that leaves the longest shortest part: "schooluitval" → school|uitval, not schoolu|itval.
      const parts = [...head, ...tail]
      const balance = Math.min(...parts.map((p) => p.length)) * 100 - parts.length
      if (balance > bestBalance) {
        best = parts
        bestBalance = balance
      }
    }
    return best
  }

  return (word) => {
    if (word.length < MIN_COMPOUND) return null
    let parts = cache.get(word)
    if (parts === undefined) {
      parts = split(word, 0)
      cache.set(word, parts)
    }
    return parts
  }
}
