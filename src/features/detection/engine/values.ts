/**
 * Small, forgiving readers for cell text. Each returns `undefined` when the text cannot be read, so the caller can
 * name the row and column in its message; an empty cell reads as `null`.
 */

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/
const THOUSANDS = /^[+-]?\d{1,3}(?:[. ]\d{3})+(?:,\d+)?$/

/** Reads "12", "12,5", "12.5", " 7 " and "1.234,5"; `null` for an empty cell; `undefined` for anything else. */
export function readNumber(text: string): number | null | undefined {
  // Fast path for the common case, a small whole number without spaces.
  const n = text.length
  if (n > 0 && n < 10) {
    let value = 0
    let i = 0
    for (; i < n; i++) {
      const d = text.charCodeAt(i) - 48
      if (d < 0 || d > 9) break
      value = value * 10 + d
    }
    if (i === n) return value
  }
  const t = text.trim()
  if (t === '') return null
  if (NUMBER.test(t)) return Number(t.replace(',', '.'))
  if (THOUSANDS.test(t)) return Number(t.replace(/[. ]/g, '').replace(',', '.'))
  return undefined
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'v', '✓', 'wel'])
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'niet', '-'])

/** Reads ja/nee (and j/n, yes/no, 1/0, x); `null` for an empty cell; `undefined` for anything else. */
export function readYesNo(text: string): boolean | null | undefined {
  if (text === 'ja') return true
  if (text === 'nee') return false
  const t = text.trim().toLowerCase()
  if (t === '') return null
  if (YES.has(t)) return true
  if (NO.has(t)) return false
  return undefined
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const MS_PER_DAY = 86_400_000

/**
 * Reads a date as days since 1970-01-01 (UTC): "2024-09-02", "2/9/2024", "02-09-2024", "2.9.2024" (day first, as
 * in Flanders), or an Excel serial number. `null` for an empty cell, `undefined` for anything else.
 */
export function readDay(text: string): number | null | undefined {
  const t = text.trim()
  if (t === '') return null
  let y: number, m: number, d: number
  const iso = ISO_DATE.exec(t)
  const dmy = DMY_DATE.exec(t)
  if (iso) {
    y = Number(iso[1])
    m = Number(iso[2])
    d = Number(iso[3])
  } else if (dmy) {
    d = Number(dmy[1])
    m = Number(dmy[2])
    y = Number(dmy[3])
  } else if (/^\d{5}$/.test(t)) {
    // Excel's serial day number (1900 system): day 25569 is 1970-01-01.
    return Number(t) - 25569
  } else {
    return undefined
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined
  const ms = Date.UTC(y, m - 1, d)
  const back = new Date(ms)
  if (back.getUTCDate() !== d) return undefined
  return Math.floor(ms / MS_PER_DAY)
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Reads an ISO date (YYYY-MM-DD) as a day number, or `undefined`. */
export function isoToDay(iso: string): number | undefined {
  const day = readDay(iso)
  return typeof day === 'number' ? day : undefined
}

/**
 * Folds a header to a comparable key: lower case, accents removed, every run of other characters as one `_`.
 * "Leerling ID", "leerling-id" and "LEERLING_ID" all become "leerling_id".
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** Shortens a cell for a message, so a long or shifted cell does not flood it. */
export function quoteCell(text: string, max = 30): string {
  const t = text.trim()
  return `"${t.length > max ? `${t.slice(0, max)}…` : t}"`
}
