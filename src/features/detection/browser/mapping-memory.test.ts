/** Remembering mappings: only column names, never cells; the right one is picked for a file again. */
import { describe, expect, it } from 'vitest'

import { suggestMapping, type ColumnMapping } from '@/features/detection/engine/mapping'
import { MAPPING_STORAGE_KEY, chooseMapping, isRememberable, loadRemembered, missingRequired, remember, saveRemembered } from './mapping-memory'

class MemoryStorage {
  readonly items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}

const own: ColumnMapping = { version: 1, fields: { leerling_id: 'Code leerling', leerjaar: 'Jaar', afwezig_B: 'Spijbel' } }
const headers = ['Code leerling', 'Jaar', 'Spijbel', 'Klas']

describe('mapping memory', () => {
  it('stores the mapping only, and reads it back', () => {
    const storage = new MemoryStorage()
    const list = remember([], own, new Date('2026-03-01T10:00:00Z'))
    expect(saveRemembered(storage, list)).toBe(true)
    expect(JSON.parse(storage.items.get(MAPPING_STORAGE_KEY)!)).toEqual([{ mapping: own, savedAt: '2026-03-01T10:00:00.000Z' }])
    expect(loadRemembered(storage)).toEqual(list)
    saveRemembered(storage, [])
    expect(storage.items.has(MAPPING_STORAGE_KEY)).toBe(false)
  })

  it('keeps the newest first, each set of columns once, at most ten', () => {
    let list = remember([], own)
    list = remember(list, { version: 1, fields: { leerling_id: 'Nr', leerjaar: 'Jaar' } })
    list = remember(list, own)
    expect(list.map((e) => e.mapping.fields.leerling_id)).toEqual(['Code leerling', 'Nr'])
    for (let i = 0; i < 20; i++) list = remember(list, { version: 1, fields: { leerling_id: `Nummer ${i}`, leerjaar: 'Jaar' } })
    expect(list).toHaveLength(10)
  })

  it('never remembers a "header" that is really a cell value (a file without header row)', () => {
    const fromData: ColumnMapping = { version: 1, fields: { leerling_id: '1000042', leerjaar: '5' } }
    expect(isRememberable(fromData)).toBe(false)
    expect(isRememberable({ version: 1, fields: { leerling_id: '85.07.30-033.28', leerjaar: 'Jaar' } })).toBe(false)
    expect(remember([], fromData)).toEqual([])
    expect(isRememberable(own)).toBe(true)
  })

  it('tolerates anything in storage', () => {
    const storage = new MemoryStorage()
    storage.setItem(MAPPING_STORAGE_KEY, '{kapot')
    expect(loadRemembered(storage)).toEqual([])
    storage.setItem(MAPPING_STORAGE_KEY, JSON.stringify([{ mapping: { version: 2 } }, { mapping: own, savedAt: 'x' }, 7]))
    expect(loadRemembered(storage)).toEqual([{ mapping: own, savedAt: 'x' }])
    expect(loadRemembered(null)).toEqual([])
  })

  it('starts from a remembered mapping whose columns are all in the file, else the suggestion', () => {
    const suggestion = suggestMapping(headers)
    expect(suggestion.missingRequired).toEqual(['leerling_id'])
    const remembered = remember([], own)
    expect(chooseMapping(headers, suggestion, remembered)).toEqual({ mapping: own, source: 'remembered', missingRequired: [] })
    const other = ['Stamnummer', 'Leerjaar', 'B']
    const chosen = chooseMapping(other, suggestMapping(other), remembered)
    expect(chosen.source).toBe('suggested')
    expect(chosen.mapping.fields).toMatchObject({ leerling_id: 'Stamnummer', leerjaar: 'Leerjaar', afwezig_B: 'B' })
    expect(missingRequired({ version: 1, fields: { leerjaar: 'Jaar' } })).toEqual(['leerling_id'])
  })
})
