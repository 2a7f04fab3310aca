/** Encryption of saved work with WebCrypto (the same globalThis.crypto.subtle in Node 20 as in the browser). */
import { describe, expect, it } from 'vitest'

import { PBKDF2_ITERATIONS, VaultError, isVaultEnvelope, open, passphraseProblem, seal } from './vault'

const secret = { key: 'ab'.repeat(32), listed: [{ id: 'c0ffee', row: 12, klas: '5A' }], note: 'Leerling 1000042 – Amélie Peeters' }
const passphrase = 'drie blauwe olifanten'

describe('the vault', () => {
  it('round-trips a value through a passphrase', async () => {
    const envelope = await seal(secret, passphrase, { iterations: 1000, label: 'Workshop' })
    expect(isVaultEnvelope(envelope)).toBe(true)
    expect(envelope.label).toBe('Workshop')
    await expect(open(envelope, passphrase)).resolves.toEqual(secret)
    // Through JSON as a downloaded file would go.
    await expect(open(JSON.parse(JSON.stringify(envelope)), passphrase)).resolves.toEqual(secret)
  })

  it('uses 600,000 PBKDF2 iterations by default and a fresh salt and IV every time', async () => {
    const a = await seal(secret, passphrase)
    const b = await seal(secret, passphrase)
    expect(a.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS })
    expect(PBKDF2_ITERATIONS).toBe(600_000)
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.cipher.iv).not.toBe(b.cipher.iv)
    expect(a.data).not.toBe(b.data)
  })

  it('holds nothing readable', async () => {
    const text = JSON.stringify(await seal(secret, passphrase, { iterations: 1000 }))
    for (const word of ['Amélie', 'Peeters', '1000042', 'c0ffee']) expect(text).not.toContain(word)
  })

  it('refuses a wrong passphrase and a changed ciphertext with a Dutch message', async () => {
    const envelope = await seal(secret, passphrase, { iterations: 1000 })
    await expect(open(envelope, 'vier groene olifanten')).rejects.toMatchObject({ code: 'wrong-passphrase', message: expect.stringContaining('wachtzin klopt niet') })
    const bytes = Uint8Array.from(atob(envelope.data), (c) => c.charCodeAt(0))
    bytes[0] = bytes[0]! ^ 1
    const tampered = { ...envelope, data: btoa(String.fromCharCode(...bytes)) }
    await expect(open(tampered, passphrase)).rejects.toBeInstanceOf(VaultError)
  })

  it('refuses what is not an envelope, and weak passphrases', async () => {
    await expect(open({ format: 'iets anders' }, passphrase)).rejects.toMatchObject({ code: 'not-a-vault' })
    await expect(open(null, passphrase)).rejects.toMatchObject({ code: 'not-a-vault' })
    const envelope = await seal(secret, passphrase, { iterations: 1000 })
    expect(isVaultEnvelope({ ...envelope, kdf: { ...envelope.kdf, iterations: 0 } })).toBe(false)
    await expect(open({ ...envelope, data: '%%%' }, passphrase)).rejects.toMatchObject({ code: 'not-a-vault' })
    expect(passphraseProblem('kort')).toContain('minstens 10 tekens')
    expect(passphraseProblem('          ')).not.toBeNull()
    expect(passphraseProblem(passphrase)).toBeNull()
    await expect(seal(secret, 'kort')).rejects.toMatchObject({ code: 'weak-passphrase' })
  })
})
