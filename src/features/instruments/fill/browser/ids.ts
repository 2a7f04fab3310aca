/** Ids for new fill-ins, rows and snapshots (random; made in the browser). Downloads: src/shared/download.ts. */
export const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
