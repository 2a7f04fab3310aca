/**
 * A topic page's data in one place: the topic, its theme, where it sits in the tree, its counterparts and
 * target groups (each with its own theme, for the colours), its materials and its good practices.
 * Read as an anonymous visitor: drafts (and relations to drafts) never reach the page.
 */
import type { Where } from 'payload'
import { cache } from 'react'

import type { SourceType } from '@/shared/vocabulary'
import type { Media, Topic } from '@/payload-types'
import { instrumentPath, isSlug, topicPath } from '@/shared/paths'
import { idOf, populated } from '@/shared/relations'
import { payloadClient } from '@/data/payload'
import { pageReader } from '@/data/preview'
import {
  asVisitor,
  getThemes,
  topicFields,
  toTopicSummary,
  type RichTextValue,
  type ThemeSummary,
  type TopicSummary,
} from './themes'


export interface TopicLink {
  slug: string
  title: string
  summary: string
  theme: ThemeSummary
}

export interface MaterialFile {
  url: string
  filename: string
  mimeType: string | null
  filesize: number | null
}

export interface MaterialItem {
  id: number
  slug: string
  title: string
  description: string
  sourceType: SourceType
  publisher: string
  publishedDate: string | null
  file: MaterialFile | null
  externalUrl: string | null
}

export interface PracticeItem {
  id: number
  slug: string
  title: string
  summary: string
  organiser: string
  locality: string | null
  year: number | null
  website: string | null
}

/** An instrument (filled in online, /instrumenten/<slug>) that serves this topic. */
export interface InstrumentItem {
  slug: string
  title: string
  madeBy: string
  summary: string
  href: string
}

export interface TopicPageData {
  theme: ThemeSummary
  topic: TopicSummary & {
    why: RichTextValue | null
    insights: { id: string; text: string; source: string; url: string | null }[]
    links: { id: string; label: string; url: string }[]
    lastReviewed: string | null
  }
  /** From the theme down to the topic's parent (nested docs), for the breadcrumb. */
  ancestors: { slug: string; title: string }[]
  children: TopicSummary[]
  counterparts: TopicLink[]
  targetGroups: TopicLink[]
  materials: MaterialItem[]
  practices: PracticeItem[]
  instruments: InstrumentItem[]
}

/** Found; or the topic lives under another theme (`movedTo` is its canonical path); or unknown. */
export type TopicLookup = { page: TopicPageData } | { movedTo: string } | undefined

const toLink = (topic: Topic, themes: Map<number, ThemeSummary>): TopicLink | null => {
  const theme = themes.get(idOf(topic.theme) ?? -1)
  return theme && topic.slug ? { slug: topic.slug, title: topic.title, summary: topic.summary, theme } : null
}

const toFile = (file: unknown): MaterialFile | null => {
  if (!file || typeof file !== 'object') return null
  const media = file as Media
  if (!media.url || !media.filename) return null
  // A path, not an absolute address (the media collection's fileUrlByPath hook).
  return { url: media.url, filename: media.filename, mimeType: media.mimeType ?? null, filesize: media.filesize ?? null }
}

/** An instrument serves a topic it names, or that one of its sections links to. */
export const servingTopic = (topicId: number): Where => ({
  or: [{ topics: { contains: topicId } }, { 'sections.topics': { contains: topicId } }],
})

