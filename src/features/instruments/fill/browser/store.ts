/**
 * Where fill-ins are kept: IndexedDB in this browser, one record per fill-in, found by instrument. Nothing here talks
 * to a server. `idb` (Jake Archibald's small promise wrapper, ~1 kB) instead of raw IDBRequest callbacks: it handles
 * transactions, upgrades and blocked connections correctly, and keeps this file about what is stored rather than
 * how IndexedDB's events fire.
 *
 * Every failure becomes a StorageProblem with a Dutch message: storage full (quota), storage blocked (private
 * browsing, disabled site data) or anything else. The page then says so and offers the file export, so no answer is
 * lost because the browser would not keep it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

import type { FillIn } from '@/features/instruments/fill/engine/answers'
import { asFillIn } from '@/features/instruments/fill/engine/fileFormat'

export const DB_NAME = 'toolbox-instrumenten'
const STORE = 'invullingen'

interface Schema extends DBSchema {
  invullingen: { key: string; value: FillIn; indexes: { instrument: string } }
}

export type StorageProblemKind = 'full' | 'blocked' | 'failed'

export class StorageProblem extends Error {
  constructor(
    readonly kind: StorageProblemKind,
    message: string,
  ) {
    super(message)
    this.name = 'StorageProblem'
  }
}

const messages: Record<StorageProblemKind, string> = {
  full: 'De opslag van deze browser is vol: de laatste wijzigingen zijn niet bewaard. Bewaar de invulling als bestand, zodat u niets verliest.',
  blocked:
    'Deze browser laat niet toe dat de pagina iets bewaart (bijvoorbeeld in een privévenster of als sitegegevens geblokkeerd zijn). Uw antwoorden blijven staan zolang deze pagina open is. Bewaar de invulling als bestand om later verder te werken.',
  failed: 'Bewaren in deze browser lukte niet. Bewaar de invulling als bestand, zodat u niets verliest.',
}

export function storageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageProblem) return error
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : ''
  const kind: StorageProblemKind =
    name === 'QuotaExceededError' ? 'full' : name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError' || name === 'UnknownError' ? 'blocked' : 'failed'
  return new StorageProblem(kind, messages[kind])
}

let db: Promise<IDBPDatabase<Schema>> | null = null

function database(): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageProblem('blocked', messages.blocked))
  db ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'id' }).createIndex('instrument', 'instrumentSlug')
    },
    // Another tab upgrades or deletes the database ("clear site data"): let go, the next call opens again.
    blocking(_current, _blocked, event) {
      ;(event.target as IDBDatabase).close()
      db = null
    },
    terminated() {
      db = null
    },
  }).catch((error: unknown) => {
    db = null
    throw storageProblem(error)
  })
  return db
}

const guard = async <T>(work: (d: IDBPDatabase<Schema>) => Promise<T>): Promise<T> => {
  try {
    return await work(await database())
  } catch (error) {
    throw storageProblem(error)
  }
}

/** The fill-ins of one instrument in this browser, the most recently changed first. Unreadable records are skipped. */
export const listFillIns = (instrumentSlug: string): Promise<FillIn[]> =>
  guard(async (d) =>
    (await d.getAllFromIndex(STORE, 'instrument', instrumentSlug))
      .map(asFillIn)
      .filter((f): f is FillIn => f !== null)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  )

export const getFillIn = (id: string): Promise<FillIn | null> => guard(async (d) => asFillIn(await d.get(STORE, id)))

export const saveFillIn = (fillIn: FillIn): Promise<void> =>
  guard(async (d) => {
    await d.put(STORE, fillIn)
  })

export const deleteFillIn = (id: string): Promise<void> => guard((d) => d.delete(STORE, id))

/** Closes the connection (tests; a page that deletes the whole database). */
export async function closeStore(): Promise<void> {
  const open = db
  db = null
  if (open) (await open.catch(() => null))?.close()
}
