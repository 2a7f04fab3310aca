/**
 * The instruments for the public pages, read as an anonymous visitor (`overrideAccess: false`): drafts never reach
 * a page. The mapping to InstrumentDefinition lives in definition.ts.
 */
import { cache } from 'react'

import { payloadClient } from '@/data/payload'
import { pageReader } from '@/data/preview'
import { instrumentPath } from '@/shared/paths'
import { findInstrument } from './definition'

const asVisitor = { overrideAccess: false } as const

/** What the list at /instrumenten shows of one instrument. */
export interface InstrumentSummary {
  slug: string
  title: string
  madeBy: string
  summary: string
  href: string
}

/** The page's instrument, cached per request (the page and its metadata share one query); a draft in a preview. */
export const getInstrument = cache(async (slug: string) => findInstrument(await payloadClient(), slug, await pageReader()))

/** Every published instrument, by title. */
export const listInstruments = cache(async (): Promise<InstrumentSummary[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'instruments',
    sort: 'title',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, madeBy: true, summary: true, updatedAt: true },
    ...asVisitor,
  })
  return docs.flatMap((doc) =>
    doc.slug ? [{ slug: doc.slug, title: doc.title, madeBy: doc.madeBy, summary: doc.summary, href: instrumentPath(doc.slug) }] : [],
  )
})