export const getTopicPage = cache(async (themeSlug: string, topicSlug: string): Promise<TopicLookup> => {
  if (!isSlug(themeSlug) || !isSlug(topicSlug)) return undefined
  const payload = await payloadClient()
  const [{ docs }, themes] = await Promise.all([
    payload.find({
      collection: 'topics',
      where: { slug: { equals: topicSlug } },
      limit: 1,
      depth: 1,
      // Related topics need little: the page shows their title, summary and theme colour.
      populate: { topics: { title: true, slug: true, summary: true, theme: true } },
      // In an editor's preview the topic itself is its latest draft; everything around it stays as published.
      ...(await pageReader()),
    }),
    getThemes(),
  ])
  const topic = docs[0]
  const themesById = new Map(themes.map((theme) => [theme.id, theme]))
  const theme = topic ? themesById.get(idOf(topic.theme) ?? -1) : undefined
  if (!topic || !theme) return undefined
  if (theme.slug !== themeSlug) return { movedTo: topicPath(theme.slug, topicSlug) }

  const [materials, practices, children, instruments] = await Promise.all([
    payload.find({
      collection: 'materials',
      where: { topics: { contains: topic.id } },
      sort: ['-publishedDate', 'title'],
      pagination: false,
      depth: 1,
      select: {
        title: true,
        slug: true,
        description: true,
        file: true,
        externalUrl: true,
        sourceType: true,
        publisher: true,
        publishedDate: true,
      },
      populate: { media: { url: true, filename: true, mimeType: true, filesize: true } },
      ...asVisitor,
    }),
    payload.find({
      collection: 'practices',
      where: { topics: { contains: topic.id } },
      sort: ['-year', 'title'],
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, summary: true, organiser: true, locality: true, year: true, website: true },
      ...asVisitor,
    }),
    payload.find({
      collection: 'topics',
      where: { parent: { equals: topic.id } },
      sort: ['order', 'title'],
      pagination: false,
      depth: 0,
      select: topicFields,
      ...asVisitor,
    }),
    payload.find({
      collection: 'instruments',
      where: servingTopic(topic.id),
      sort: 'title',
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, madeBy: true, summary: true },
      ...asVisitor,
    }),
  ])

  // Nested docs keeps breadcrumbs as label + URL made of the slugs (payload.config.ts); the last one is the topic.
  // The plugin writes them without looking at publication: keep only published ancestors, with their published title.
  const crumbSlugs = (topic.breadcrumbs ?? []).slice(0, -1).flatMap((crumb) => crumb.url?.split('/').filter(Boolean).pop() ?? [])
  const publishedAncestors =
    crumbSlugs.length === 0
      ? []
      : (
          await payload.find({
            collection: 'topics',
            where: { slug: { in: crumbSlugs } },
            pagination: false,
            depth: 0,
            select: { slug: true, title: true },
            ...asVisitor,
          })
        ).docs
  const ancestors = crumbSlugs.flatMap((slug) => {
    const found = publishedAncestors.find((doc) => doc.slug === slug)
    return found ? [{ slug, title: found.title }] : []
  })

  return {
    page: {
      theme,
      topic: {
        ...toTopicSummary(topic),
        why: topic.why ?? null,
        insights: (topic.insights ?? []).map((insight, i) => ({
          id: insight.id ?? String(i),
          text: insight.text,
          source: insight.source,
          url: insight.url ?? null,
        })),
        links: (topic.links ?? []).map((link, i) => ({ id: link.id ?? String(i), label: link.label, url: link.url })),
        lastReviewed: topic.lastReviewed ?? null,
      },
      ancestors,
      children: children.docs.map(toTopicSummary),
      counterparts: populated<Topic>(topic.counterparts).flatMap((t) => toLink(t, themesById) ?? []),
      targetGroups: populated<Topic>(topic.targetGroups).flatMap((t) => toLink(t, themesById) ?? []),
      materials: materials.docs.map((material) => ({
        id: material.id,
        slug: material.slug ?? String(material.id),
        title: material.title,
        description: material.description,
        sourceType: material.sourceType,
        publisher: material.publisher,
        publishedDate: material.publishedDate ?? null,
        file: toFile(material.file),
        externalUrl: material.externalUrl ?? null,
      })),
      practices: practices.docs.map((practice) => ({
        id: practice.id,
        slug: practice.slug ?? String(practice.id),
        title: practice.title,
        summary: practice.summary,
        organiser: practice.organiser,
        locality: practice.locality ?? null,
        year: practice.year ?? null,
        website: practice.website ?? null,
      })),
      instruments: instruments.docs.flatMap((instrument) =>
        instrument.slug
          ? [{ slug: instrument.slug, title: instrument.title, madeBy: instrument.madeBy, summary: instrument.summary, href: instrumentPath(instrument.slug) }]
          : [],
      ),
    },
  }
})
