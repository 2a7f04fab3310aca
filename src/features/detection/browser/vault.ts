/**
 * Passphrase encryption for what the user chooses to keep (the pseudonym key, the mapping, the detection list and,
 * if asked, the results), with the browser's own WebCrypto: PBKDF2-SHA-256 derives an AES-GCM-256 key from the
 * passphrase and a random salt; AES-GCM encrypts with a random 96-bit IV and authenticates, so a wrong passphrase or
 * a changed file is refused rather than decrypted into rubbish.
 *
 * No library: WebCrypto is built into every browser and into Node 20 (`globalThis.crypto.subtle`), where the unit
 * tests run the same code. 600,000 iterations follows OWASP's 2023 advice for PBKDF2-HMAC-SHA256.
 */

export const VAULT_FORMAT = 'vroegdetectie-kluis'
export const VAULT_VERSION = 1
export const PBKDF2_ITERATIONS = 600_000
export const MIN_PASSPHRASE_LENGTH = 10

/** The encrypted envelope as stored (IndexedDB) or downloaded (a .json file). Holds no readable pupil data. */
export interface VaultEnvelope {
  format: typeof VAULT_FORMAT
  version: typeof VAULT_VERSION
  /** When it was saved (ISO), and a label the user sees before unlocking: not secret, so no pupil data. */
  savedAt: string
  label: string
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  cipher: { name: 'AES-GCM'; iv: string }
  /** Base64 of the ciphertext (with the GCM tag). */
  data: string
}

export class VaultError extends Error {
  constructor(
    message: string,
    readonly code: 'wrong-passphrase' | 'not-a-vault' | 'weak-passphrase',
  ) {
    super(message)
    this.name = 'VaultError'
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey'])
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
}

/** Why a passphrase is refused, in Dutch, or null when it will do. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.trim().length < MIN_PASSPHRASE_LENGTH) {
    return `Kies een wachtzin van minstens ${MIN_PASSPHRASE_LENGTH} tekens, bv. een paar woorden die u onthoudt.`
  }
  return null
}

export interface SealOptions {
  /** For tests only: fewer iterations are weaker. */
  iterations?: number
  label?: string
  now?: Date
}

/** Encrypts any JSON-serialisable value with a passphrase. */
export async function seal(value: unknown, passphrase: string, options: SealOptions = {}): Promise<VaultEnvelope> {
  const problem = passphraseProblem(passphrase)
  if (problem) throw new VaultError(problem, 'weak-passphrase')
  const iterations = options.iterations ?? PBKDF2_ITERATIONS
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16))
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(passphrase, salt, iterations)
  const plain = new TextEncoder().encode(JSON.stringify(value))
  const cipher = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain))
  return {
    format: VAULT_FORMAT,
    version: VAULT_VERSION,
    savedAt: (options.now ?? new Date()).toISOString(),
    label: options.label ?? '',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(cipher),
  }
}

/** True when the value has the shape of an envelope (e.g. read from a file the user picked). */
export function isVaultEnvelope(value: unknown): value is VaultEnvelope {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<VaultEnvelope>
  return (
    v.format === VAULT_FORMAT &&
    v.version === VAULT_VERSION &&
    typeof v.data === 'string' &&
    typeof v.savedAt === 'string' &&
    typeof v.label === 'string' &&
    v.kdf?.name === 'PBKDF2' &&
    v.kdf.hash === 'SHA-256' &&
    Number.isInteger(v.kdf.iterations) &&
    v.kdf.iterations >= 1 &&
    v.kdf.iterations <= 10_000_000 &&
    typeof v.kdf.salt === 'string' &&
    v.cipher?.name === 'AES-GCM' &&
    typeof v.cipher.iv === 'string'
  )
}

/** Decrypts an envelope; a wrong passphrase (or a changed file) gives a VaultError, never garbage. */
export async function open<T = unknown>(envelope: unknown, passphrase: string): Promise<T> {
  if (!isVaultEnvelope(envelope)) throw new VaultError('Dit is geen bewaard bestand van de vroegdetectie.', 'not-a-vault')
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>
  try {
    salt = fromBase64(envelope.kdf.salt)
    iv = fromBase64(envelope.cipher.iv)
    data = fromBase64(envelope.data)
  } catch {
    throw new VaultError('Dit bewaarde bestand is beschadigd.', 'not-a-vault')
  }
  const key = await deriveKey(passphrase, salt, envelope.kdf.iterations)
  let plain: ArrayBuffer
  try {
    plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data)
  } catch {
    throw new VaultError('De wachtzin klopt niet (of het bestand werd gewijzigd).', 'wrong-passphrase')
  }
  return JSON.parse(new TextDecoder().decode(plain)) as T
}
