/**
 * What may be out of date: topics nobody has reviewed for a year (or ever), and materials published more than five
 * years ago. Read for the admin's dashboard (Freshness.tsx); the dates come from the topics' "Laatst nagekeken op"
 * and the materials' "Publicatiedatum".
 */
import type { Payload } from 'payload'

export const reviewAfterMonths = 12
export const materialAgeYears = 5

export interface StaleItem {
  id: number | string
  title: string
  /** The date the rule looked at, or null when a topic was never reviewed. */
  date: string | null
}

const monthsBefore = (now: Date, months: number) => {
  const date = new Date(now)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString()
}

export const staleContent = async (payload: Payload, now = new Date()): Promise<{ topics: StaleItem[]; materials: StaleItem[] }> => {
  const [topics, materials] = await Promise.all([
    payload.find({
      collection: 'topics',
      where: { or: [{ lastReviewed: { less_than: monthsBefore(now, reviewAfterMonths) } }, { lastReviewed: { exists: false } }] },
      // Sorted below: never reviewed first, then the oldest review (databases differ on where a missing date sorts).
      pagination: false,
      depth: 0,
      select: { title: true, lastReviewed: true },
    }),
    payload.find({
      collection: 'materials',
      where: { publishedDate: { less_than: monthsBefore(now, materialAgeYears * 12) } },
      sort: 'publishedDate',
      pagination: false,
      depth: 0,
      select: { title: true, publishedDate: true },
    }),
  ])
  const oldestFirst = (a: StaleItem, b: StaleItem) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title, 'nl')
  return {
    topics: topics.docs.map((doc) => ({ id: doc.id, title: doc.title, date: doc.lastReviewed ?? null })).sort(oldestFirst),
    materials: materials.docs.map((doc) => ({ id: doc.id, title: doc.title, date: doc.publishedDate })).sort(oldestFirst),
  }
}
