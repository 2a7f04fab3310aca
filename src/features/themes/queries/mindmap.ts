import { cache } from 'react'

import { payloadClient } from '@/data/payload'
import { asVisitor, attachOrphans, getThemes, topicFields, toTopicSummary, type ThemeSummary, type TopicSummary } from './themes'

export interface ThemeWithTopics extends ThemeSummary {
  /** Published topics of the theme in map order; nesting through `parentId`. */
  topics: TopicSummary[]
}

/**
 * The published tree of the mindmap: every theme with its published topics, read as an anonymous visitor
 * (drafts never leak). Two queries whatever the size of the tree. Cached per request.
 */
export const getMindmap = cache(async (): Promise<ThemeWithTopics[]> => {
  const payload = await payloadClient()
  const [themes, topics] = await Promise.all([
    getThemes(),
    payload.find({
      collection: 'topics',
      sort: ['order', 'title'],
      pagination: false,
      depth: 0,
      select: topicFields,
      ...asVisitor,
    }),
  ])
  return themes.map((theme) => ({
    ...theme,
    topics: attachOrphans(
      topics.docs
        .filter((topic) => (typeof topic.theme === 'object' && topic.theme ? topic.theme.id : topic.theme) === theme.id)
        .map(toTopicSummary),
    ),
  }))
})
