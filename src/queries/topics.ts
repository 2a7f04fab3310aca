import type { Material, Media, Practice, Theme, Topic } from '../payload-types'
import { payloadClient } from './payload'

/** Every query here reads as an anonymous visitor (`overrideAccess: false`): drafts never reach a page. */
const asVisitor = { overrideAccess: false } as const

export const getThemes = async (): Promise<Theme[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'themes', sort: 'order', limit: 100, depth: 0, ...asVisitor })
  return docs
}

const bySlug = async <C extends 'themes' | 'topics'>(collection: C, slug: string) => {
  // Slugs are short ASCII; anything else cannot match and is not sent to the database.
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return undefined
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 1, ...asVisitor })
  return docs[0]
}

export const getTheme = (slug: string) => bySlug('themes', slug) as Promise<Theme | undefined>

export const getTopicsOfTheme = async (themeId: Theme['id']): Promise<Topic[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    where: { theme: { equals: themeId } },
    sort: 'order',
    limit: 500,
    depth: 0,
    ...asVisitor,
  })
  return docs
}

export interface TopicPage {
  topic: Topic
  theme: Theme
  themes: Theme[]
  materials: (Material & { file?: Media | null })[]
  practices: Practice[]
  children: Topic[]
}

/** A topic with what its page shows: materials, practices, sub-topics, and every theme (for counterpart colours). */
export const getTopicPage = async (themeSlug: string, topicSlug: string): Promise<TopicPage | undefined> => {
  const topic = (await bySlug('topics', topicSlug)) as Topic | undefined
  const theme = topic && typeof topic.theme === 'object' ? topic.theme : undefined
  if (!topic || !theme || theme.slug !== themeSlug) return undefined
  const payload = await payloadClient()
  const [themes, materials, practices, children] = await Promise.all([
    getThemes(),
    payload.find({ collection: 'materials', where: { topics: { contains: topic.id } }, sort: '-publishedDate', limit: 200, depth: 1, ...asVisitor }),
    payload.find({ collection: 'practices', where: { topics: { contains: topic.id } }, sort: 'title', limit: 200, depth: 0, ...asVisitor }),
    payload.find({ collection: 'topics', where: { parent: { equals: topic.id } }, sort: 'order', limit: 200, depth: 0, ...asVisitor }),
  ])
  return {
    topic,
    theme,
    themes,
    materials: materials.docs as TopicPage['materials'],
    practices: practices.docs,
    children: children.docs,
  }
}
