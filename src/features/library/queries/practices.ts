import { carePhases, educationLevels, regions } from '@/shared/vocabulary'
import type { Media, Partner, Practice, Theme, Topic } from '@/payload-types'
import type { PracticeRecord } from '@/features/search/engine'
import { byTitle, type ListingSpec } from '@/features/search/queries'
import { populated } from '@/shared/relations'
import { publishedBySlug } from './bySlug'

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

export interface PracticePage {
  practice: Practice
  /** The attachments a visitor may open: a file that is not public (yet) is left out. */
  files: Media[]
  partners: Partner[]
  topics: (Topic & { theme: Theme })[]
  targetGroups: Topic[]
}

/** One published good practice with its attachments, partners, topics and target groups; undefined for an unknown slug or a draft. */
export const getPractice = async (slug: string): Promise<PracticePage | undefined> => {
  const practice = await publishedBySlug('practices', slug, 2)
  if (!practice) return undefined
  return {
    practice,
    files: populated<Media>(practice.files).filter((file) => Boolean(file.url)),
    partners: populated<Partner>(practice.partners),
    topics: populated<Topic>(practice.topics).filter((t): t is Topic & { theme: Theme } => typeof t.theme === 'object'),
    targetGroups: populated<Topic>(practice.targetGroups),
  }
}
