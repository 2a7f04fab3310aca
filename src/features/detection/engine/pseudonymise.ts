/**
 * Keyed-hash pseudonyms for pupil ids: HMAC-SHA-256(key, id), first 16 hex characters (64 bits).
 *
 * The key is a parameter: the page keeps it locally (so the school can find its own pupils back by hashing its own
 * list with the same key); without the key a pseudonym cannot be linked to an id, not even by trying all ids.
 * 64 bits keeps the chance of two pupils sharing a pseudonym below one in a billion for 100,000 pupils.
 *
 * @noble/hashes gives a synchronous, audited HMAC that runs the same in a Web Worker and in Node (WebCrypto's HMAC is
 * asynchronous per call, too slow for 100,000 ids one by one).
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'

export type PseudonymKey = Uint8Array | string

/** A fresh random 256-bit key as hex, from the platform's secure random source (browser, worker or Node). */
export function generateKey(): string {
  const bytes = new Uint8Array(32)
  globalThis.crypto.getRandomValues(bytes)
  return bytesToHex(bytes)
}

/** Key bytes: a 64-character hex string is read as 32 bytes; any other string as its UTF-8 bytes. */
export function keyBytes(key: PseudonymKey): Uint8Array {
  if (typeof key !== 'string') return key
  if (/^[0-9a-fA-F]{64}$/.test(key)) return hexToBytes(key)
  return new TextEncoder().encode(key)
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))

/**
 * Returns a function id → pseudonym for one key. The HMAC's keyed state is computed once and cloned per id, which
 * makes 100,000 ids about twice as fast as calling `hmac()` each time.
 */
export function createPseudonymiser(key: PseudonymKey): (id: string) => string {
  const bytes = keyBytes(key)
  if (bytes.length === 0) throw new Error('Een pseudonimiseringssleutel mag niet leeg zijn.')
  const keyed = hmac.create(sha256, bytes)
  const work = keyed.clone()
  const encoder = new TextEncoder()
  const out = new Uint8Array(32)
  let buffer = new Uint8Array(256)
  const chars: number[] = new Array(16).fill(0)
  return (id: string) => {
    const text = id.trim()
    if (text.length * 3 > buffer.length) buffer = new Uint8Array(text.length * 3)
    const { written } = encoder.encodeInto(text, buffer)
    keyed._cloneInto(work)
    work.update(buffer.subarray(0, written))
    work.digestInto(out)
    // One flat string (not 8 concatenated pieces): it is hashed again as a Map key, and flat strings hash fast.
    for (let i = 0; i < 8; i++) {
      chars[2 * i] = HEX_CODES[out[i]! >> 4]!
      chars[2 * i + 1] = HEX_CODES[out[i]! & 15]!
    }
    return String.fromCharCode.apply(null, chars)
  }
}

/** One pseudonym (for a handful of ids; use `createPseudonymiser` for many). */
export function pseudonymise(id: string, key: PseudonymKey): string {
  return createPseudonymiser(key)(id)
}
