import { cache } from 'react'

import { partnerTypes, regions } from '@/shared/vocabulary'
import type { Partner, Practice } from '@/payload-types'
import type { PartnerRecord } from '@/features/search/engine'
import { payloadClient } from '@/data/payload'
import { byTitle, getSearchIndex, queryListing, type ListingRequest, type ListingSpec } from '@/features/search/queries'
import { isSlug } from '@/shared/paths'

/** The partner directory (/partners): by type and region. */
export const partnersListing: ListingSpec<PartnerRecord> = {
  type: 'partner',
  pageSize: 24,
  groups: [
    { key: 'soort', label: 'Soort partner', options: () => partnerTypes },
    { key: 'regio', label: 'Regio', options: () => regions },
  ],
  sorts: [{ value: 'naam', label: 'Naam (A–Z)', compare: byTitle }],
}

export const listPartners = async (request: ListingRequest) => queryListing(await getSearchIndex(), partnersListing, request)

export interface PartnerPage {
  partner: Partner
  /** Published good practices the partner takes part in. */
  practices: Practice[]
}

/** Cached per request (React cache): the page and its metadata share one query. */
export const getPartner = cache(async (slug: string): Promise<PartnerPage | undefined> => {
  if (!isSlug(slug)) return undefined
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'partners',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const partner = docs[0]
  if (!partner) return undefined
  const practices = await payload.find({
    collection: 'practices',
    where: { partners: { contains: partner.id } },
    sort: 'title',
    limit: 100,
    depth: 0,
    overrideAccess: false,
  })
  return { partner, practices: practices.docs }
})
