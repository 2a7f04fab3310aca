/** The IndexedDB store against fake-indexeddb (an in-memory IndexedDB that follows the spec's tests), in Node. */
import 'fake-indexeddb/auto'

import { afterEach, describe, expect, it } from 'vitest'

import { dialogueSheet, preventionPlan } from '@tests/fixtures/instruments/definitions'
import { newFillIn, setAnswer } from '@/features/instruments/fill/engine/answers'
import { DB_NAME, closeStore, deleteFillIn, getFillIn, listFillIns, saveFillIn, storageProblem } from './store'

const plan = preventionPlan()
const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 9, minute))

afterEach(async () => {
  await closeStore()
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME)
    request.onsuccess = request.onerror = () => resolve()
  })
})

describe('the fill-in store', () => {
  it('keeps several named fill-ins per instrument, lists them newest first, and deletes one', async () => {
    const a = newFillIn(plan, { id: 'a', name: 'Preventieplan 2026 — Sint-Jozef', now: at(0) })
    const b = setAnswer(plan, newFillIn(plan, { id: 'b', name: 'Preventieplan 2026 — De Linde', now: at(1) }), 'q-verbindend-schaal', { kind: 'scale', value: 5 }, at(2))
    const other = newFillIn(dialogueSheet(), { id: 'c', name: 'Fiche', now: at(3) })
    for (const f of [a, b, other]) await saveFillIn(f)

    expect((await listFillIns(plan.slug)).map((f) => f.name)).toEqual(['Preventieplan 2026 — De Linde', 'Preventieplan 2026 — Sint-Jozef'])
    expect(await getFillIn('b')).toEqual(b)

    await saveFillIn({ ...a, name: 'Plan 2026–2027', updatedAt: at(5).toISOString() })
    expect((await listFillIns(plan.slug)).map((f) => f.id)).toEqual(['a', 'b'])

    await deleteFillIn('a')
    expect((await listFillIns(plan.slug)).map((f) => f.id)).toEqual(['b'])
    expect(await getFillIn('a')).toBeNull()
  })

  it('skips a record that is not a valid fill-in', async () => {
    await saveFillIn({ ...newFillIn(plan, { id: 'x', name: 'x', now: at(0) }), createdAt: 'kapot' })
    expect(await listFillIns(plan.slug)).toEqual([])
  })

  it('names storage problems in Dutch', () => {
    expect(storageProblem(new DOMException('quota', 'QuotaExceededError'))).toMatchObject({ kind: 'full', message: expect.stringContaining('vol') })
    expect(storageProblem(new DOMException('no', 'SecurityError'))).toMatchObject({ kind: 'blocked', message: expect.stringContaining('privévenster') })
    expect(storageProblem(new Error('?'))).toMatchObject({ kind: 'failed' })
  })
})
