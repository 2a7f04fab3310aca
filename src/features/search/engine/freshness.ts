/**
 * Keeps a derived value (the search index) fresh against a database that other app instances also write to.
 * No instance is told about another's changes, so each one asks the database for a cheap change stamp — per
 * collection the number of documents and the newest updatedAt — at most once every `checkIntervalMs`, and
 * rebuilds when it differs. A request that notices a change waits up to `waitForRebuildMs` for the new index
 * (a small corpus rebuilds well within that); after that it gets the previous index and the rebuild finishes
 * in the background (stale-while-revalidate). `maxAgeMs` rebuilds regardless, a safety net for an edit the stamp
 * cannot see (an instance whose clock runs far behind the others).
 *
 * With `update`, a moved stamp first tries to bring the value up to date from the previous one (fetching only what
 * changed since the previous stamp); it answers undefined when it cannot (a deletion, a taxonomy change), and then,
 * or when it fails, a full build runs. `maxAgeMs` counts from the last full build.
 */

export interface FreshnessOptions<S, T> {
  readStamp: () => Promise<S>
  build: () => Promise<T>
  /** Brings `value`, made at stamp `from`, up to stamp `to`; undefined: not possible, build in full. */
  update?: (value: T, from: S, to: S) => Promise<T | undefined>
  checkIntervalMs?: number
  waitForRebuildMs?: number
  maxAgeMs?: number
  now?: () => number
  onError?: (error: unknown, during: 'stamp' | 'build' | 'update') => void
}

export interface Fresh<T> {
  /** The value, checked against the stamp when the last check is older than the interval. */
  get: () => Promise<T>
  /** Rebuilds now (waits for it). */
  rebuild: () => Promise<T>
  /** What is held now, without checking; undefined before the first build. */
  peek: () => { value: T; builtAt: number; fullAt: number; stamp: string } | undefined
}

const wait = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    timer.unref?.()
  })

interface Held<S, T> {
  value: T
  builtAt: number
  /** When the last full build finished. */
  fullAt: number
  stamp: string
  raw: S
}

export const createFresh = <S, T>(options: FreshnessOptions<S, T>): Fresh<T> => {
  const {
    readStamp,
    build,
    update,
    checkIntervalMs = 2_000,
    waitForRebuildMs = 1_500,
    maxAgeMs = 10 * 60_000,
    now = Date.now,
    onError = () => undefined,
  } = options
  let current: Held<S, T> | undefined
  let building: Promise<Held<S, T>> | undefined
  let checking: Promise<void> | undefined
  let lastCheck = -Infinity

  /** One build or update at a time; `full` skips the update, `known` is a stamp just read. */
  const refresh = (full: boolean, known?: S) =>
    (building ??= (async () => {
      try {
        // The stamp before the data: a change made while loading shows up at the next check.
        const raw = known ?? (await readStamp())
        const stamp = JSON.stringify(raw)
        const previous = current
        let value: T | undefined
        if (!full && update && previous && now() - previous.fullAt < maxAgeMs) {
          if (stamp === previous.stamp) return previous
          value = await update(previous.value, previous.raw, raw).catch((error: unknown) => {
            onError(error, 'update')
            return undefined
          })
        }
        const incremental = value !== undefined
        value ??= await build()
        current = { value, builtAt: now(), fullAt: incremental ? previous!.fullAt : now(), stamp, raw }
        lastCheck = now()
        return current
      } finally {
        building = undefined
      }
    })())
  const rebuild = () => refresh(true)

  const check = () =>
    (checking ??= (async () => {
      lastCheck = now()
      try {
        const raw = await readStamp()
        if (current && JSON.stringify(raw) === current.stamp && now() - current.fullAt < maxAgeMs) return
        const pending = refresh(false, raw).then(
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
      if (!current) return (await refresh(true)).value
      if (now() - lastCheck >= checkIntervalMs) await check()
      return current.value
    },
    rebuild: async () => (await rebuild()).value,
    peek: () => current,
  }
}
