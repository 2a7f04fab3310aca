/**
 * Dutch text analysis, the same for documents and queries: split into words, fold accents and case
 * (geïnventariseerd → geinventariseerd), drop stop words, stem with the Snowball Dutch stemmer
 * (afwezigheid, afwezigheden, afwezig → afwez). @orama/stemmers ships the Snowball algorithm.
 *
 * Orama's own Dutch tokenizer is not used: its word splitter breaks words at ë, ï, ö and ü ("geïnventariseerd"
 * becomes "ge" + "nventariseerd"), so folding has to happen before splitting.
 */
import { stemmer } from '@orama/stemmers/dutch'

import { dutchStopWords } from './stopwords'

/** Lower case without accents; compatibility forms too (the ligature "ﬁ" of a PDF becomes "fi"). */
export const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** A word: letters and digits, an apostrophe inside allowed ("thema's"). A hyphen separates ("CLB-team"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/** Longer "words" are URLs, hashes or glued table cells: nobody searches for them. */
const MAX_WORD_LENGTH = 40

export interface Token {
  /** Offsets in the original text. */
  start: number
  end: number
  /** Folded, apostrophes removed: "thema's" → "themas". */
  word: string
  /** The index term (stem); null for a stop word. */
  term: string | null
}

// Memoised by the word as written: a corpus repeats its words, and folding and stemming are the costly steps.
// Bounded, as queries are free text.
const cache = new Map<string, { word: string; term: string | null }>()
const CACHE_LIMIT = 200_000

/**
 * Words whose -s or -en belongs to the word, not a plural ending: "leerproces" is not the plural of "leerproce".
 * Checked as endings, so compounds ("e-mailadres", "leerproces") keep them too.
 */
const NOT_PLURAL = ['proces', 'adres', 'succes', 'congres', 'exces', 'kompas', 'atlas', 'canvas', 'alias', 'klas', 'pas', 'glas', 'gras', 'chaos', 'kosmos', 'ethos', 'logos']

/**
 * The plural endings Snowball's Dutch stemmer leaves on: -s after a vowel ("fiches", "thema's", "foto's",
 * "organisaties", "niveaus", "buddy's") and -en after a vowel ("ideeën", "categorieën"). Snowball removes -s only
 * after a consonant, so "dialoogfiches" and "dialoogfiche" had different stems.
 */
const singular = (word: string): string => {
  if (word.length < 5 || NOT_PLURAL.some((w) => word.endsWith(w))) return word
  if (/[ie]een$/.test(word)) return word.slice(0, -2)
  // -es (not -ees: "europees"), -as and -os after a consonant (not "baas", "boos"; "scenarios" is -ios).
  if (/(?:[^e]e|[^aeiou]a|[^aeou]o|eau|y)s$/.test(word)) return word.slice(0, -1)
  return word
}

/**
 * Snowball's Dutch stemmer undoubles only kk, dd and tt after it removes -en: "plannen" kept "plann" and "klassen"
 * "klass". After -en, every final double consonant is undoubled, so the plural and the singular meet ("Halle" stays).
 */
const undouble = (word: string, stem: string): string =>
  word.endsWith('en') && stem.length === word.length - 2 && /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem

/**
 * The index term of one folded word: Snowball's Dutch stemmer (@orama/stemmers) with the plural forms above. A
 * better Dutch stemmer (Kraaij-Pohlmann, Snowball 3's new Dutch) has no maintained JavaScript build we could pin.
 */
const dutchStem = (word: string): string => {
  const one = singular(word)
  return undouble(one, stemmer(one))
}

/**
 * The forms a folded plural may come from, for splitting compounds: "fiches" → fiche, "plannen" → plan,
 * "afspraken" → afspraak, "plans" → plan. Candidates only: the caller checks which the corpus has.
 */
export const baseForms = (word: string): string[] => {
  const forms = new Set<string>([singular(word)])
  if (word.endsWith('en')) {
    const core = word.slice(0, -2)
    forms.add(core)
    if (/([^aeiou])\1$/.test(core)) forms.add(core.slice(0, -1))
    // An open syllable spells a long vowel with one letter: "afspraken" → afspraak, "scholen" → school.
    const open = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(core)
    if (open) forms.add(`${open[1]}${open[2]}${open[2]}${open[3]}`)
  } else if (/[^aeiouj]s$/.test(word)) forms.add(word.slice(0, -1))
  forms.delete(word)
  return [...forms]
}

const analyseWord = (raw: string): { word: string; term: string | null } => {
  let hit = cache.get(raw)
  if (hit) return hit
  const word = fold(raw).replace(/['’]/g, '')
  const term = word.length === 0 || dutchStopWords.has(word) ? null : /\p{N}/u.test(word) ? word : dutchStem(word)
  hit = { word, term }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(raw, hit)
  return hit
}

/** Every word of a text with its offsets, for highlighting. */
export function* tokens(text: string, from = 0): Generator<Token> {
  const re = new RegExp(WORD.source, WORD.flags)
  re.lastIndex = from
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const raw = match[0]
    if (raw.length > MAX_WORD_LENGTH) continue
    const { word, term } = analyseWord(raw)
    yield { start: match.index, end: match.index + raw.length, word, term }
  }
}

/** The index terms of a text, in order, duplicates kept (term frequency counts them). */
export const terms = (text: string): string[] => {
  const out: string[] = []
  const re = new RegExp(WORD.source, WORD.flags)
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (match[0].length > MAX_WORD_LENGTH) continue
    const { term } = analyseWord(match[0])
    if (term) out.push(term)
  }
  return out
}

/** The folded words of a text (stop words included), for the vocabulary of spelling suggestions and compounds. */
export const words = (text: string): string[] => {
  const out: string[] = []
  const re = new RegExp(WORD.source, WORD.flags)
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (match[0].length > MAX_WORD_LENGTH) continue
    out.push(analyseWord(match[0]).word)
  }
  return out
}

/** The stem of one folded word (no stop-word check). */
export const stem = (word: string): string => (/\p{N}/u.test(word) ? word : dutchStem(word))

export const isStopWord = (word: string): boolean => dutchStopWords.has(word)
