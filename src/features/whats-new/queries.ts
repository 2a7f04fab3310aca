/**
 * What changed recently, read as an anonymous visitor (`overrideAccess: false`, published versions only): a draft,
 * or a draft change to a published document, never shows. Each collection gives its most recently changed
 * published documents; the newest of all of them make the list.
 */
import type { Payload } from 'payload'
import { cache } from 'react'

import { payloadClient } from '@/data/payload'
import { instrumentPath, materialPath, practicePath, topicPath } from '@/shared/paths'
import { newestFirst, type Change } from './changes'

/** How many entries /nieuw and the feed show. */
export const changesShown = 30

const asVisitor = { overrideAccess: false, draft: false, depth: 0, sort: '-updatedAt', limit: changesShown } as const

const slugOf = (value: unknown): string | null =>
  typeof value === 'object' && value && 'slug' in value && typeof value.slug === 'string' ? value.slug : null

/** The newest published topics, materials, practices and instruments, newest first. */
export const loadRecentChanges = async (payload: Payload): Promise<Change[]> => {
  const [topics, materials, practices, instruments] = await Promise.all([
    // depth 1 for the theme's slug; an unpublished theme comes back empty, and its topics have no public page.
    payload.find({ collection: 'topics', ...asVisitor, depth: 1, select: { title: true, slug: true, summary: true, theme: true, createdAt: true, updatedAt: true }, populate: { themes: { slug: true } } }),
    payload.find({ collection: 'materials', ...asVisitor, select: { title: true, slug: true, description: true, createdAt: true, updatedAt: true } }),
    payload.find({ collection: 'practices', ...asVisitor, select: { title: true, slug: true, summary: true, createdAt: true, updatedAt: true } }),
    payload.find({ collection: 'instruments', ...asVisitor, select: { title: true, slug: true, summary: true, createdAt: true, updatedAt: true } }),
  ])
  const dates = (doc: { createdAt: string; updatedAt: string }) => ({ createdAt: doc.createdAt, updatedAt: doc.updatedAt })
  const changes: Change[] = [
    ...topics.docs.flatMap((doc) => {
      const theme = slugOf(doc.theme)
      return theme && doc.slug
        ? [{ kind: 'topic' as const, title: doc.title, summary: doc.summary, path: topicPath(theme, doc.slug), ...dates(doc) }]
        : []
    }),
    ...materials.docs.flatMap((doc) =>
      doc.slug ? [{ kind: 'material' as const, title: doc.title, summary: doc.description, path: materialPath(doc.slug), ...dates(doc) }] : [],
    ),
    ...practices.docs.flatMap((doc) =>
      doc.slug ? [{ kind: 'practice' as const, title: doc.title, summary: doc.summary, path: practicePath(doc.slug), ...dates(doc) }] : [],
    ),
    ...instruments.docs.flatMap((doc) =>
      doc.slug ? [{ kind: 'instrument' as const, title: doc.title, summary: doc.summary, path: instrumentPath(doc.slug), ...dates(doc) }] : [],
    ),
  ]
  return newestFirst(changes, changesShown)
}

/** The list for the page and the feed, once per request. */
export const recentChanges = cache(async () => loadRecentChanges(await payloadClient()))
