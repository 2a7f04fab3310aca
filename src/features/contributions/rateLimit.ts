/**
 * A small fixed-window limit per sender, in this process's memory: enough to stop a script from flooding the
 * editors' inbox through one instance. (Behind several instances each keeps its own count; a shared limit would
 * need Redis or the database, which this volume does not call for.)
 */
export const createRateLimit = ({ max, windowMs, now = Date.now }: { max: number; windowMs: number; now?: () => number }) => {
  const hits = new Map<string, { start: number; count: number }>()
  return (key: string): boolean => {
    const time = now()
    const entry = hits.get(key)
    if (!entry || time - entry.start >= windowMs) {
      // Forget old windows now and then, so the map stays small.
      if (hits.size > 10_000) for (const [k, v] of hits) if (time - v.start >= windowMs) hits.delete(k)
      hits.set(key, { start: time, count: 1 })
      return true
    }
    entry.count += 1
    return entry.count <= max
  }
}
