/**
 * Where an encrypted envelope (vault.ts) is kept when the user asks: IndexedDB in this browser. IndexedDB rather
 * than localStorage because a result list for a large school outgrows localStorage's few megabytes. Only envelopes
 * (ciphertext) are ever written here. A dozen lines around the raw API: no library is installed for it and the
 * four operations below are all the page needs.
 */
import { isVaultEnvelope, type VaultEnvelope } from './vault'

const DB_NAME = 'vroegdetectie'
const STORE = 'kluis'
const SLOT = 'bewaard'

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is niet beschikbaar.'))
  })
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const request = action(tx.objectStore(STORE))
      tx.oncomplete = () => resolve(request.result)
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('Bewaren in deze browser lukte niet.'))
      tx.onabort = () => reject(tx.error ?? new Error('Bewaren in deze browser werd afgebroken.'))
    })
  } finally {
    db.close()
  }
}

/** The saved envelope, or null. Looking does not create the database: nothing is written until the user saves. */
export const storedEnvelope = async (): Promise<VaultEnvelope | null> => {
  if (typeof indexedDB === 'undefined') return null
  if (typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases()
    if (!databases.some((d) => d.name === DB_NAME)) return null
  }
  const value = await run('readonly', (store) => store.get(SLOT) as IDBRequest<unknown>)
  return isVaultEnvelope(value) ? value : null
}

export const storeEnvelope = (envelope: VaultEnvelope): Promise<IDBValidKey> => run('readwrite', (store) => store.put(envelope, SLOT))

/** Removes the whole database, so nothing of the tool is left in this browser. */
export const deleteEnvelope = (): Promise<void> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error('Verwijderen lukte niet.'))
    // Another tab holding the database open: it is deleted as soon as that tab lets go.
    request.onblocked = () => resolve()
  })
