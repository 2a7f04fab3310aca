import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'

import { createPseudonymiser, generateKey, keyBytes, pseudonymise } from './pseudonymise'
import { TEST_KEY } from '@tests/fixtures/detection'

describe('pseudonymisation', () => {
  it('is HMAC-SHA-256 of the trimmed id under the key, first 64 bits', () => {
    const expected = bytesToHex(hmac(sha256, hexToBytes(TEST_KEY), new TextEncoder().encode('LL-1'))).slice(0, 16)
    expect(pseudonymise(' LL-1 ', TEST_KEY)).toBe(expected)
  })

  it('is stable for one key and differs between keys and ids', () => {
    const a = createPseudonymiser(TEST_KEY)
    const b = createPseudonymiser(generateKey())
    expect(a('123')).toBe(a('123'))
    expect(a('123')).not.toBe(a('124'))
    expect(a('123')).not.toBe(b('123'))
  })

  it('handles long and non-ASCII ids with a reused buffer', () => {
    const p = createPseudonymiser(TEST_KEY)
    const long = 'é'.repeat(500)
    expect(p(long)).toBe(bytesToHex(hmac(sha256, hexToBytes(TEST_KEY), new TextEncoder().encode(long))).slice(0, 16))
    expect(p('x')).toBe(pseudonymise('x', TEST_KEY))
  })

  it('accepts a hex key or a passphrase, and refuses an empty key', () => {
    expect(keyBytes(TEST_KEY)).toHaveLength(32)
    expect(keyBytes('geheim')).toEqual(new TextEncoder().encode('geheim'))
    expect(generateKey()).toMatch(/^[0-9a-f]{64}$/)
    expect(() => createPseudonymiser('')).toThrow(/sleutel/)
  })
})
