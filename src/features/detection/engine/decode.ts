/**
 * Bytes → text for CSV exports: byte order marks, UTF-8 versus Windows-1252, UTF-16 (Excel's "Unicode text").
 *
 * Windows-1252 is decoded here with a table rather than `TextDecoder('windows-1252')`: Node 20 decodes that label
 * as ISO-8859-1 (so "€", "‘" and "…" come out as control characters), while browsers follow the WHATWG table.
 * Doing it ourselves gives the same text in the worker, in the tests and on the command line.
 */
import type { TextEncodingName } from './types'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  bom: boolean
}

/** WHATWG windows-1252 for bytes 0x80–0x9F; the other bytes are their own code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192
  const parts: string[] = []
  const codes = new Uint16Array(chunk)
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length)
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, end - start) as unknown as number[]))
  }
  return parts.join('')
}

function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  // ASCII text in UTF-16LE has a zero in (almost) every odd byte.
  const n = Math.min(bytes.length, 1000) & ~1
  if (n < 4) return false
  let zeros = 0
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++
  return zeros / (n / 2) > 0.6
}

/** Decodes an export: a BOM decides; otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true }
  }
  if (looksLikeUtf16Le(bytes)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: false }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false }
  }
}

/** True when the bytes start like a zip archive (.xlsx). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** True when the bytes start like an old binary Office file (.xls). */
export function isOleDocument(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
}

/** True when the bytes hold binary data (NUL or many control bytes) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return n > 0 && control / n > 0.1
}
