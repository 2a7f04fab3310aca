/**
 * For unit tests: the seed content as the Payload documents the database would hold (ids, depth 0, published),
 * without a database. A material's file text is the text of its seed document, as extraction would give it.
 */
import type { Category, Material, Media, Partner, Practice, Theme, Topic } from '../payload-types'
import { paragraphsToRichText } from '../seed/lexical'
import { categories } from '../seed/data/categories'
import { materials } from '../seed/data/materials'
import { partners } from '../seed/data/partners'
import { practices } from '../seed/data/practices'
import { themes } from '../seed/data/themes'
import { topics } from '../seed/data/topics'
import type { SeedMaterial } from '../seed/data/types'
import { colourForTheme } from '../seed/themeColours'
import type { PayloadDocs } from './records'

const stamp = '2026-11-22T10:00:00.000Z'
const base = { updatedAt: stamp, createdAt: stamp, _status: 'published' as const }

export const documentText = (material: SeedMaterial): string => {
  const { document } = material
  return [
    document.title,
    document.subtitle,
    ...document.sections.flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.bullets ?? []), ...(s.table ?? []).map((r) => r.join(' '))]),
  ]
    .filter(Boolean)
    .join('\n\n')
}

export const seedDocs = (): PayloadDocs => {
  const ids = (prefix: number, slugs: readonly string[]) => new Map(slugs.map((slug, i) => [slug, prefix + i + 1]))
  const themeIds = ids(0, themes.map((t) => t.slug))
  const topicIds = ids(100, topics.map((t) => t.slug))
  const categoryIds = ids(300, categories.map((c) => c.slug))
  const partnerIds = ids(400, partners.map((p) => p.slug))
  const need = (map: Map<string, number>, slug: string) => {
    const id = map.get(slug)
    if (id === undefined) throw new Error(`unknown slug ${slug}`)
    return id
  }

  const themeDocs: Theme[] = themes.map((t) => ({
    ...base,
    id: need(themeIds, t.slug),
    title: t.title,
    slug: t.slug,
    summary: t.summary,
    colour: colourForTheme[t.slug],
    order: t.order,
  }))
  const topicDocs: Topic[] = topics.map((t) => ({
    ...base,
    id: need(topicIds, t.slug),
    title: t.title,
    slug: t.slug,
    theme: need(themeIds, t.theme),
    parent: t.parent ? need(topicIds, t.parent) : null,
    summary: t.summary,
    why: paragraphsToRichText(t.why),
    insights: t.insights,
    links: t.links,
    contentStatus: t.status,
    order: t.order,
    targetGroups: (t.targetGroups ?? []).map((s) => need(topicIds, s)),
  }))
  const categoryDocs: Category[] = categories.map((c) => ({
    updatedAt: stamp,
    createdAt: stamp,
    id: need(categoryIds, c.slug),
    title: c.title,
    slug: c.slug,
  }))
  const mediaDocs: Media[] = materials.map((m, i) => ({
    updatedAt: stamp,
    createdAt: stamp,
    id: 500 + i,
    filename: `${m.fileName}.${m.format}`,
    mimeType: m.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filesize: 10_000 + i,
    url: `/api/media/file/${m.fileName}.${m.format}`,
    extractedText: documentText(m),
  }))
  const materialDocs: Material[] = materials.map((m, i) => ({
    ...base,
    id: 600 + i,
    title: m.title,
    slug: m.slug,
    description: m.description,
    file: 500 + i,
    externalUrl: m.externalUrl ?? null,
    sourceType: m.sourceType,
    publisher: m.publisher,
    publishedDate: `${m.publishedDate}T00:00:00.000Z`,
    topics: m.topics.map((s) => need(topicIds, s)),
    categories: m.categories.map((s) => need(categoryIds, s)),
    targetGroups: m.targetGroups.map((s) => need(topicIds, s)),
    phases: m.phases,
    educationLevels: m.educationLevels,
    regions: m.regions,
  }))
  const partnerDocs: Partner[] = partners.map((p) => ({
    ...base,
    id: need(partnerIds, p.slug),
    name: p.name,
    slug: p.slug,
    type: p.type,
    regions: p.regions,
    locality: p.locality,
    description: p.description,
    services: p.services.map((label) => ({ label })),
    website: p.website,
  }))
  const practiceDocs: Practice[] = practices.map((p, i) => ({
    ...base,
    id: 700 + i,
    title: p.title,
    slug: p.slug,
    summary: p.summary,
    description: paragraphsToRichText(p.description),
    organiser: p.organiser,
    locality: p.locality,
    regions: p.regions,
    partners: p.partners.map((s) => need(partnerIds, s)),
    topics: p.topics.map((s) => need(topicIds, s)),
    targetGroups: p.targetGroups.map((s) => need(topicIds, s)),
    phases: p.phases,
    educationLevels: p.educationLevels,
    website: p.website,
    year: p.year,
  }))
  return {
    themes: themeDocs,
    topics: topicDocs,
    materials: materialDocs,
    media: mediaDocs,
    practices: practiceDocs,
    partners: partnerDocs,
    categories: categoryDocs,
  }
}
