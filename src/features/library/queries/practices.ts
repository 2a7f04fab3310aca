import { cache } from 'react'

import { carePhases, educationLevels, regions } from '@/shared/vocabulary'
import type { Partner, Practice, Theme, Topic } from '@/payload-types'
import type { PracticeRecord } from '@/features/search/engine'
import { payloadClient } from '@/data/payload'
import { byTitle, getSearchIndex, queryListing, type ListingRequest, type ListingSpec } from '@/features/search/queries'
import { isSlug } from '@/shared/paths'

/** Good practices (/goede-praktijken): the same list as the materials library, with their own filters. */
export const practicesListing: ListingSpec<PracticeRecord> = {
  type: 'practice',
  pageSize: 20,
  groups: [
    { key: 'thema', label: 'Thema', options: (t) => t.themes.map((theme) => ({ value: theme.slug, label: theme.title })) },
    { key: 'doelgroep', label: 'Doelgroep', options: (t) => t.targetGroups.map((g) => ({ value: g.slug, label: g.title })) },
    { key: 'fase', label: 'Fase in het zorgcontinuüm', options: () => carePhases },
    { key: 'niveau', label: 'Onderwijsniveau', options: () => educationLevels },
    { key: 'regio', label: 'Regio', options: () => regions },
  ],
  sorts: [
    { value: 'titel', label: 'Titel (A–Z)', compare: byTitle },
    { value: 'jaar', label: 'Nieuwste eerst', compare: (a, b) => (b.year ?? 0) - (a.year ?? 0) },
  ],
}

export const listPractices = async (request: ListingRequest) => queryListing(await getSearchIndex(), practicesListing, request)

export interface PracticePage {
  practice: Practice
  partners: Partner[]
  topics: (Topic & { theme: Theme })[]
  targetGroups: Topic[]
}

const objects = <T>(list: unknown): T[] => (Array.isArray(list) ? list.filter((x): x is T => typeof x === 'object' && x !== null) : [])

/** Cached per request (React cache): the page and its metadata share one query. */
export const getPractice = cache(async (slug: string): Promise<PracticePage | undefined> => {
  if (!isSlug(slug)) return undefined
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'practices',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  const practice = docs[0]
  if (!practice) return undefined
  return {
    practice,
    partners: objects<Partner>(practice.partners),
    topics: objects<Topic>(practice.topics).filter((t): t is Topic & { theme: Theme } => typeof t.theme === 'object'),
    targetGroups: objects<Topic>(practice.targetGroups),
  }
})
