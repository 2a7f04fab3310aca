import { partnerTypes } from '@/shared/vocabulary'
import type { Partner, Practice } from '@/payload-types'
import type { PartnerRecord } from '@/features/search/engine'
import { payloadClient } from '@/data/payload'
import { byTitle, type ListingSpec } from '@/features/search/queries'
import { publishedBySlug } from './bySlug'

/**
 * The partner directory (/partners): by type and region. The regions are the editors' hierarchy (src/data/collections/
 * Regions): a province, then the regions inside it, indented; a partner counts under its regions and their province.
 */
export const partnersListing: ListingSpec<PartnerRecord> = {
  type: 'partner',
  pageSize: 24,
  groups: [
    { key: 'soort', label: 'Soort partner', options: () => partnerTypes },
    {
      key: 'regio',
      label: 'Regio',
      options: (taxonomy) => (taxonomy.regions ?? []).map((r) => ({ value: r.slug, label: r.title, ...(r.parent ? { depth: 1 } : {}) })),
    },
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
  // Depth 1: the regions with their breadcrumbs (the province they lie in).
  const partner = await publishedBySlug('partners', slug, 1)
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
