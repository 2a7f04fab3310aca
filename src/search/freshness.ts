/**
 * Keeps a derived value (the search index) fresh against a database that other app instances also write to.
 * No instance is told about another's changes, so each one asks the database for a cheap change stamp — per
 * collection the number of documents and the newest updatedAt — at most once every `checkIntervalMs`, and
 * rebuilds when it differs. A request that notices a change waits up to `waitForRebuildMs` for the new index
 * (a small corpus rebuilds well within that); after that it gets the previous index and the rebuild finishes
 * in the background (stale-while-revalidate). `maxAgeMs` rebuilds regardless, a safety net for an edit the stamp
 * cannot see (an instance whose clock runs far behind the others).
 */

export interface FreshnessOptions<S, T> {
  readStamp: () => Promise<S>
  build: () => Promise<T>
  checkIntervalMs?: number
  waitForRebuildMs?: number
  maxAgeMs?: number
  now?: () => number
  onError?: (error: unknown, during: 'stamp' | 'build') => void
}

export interface Fresh<T> {
  /** The value, checked against the stamp when the last check is older than the interval. */
  get: () => Promise<T>
  /** Rebuilds now (waits for it). */
  rebuild: () => Promise<T>
  /** What is held now, without checking; undefined before the first build. */
  peek: () => { value: T; builtAt: number; stamp: string } | undefined
}

const wait = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    timer.unref?.()
  })

export const createFresh = <S, T>(options: FreshnessOptions<S, T>): Fresh<T> => {
  const {
    readStamp,
    build,
    checkIntervalMs = 2_000,
    waitForRebuildMs = 1_500,
    maxAgeMs = 10 * 60_000,
    now = Date.now,
    onError = () => undefined,
  } = options
  let current: { value: T; builtAt: number; stamp: string } | undefined
  let building: Promise<{ value: T; builtAt: number; stamp: string }> | undefined
  let checking: Promise<void> | undefined
  let lastCheck = -Infinity

  const rebuild = () =>
    (building ??= (async () => {
      try {
        // The stamp before the data: a change made while loading shows up at the next check.
        const stamp = JSON.stringify(await readStamp())
        const value = await build()
        current = { value, builtAt: now(), stamp }
        lastCheck = now()
        return current
      } finally {
        building = undefined
      }
    })())

  const check = () =>
    (checking ??= (async () => {
      lastCheck = now()
      try {
        const stamp = JSON.stringify(await readStamp())
        if (current && stamp === current.stamp && now() - current.builtAt < maxAgeMs) return
        const pending = rebuild().then(
          () => undefined,
          (error: unknown) => onError(error, 'build'),
        )
        await Promise.race([pending, wait(waitForRebuildMs)])
      } catch (error) {
        onError(error, 'stamp')
      } finally {
        checking = undefined
      }
    })())

  return {
    get: async () => {
      if (!current) return (await rebuild()).value
      if (now() - lastCheck >= checkIntervalMs) await check()
      return current.value
    },
    rebuild: async () => (await rebuild()).value,
    peek: () => current,
  }
}
