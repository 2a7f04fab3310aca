import type { Metadata } from 'next'

import { pageMetadata } from '@/shared/layout/metadata'
import { Listing } from '@/features/library/ui/Listing'
import { readListingParams, type RawParams } from '@/features/library/ui/params'
import { ItemActions, ResultItem, VisuallyHidden } from '@/features/search/ui/ResultItem'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { labelOf, partnerTypes, regions } from '@/shared/vocabulary'
import { listPartners, partnersListing } from '@/features/library/queries/partners'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Partners',
  description: 'Organisaties waarmee scholen en CLB’s samenwerken tegen schooluitval: per soort en per regio.',
  path: '/partners',
})

type Props = { searchParams: Promise<RawParams> }

export default async function PartnersPage({ searchParams }: Props) {
  const request = readListingParams(await searchParams, partnersListing.groups.map((g) => g.key))
  const model = await listPartners(request).catch(() => null)
  return (
    <>
      <h1>Partners</h1>
      <p className="lead">
        Met wie kan een school of CLB samenwerken tegen schooluitval? Zoek een partner op soort, regio of wat hij aanbiedt.
      </p>
      {model ? (
        <Listing
          id="partners"
          path="/partners"
          model={model}
          searchLabel="Zoeken in de partners"
          noun={{ one: 'partner', many: 'partners' }}
          renderItem={({ record, view }, level) => (
            <ResultItem
              key={record.key}
              level={level}
              href={record.url}
              title={view.title}
              meta={[
                labelOf(partnerTypes, record.partnerType),
                record.locality,
                (record.facets.regio ?? []).map((r) => labelOf(regions, r)).join(', '),
              ]}
              excerpt={view.excerpt}
              fallback={record.lead}
              note={view.excerptFromBody ? 'Gevonden in het aanbod.' : null}
            >
              {record.website ? (
                <ItemActions>
                  <a href={record.website}>
                    Website<VisuallyHidden> van {record.title}</VisuallyHidden>
                  </a>
                </ItemActions>
              ) : null}
            </ResultItem>
          )}
        />
      ) : (
        <Unavailable what="De partners" />
      )}
    </>
  )
}
