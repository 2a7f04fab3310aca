import { partnerTypes, regions } from '@/shared/vocabulary'
import type { Partner, Practice } from '@/payload-types'
import type { PartnerRecord } from '@/features/search/engine'
import { payloadClient } from '@/data/payload'
import { byTitle, type ListingSpec } from '@/features/search/queries'
import { publishedBySlug } from './bySlug'

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

export interface PartnerPage {
  partner: Partner
  /** Published good practices the partner takes part in. */
  practices: Practice[]
}

/** One published partner with the published good practices it takes part in; undefined for an unknown slug or a draft. */
export const getPartner = async (slug: string): Promise<PartnerPage | undefined> => {
  const partner = await publishedBySlug('partners', slug, 0)
  if (!partner) return undefined
  const payload = await payloadClient()
  const practices = await payload.find({
    collection: 'practices',
    where: { partners: { contains: partner.id } },
    sort: 'title',
    limit: 100,
    depth: 0,
    overrideAccess: false,
  })
  return { partner, practices: practices.docs }
}
