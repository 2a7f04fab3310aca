import type { Metadata } from 'next'

import { pageMetadata } from '@/shared/layout/metadata'
import { Listing } from '@/features/library/ui/Listing'
import { readListingParams, type RawParams } from '@/features/library/ui/params'
import { ResultItem, themesOf } from '@/features/search/ui/ResultItem'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { labelOf, regions } from '@/shared/vocabulary'
import { listPractices, practicesListing } from '@/features/library/queries/practices'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Goede praktijken',
  description: 'Wat scholen, CLB’s en netwerken in Vlaanderen en Brussel doen tegen schooluitval, en wat werkt.',
  path: '/goede-praktijken',
})

type Props = { searchParams: Promise<RawParams> }

export default async function PracticesPage({ searchParams }: Props) {
  const request = readListingParams(await searchParams, practicesListing.groups.map((g) => g.key))
  const model = await listPractices(request).catch(() => null)
  return (
    <>
      <h1>Goede praktijken</h1>
      <p className="lead">
        Wat scholen, CLB&apos;s, steden en netwerken doen tegen schooluitval. Laat u inspireren, en neem contact op met wie het
        al doet.
      </p>
      {model ? (
        <Listing
          id="praktijken"
          path="/goede-praktijken"
          model={model}
          searchLabel="Zoeken in de goede praktijken"
          noun={{ one: 'goede praktijk', many: 'goede praktijken' }}
          renderItem={({ record, view }, level) => {
            const themes = themesOf(record.themes, model.themes)
            return (
              <ResultItem
                key={record.key}
                level={level}
                href={record.url}
                title={view.title}
                accent={themes[0]}
                meta={[
                  record.organiser,
                  record.locality,
                  (record.facets.regio ?? []).map((r) => labelOf(regions, r)).join(', '),
                  record.year ? `sinds ${record.year}` : null,
                ]}
                excerpt={view.excerpt}
                fallback={record.lead}
                note={view.excerptFromBody ? 'Gevonden in de beschrijving.' : null}
                themes={themes}
              />
            )
          }}
        />
      ) : (
        <Unavailable what="De goede praktijken" />
      )}
    </>
  )
}
