import { describe, expect, it } from 'vitest'

import { createFresh } from './freshness'

const setup = (options: { waitForRebuildMs?: number; buildMs?: number } = {}) => {
  let clock = 0
  let stamp = 1
  let builds = 0
  let stampReads = 0
  const fresh = createFresh({
    readStamp: async () => {
      stampReads++
      return stamp
    },
    build: async () => {
      builds++
      if (options.buildMs) await new Promise((r) => setTimeout(r, options.buildMs))
      return `index built from stamp ${stamp}`
    },
    checkIntervalMs: 2_000,
    maxAgeMs: 60_000,
    waitForRebuildMs: options.waitForRebuildMs ?? 1_000,
    now: () => clock,
  })
  return {
    fresh,
    advance: (ms: number) => (clock += ms),
    change: () => stamp++,
    builds: () => builds,
    stampReads: () => stampReads,
  }
}

describe('a value kept fresh against a change stamp', () => {
  it('builds once, then checks the stamp at most once per interval', async () => {
    const t = setup()
    await Promise.all([t.fresh.get(), t.fresh.get(), t.fresh.get()])
    expect(t.builds()).toBe(1)
    const reads = t.stampReads()
    t.advance(1_000)
    await t.fresh.get()
    expect(t.stampReads()).toBe(reads)
    t.advance(1_500)
    await t.fresh.get()
    expect(t.stampReads()).toBe(reads + 1)
    expect(t.builds()).toBe(1)
  })

  it('rebuilds when the stamp changes, and the request that noticed gets the new value', async () => {
    const t = setup()
    expect(await t.fresh.get()).toBe('index built from stamp 1')
    t.change()
    expect(await t.fresh.get()).toBe('index built from stamp 1') // not checked yet
    t.advance(2_000)
    expect(await t.fresh.get()).toBe('index built from stamp 2')
    expect(t.builds()).toBe(2)
  })

  it('serves the previous value while a slow rebuild finishes in the background', async () => {
    const t = setup({ waitForRebuildMs: 5, buildMs: 50 })
    await t.fresh.get()
    t.change()
    t.advance(2_000)
    expect(await t.fresh.get()).toBe('index built from stamp 1')
    await new Promise((r) => setTimeout(r, 80))
    expect(await t.fresh.get()).toBe('index built from stamp 2')
  })

  it('rebuilds after the maximum age even without a visible change', async () => {
    const t = setup()
    await t.fresh.get()
    t.advance(61_000)
    await t.fresh.get()
    expect(t.builds()).toBe(2)
  })

  it('keeps the last good value when a rebuild fails, and fails loudly only without one', async () => {
    let fail = false
    let clock = 0
    let stamp = 0
    const errors: string[] = []
    const fresh = createFresh({
      readStamp: async () => stamp,
      build: async () => {
        if (fail) throw new Error('database down')
        return 'good'
      },
      now: () => clock,
      onError: (_, during) => errors.push(during),
    })
    expect(await fresh.get()).toBe('good')
    fail = true
    stamp++
    clock += 5_000
    expect(await fresh.get()).toBe('good')
    expect(errors).toEqual(['build'])
    const empty = createFresh({ readStamp: async () => 0, build: async () => Promise.reject(new Error('down')) })
    await expect(empty.get()).rejects.toThrow('down')
  })

  it('applies an update when it can, builds in full when it cannot or fails, and keeps the full-build age', async () => {
    let clock = 0
    let stamp = 1
    let builds = 0
    const updates: string[] = []
    const errors: string[] = []
    let answer: 'update' | 'cannot' | 'fail' = 'update'
    const fresh = createFresh({
      readStamp: async () => stamp,
      build: async () => `full ${stamp} (${++builds})`,
      update: async (value: string, from: number, to: number) => {
        updates.push(`${from}→${to}`)
        if (answer === 'fail') throw new Error('half-way')
        return answer === 'update' ? `${value} + ${to}` : undefined
      },
      maxAgeMs: 60_000,
      now: () => clock,
      onError: (_, during) => errors.push(during),
    })
    expect(await fresh.get()).toBe('full 1 (1)')
    clock += 3_000
    expect(await fresh.get()).toBe('full 1 (1)')
    expect(updates).toEqual([]) // same stamp: nothing to do

    stamp = 2
    clock += 3_000
    expect(await fresh.get()).toBe('full 1 (1) + 2')
    stamp = 3
    clock += 3_000
    expect(await fresh.get()).toBe('full 1 (1) + 2 + 3')
    expect(updates).toEqual(['1→2', '2→3'])
    expect(builds).toBe(1)

    answer = 'cannot'
    stamp = 4
    clock += 3_000
    expect(await fresh.get()).toBe('full 4 (2)')
    answer = 'fail'
    stamp = 5
    clock += 3_000
    expect(await fresh.get()).toBe('full 5 (3)')
    expect(errors).toEqual(['update'])

    // Updates do not reset the age: the safety net still builds in full after maxAgeMs.
    answer = 'update'
    for (let i = 0; i < 25; i++) {
      stamp++
      clock += 3_000
      await fresh.get()
    }
    expect(builds).toBe(4)
    expect(fresh.peek()!.fullAt).toBeGreaterThan(60_000)
  })
})
