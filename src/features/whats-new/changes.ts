/**
 * The entries of "what's new" (/nieuw and /feed.xml), as plain data: pure, so the page, the feed and the unit
 * tests share one rule for ordering and for telling a new document from an updated one.
 */

export type ChangeKind = 'topic' | 'material' | 'practice' | 'instrument'

/** What a visitor reads as the type of an entry. */
export const changeKindLabels: Record<ChangeKind, string> = {
  topic: 'Onderwerp',
  material: 'Materiaal',
  practice: 'Goede praktijk',
  instrument: 'Instrument',
}

export interface Change {
  kind: ChangeKind
  title: string
  summary: string
  /** The page on this site (a path; the feed makes it absolute). */
  path: string
  createdAt: string
  updatedAt: string
}

/**
 * A document saved within a day of its creation counts as new ("Nieuw"), later saves as an update ("Bijgewerkt"):
 * the editors' own first corrections do not turn a new page into an update.
 */
const sameDay = 24 * 60 * 60 * 1000
export const isNew = (change: Pick<Change, 'createdAt' | 'updatedAt'>): boolean =>
  Date.parse(change.updatedAt) - Date.parse(change.createdAt) < sameDay

/** Newest first (by last published change); ties by title so the order is stable. At most `limit` entries. */
export const newestFirst = (changes: Change[], limit: number): Change[] =>
  [...changes]
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title, 'nl'))
    .slice(0, limit)
