/**
 * Themes for the public pages. Every query reads as an anonymous visitor (`overrideAccess: false`), so drafts
 * never reach a page, and returns small view objects rather than Payload documents: pages and components
 * depend on these shapes, not on the collection config.
 */
import { cache } from 'react'

import type { ThemeColourName } from '@/shared/design/tokens'
import { isSlug } from '@/shared/paths'
import type { Theme } from '@/payload-types'
import { payloadClient } from '@/data/payload'
import { pageReader } from '@/data/preview'

export const asVisitor = { overrideAccess: false } as const

export interface ThemeSummary {
  id: number
  slug: string
  title: string
  summary: string
  colour: ThemeColourName
  updatedAt: string
}

export interface TopicSummary {
  id: number
  slug: string
  title: string
  summary: string
  parentId: number | null
  gradient: boolean
  inProgress: boolean
  updatedAt: string
}

export type RichTextValue = NonNullable<Theme['intro']>

export interface ThemePageData {
  theme: ThemeSummary & { intro: RichTextValue | null }
  /** Every published topic of the theme, in map order; nesting through `parentId`. */
  topics: TopicSummary[]
}

/** Slugs are short lowercase ASCII with single hyphens (src/data/fields/slug.ts); anything else cannot match. */

export const toThemeSummary = (
  theme: Pick<Theme, 'id' | 'slug' | 'title' | 'summary' | 'colour' | 'updatedAt'>,
): ThemeSummary => ({
  id: theme.id,
  slug: theme.slug ?? String(theme.id),
  title: theme.title,
  summary: theme.summary,
  colour: theme.colour,
  updatedAt: theme.updatedAt,
})

const themeFields = { title: true, slug: true, summary: true, colour: true, order: true, updatedAt: true } as const
export const topicFields = {
  title: true,
  slug: true,
  summary: true,
  theme: true,
  parent: true,
  gradient: true,
  contentStatus: true,
  order: true,
  updatedAt: true,
} as const

/** The six (or however many editors publish) themes, in map order. Cached per request. */
export const getThemes = cache(async (): Promise<ThemeSummary[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'themes',
    sort: ['order', 'title'],
    pagination: false,
    depth: 0,
    select: themeFields,
    ...asVisitor,
  })
  return docs.map(toThemeSummary)
})

export const toTopicSummary = (topic: {
  id: number
  slug?: string | null
  title: string
  summary: string
  parent?: unknown
  gradient?: boolean | null
  contentStatus: string
  updatedAt: string
}): TopicSummary => ({
  id: topic.id,
  slug: topic.slug ?? String(topic.id),
  title: topic.title,
  summary: topic.summary,
  parentId:
    typeof topic.parent === 'number' ? topic.parent : topic.parent && typeof topic.parent === 'object' ? (topic.parent as { id: number }).id : null,
  gradient: Boolean(topic.gradient),
  inProgress: topic.contentStatus === 'in-ontwikkeling',
  updatedAt: topic.updatedAt,
})

/**
 * Topics whose parent is not published (or not in the list) hang directly under the theme, so an editor who
 * unpublishes a sub-theme never makes its children disappear from the map.
 */
export const attachOrphans = <T extends { id: number; parentId: number | null }>(topics: T[]): T[] => {
  const ids = new Set(topics.map((topic) => topic.id))
  return topics.map((topic) => (topic.parentId !== null && !ids.has(topic.parentId) ? { ...topic, parentId: null } : topic))
}

/** A theme page: the theme with its introduction and its published topics. Undefined for unknown slugs. */
export const getThemePage = cache(async (slug: string): Promise<ThemePageData | undefined> => {
  if (!isSlug(slug)) return undefined
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'themes',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    // The theme itself as its latest draft in an editor's preview, its topics as published.
    ...(await pageReader()),
  })
  const theme = docs[0]
  if (!theme) return undefined
  const topics = await payload.find({
    collection: 'topics',
    where: { theme: { equals: theme.id } },
    sort: ['order', 'title'],
    pagination: false,
    depth: 0,
    select: topicFields,
    ...asVisitor,
  })
  return {
    theme: { ...toThemeSummary(theme), intro: theme.intro ?? null },
    topics: attachOrphans(topics.docs.map(toTopicSummary)),
  }
})
