import type { Theme, Topic } from '../payload-types'
import { payloadClient } from './payload'

export interface ThemeWithTopics {
  theme: Theme
  topics: Topic[]
}

/**
 * The published tree of the mindmap: every theme with its published topics, read as an anonymous
 * visitor would (access rules apply, so drafts never leak into public pages).
 */
export const getMindmap = async (): Promise<ThemeWithTopics[]> => {
  const payload = await payloadClient()
  const [themes, topics] = await Promise.all([
    payload.find({ collection: 'themes', sort: 'order', limit: 100, depth: 0, overrideAccess: false }),
    payload.find({ collection: 'topics', sort: 'order', limit: 1000, depth: 0, overrideAccess: false }),
  ])
  return themes.docs.map((theme) => ({
    theme,
    topics: topics.docs.filter((topic) => topic.theme === theme.id),
  }))
}
