/**
 * Fills a database with the toolbox's seed content through Payload's local API — the same path the
 * admin panel takes, so hooks and validation apply. Idempotent: every document is looked up by its
 * slug (files by name) and only what is missing is created; existing documents are never changed,
 * so editors' work survives a re-run.
 */
import type { Payload } from 'payload'

import { colourForTheme } from './themeColours'
import { categories } from './data/categories'
import { instruments } from './data/instruments'
import { materials } from './data/materials'
import { partners } from './data/partners'
import { regions } from './data/regions'
import { idsBySlug, instrumentData } from './instrumentData'
import { practices } from './data/practices'
import { themes } from './data/themes'
import { topics } from './data/topics'
import type { SeedInstrument } from './data/types'
import { renderMaterialFile } from './documents'
import { paragraphsToRichText } from './lexical'

type Id = number | string
type SlugCollection = 'themes' | 'topics' | 'materials' | 'practices' | 'partners' | 'instruments' | 'categories' | 'regions'

export interface SeedReport {
  created: Record<SlugCollection | 'media', number>
}

const findIdBySlug = async (payload: Payload, collection: SlugCollection, slug: string): Promise<Id | undefined> => {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
  })
  return docs[0]?.id
}

/** Creates the document unless one with this slug exists; returns its id and whether it was new. */
const ensure = async (
  payload: Payload,
  collection: SlugCollection,
  slug: string,
  data: () => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<{ id: Id; created: boolean }> => {
  const existing = await findIdBySlug(payload, collection, slug)
  if (existing !== undefined) return { id: existing, created: false }
  const doc = await payload.create({
    collection,
    data: { ...(await data()), slug, _status: 'published' } as never,
    depth: 0,
    context: { skipCounterparts: true },
  })
  return { id: doc.id, created: true }
}

export const seed = async (payload: Payload): Promise<SeedReport> => {
  const created: SeedReport['created'] = { themes: 0, topics: 0, materials: 0, practices: 0, partners: 0, instruments: 0, categories: 0, regions: 0, media: 0 }
  const count = <T extends { created: boolean }>(collection: keyof SeedReport['created'], result: T): T => {
    if (result.created) created[collection]++
    return result
  }

  const categoryIds = new Map<string, Id>()
  for (const category of categories) {
    const { id } = count('categories', await ensure(payload, 'categories', category.slug, () => ({ title: category.title })))
    categoryIds.set(category.slug, id)
  }

  const themeIds = new Map<string, Id>()
  for (const theme of themes) {
    const { id } = count(
      'themes',
      await ensure(payload, 'themes', theme.slug, () => ({
        title: theme.title,
        summary: theme.summary,
        intro: paragraphsToRichText(theme.intro),
        colour: colourForTheme[theme.slug],
        order: theme.order,
      })),
    )
    themeIds.set(theme.slug, id)
  }

  // Topics in two passes: first every document, then the links between them (parents, counterparts,
  // target groups), which need the other topics' ids. Only topics created in this run get links.
  const topicIds = new Map<string, Id>()
  const newTopics = new Set<string>()
  for (const topic of topics) {
    const result = count(
      'topics',
      await ensure(payload, 'topics', topic.slug, () => ({
        title: topic.title,
        theme: themeIds.get(topic.theme),
        summary: topic.summary,
        why: paragraphsToRichText(topic.why),
        insights: topic.insights,
        links: topic.links,
        contentStatus: topic.status,
        gradient: topic.gradient ?? false,
        lastReviewed: topic.lastReviewed,
        order: topic.order,
      })),
    )
    topicIds.set(topic.slug, result.id)
    if (result.created) newTopics.add(topic.slug)
  }
  // Counterparts are symmetric: a pair declared on either side links both.
  const counterparts = new Map<string, Set<string>>()
  for (const topic of topics) {
    for (const other of topic.counterparts ?? []) {
      if (!counterparts.has(topic.slug)) counterparts.set(topic.slug, new Set())
      if (!counterparts.has(other)) counterparts.set(other, new Set())
      counterparts.get(topic.slug)!.add(other)
      counterparts.get(other)!.add(topic.slug)
    }
  }
  for (const topic of topics) {
    if (!newTopics.has(topic.slug)) continue
    await payload.update({
      collection: 'topics',
      id: topicIds.get(topic.slug)!,
      data: {
        parent: topic.parent ? idsBySlug(topicIds, [topic.parent], 'parent topic')[0] : undefined,
        counterparts: idsBySlug(topicIds, [...(counterparts.get(topic.slug) ?? [])], 'counterpart topic'),
        targetGroups: idsBySlug(topicIds, topic.targetGroups, 'target group'),
        _status: 'published',
      } as never,
      depth: 0,
      context: { skipCounterparts: true },
    })
  }

  // Provinces before the regions inside them (the list is in that order).
  const regionIds = new Map<string, Id>()
  for (const region of regions) {
    const { id } = count(
      'regions',
      await ensure(payload, 'regions', region.slug, () => ({
        title: region.title,
        ...(region.parent ? { parent: idsBySlug(regionIds, [region.parent], 'region')[0] } : {}),
      })),
    )
    regionIds.set(region.slug, id)
  }

  const partnerIds = new Map<string, Id>()
  for (const partner of partners) {
    const { id } = count(
      'partners',
      await ensure(payload, 'partners', partner.slug, () => ({
        name: partner.name,
        type: partner.type,
        regions: idsBySlug(regionIds, partner.regions, 'region'),
        locality: partner.locality,
        description: partner.description,
        services: partner.services.map((label) => ({ label })),
        website: partner.website,
      })),
    )
    partnerIds.set(partner.slug, id)
  }

  const materialIds = new Map<string, Id>()
  for (const material of materials) {
    const { id } = count(
      'materials',
      await ensure(payload, 'materials', material.slug, async () => {
        const file = await renderMaterialFile(material)
        const existingFile = await payload.find({
          collection: 'media',
          where: { filename: { equals: file.name } },
          limit: 1,
          depth: 0,
        })
        const media =
          existingFile.docs[0] ??
          (await payload.create({
            collection: 'media',
            data: { alt: material.title },
            file: { ...file, size: file.data.length },
            depth: 0,
          }))
        if (!existingFile.docs[0]) created.media++
        return {
          title: material.title,
          description: material.description,
          file: media.id,
          externalUrl: material.externalUrl,
          sourceType: material.sourceType,
          publisher: material.publisher,
          publishedDate: material.publishedDate,
          topics: idsBySlug(topicIds, material.topics, 'topic'),
          categories: idsBySlug(categoryIds, material.categories, 'category'),
          targetGroups: idsBySlug(topicIds, material.targetGroups, 'target group'),
          phases: material.phases,
          educationLevels: material.educationLevels,
          regions: material.regions,
        }
      }),
    )
    materialIds.set(material.slug, id)
  }

  for (const practice of practices) {
    count(
      'practices',
      await ensure(payload, 'practices', practice.slug, () => ({
        title: practice.title,
        summary: practice.summary,
        description: paragraphsToRichText(practice.description),
        organiser: practice.organiser,
        locality: practice.locality,
        regions: practice.regions,
        partners: idsBySlug(partnerIds, practice.partners, 'partner'),
        topics: idsBySlug(topicIds, practice.topics, 'topic'),
        targetGroups: idsBySlug(topicIds, practice.targetGroups, 'target group'),
        phases: practice.phases,
        educationLevels: practice.educationLevels,
        website: practice.website,
        year: practice.year,
      })),
    )
  }

  for (const instrument of instruments) {
    count('instruments', await ensure(payload, 'instruments', instrument.slug, () => instrumentData(instrument, topicIds, materialIds)))
  }

  return { created }
}

/** True when the database holds no content yet (a fresh install). */
export const isEmpty = async (payload: Payload): Promise<boolean> =>
  (await payload.count({ collection: 'themes', overrideAccess: true })).totalDocs === 0
