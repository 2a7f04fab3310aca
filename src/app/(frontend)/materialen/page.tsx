import type { Metadata } from 'next'

import { pageMetadata } from '@/shared/layout/metadata'
import { Listing } from '@/features/library/ui/Listing'
import { readListingParams, type RawParams } from '@/features/library/ui/params'
import { ResultItem, themesOf } from '@/features/search/ui/ResultItem'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { listMaterials, materialsListing } from '@/features/library/queries/materials'
import { MaterialActions, materialFacts } from '@/features/search/ui/MaterialParts'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Materialen',
  description: 'Praktische tools, leidraden en documenten tegen schooluitval: per thema geordend, te bekijken en te downloaden.',
  path: '/materialen',
})

type Props = { searchParams: Promise<RawParams> }

export default async function MaterialsPage({ searchParams }: Props) {
  const request = readListingParams(await searchParams, materialsListing.groups.map((g) => g.key))
  const model = await listMaterials(request).catch(() => null)
  return (
    <>
      <h1>Materialen</h1>
      <p className="lead">
        Praktische tools, leidraden en documenten, per thema geordend. Bekijk ze in de browser of download ze; zoek op een
        woord (ook in de tekst van de bestanden) en verfijn met de filters.
      </p>
      {model ? (
        <Listing
          id="materialen"
          path="/materialen"
          model={model}
          searchLabel="Zoeken in de materialen"
          noun={{ one: 'materiaal', many: 'materialen' }}
          renderItem={({ record, view }, level, under) => {
            const themes = themesOf(record.themes, model.themes)
            return (
              <ResultItem
                key={record.key}
                level={level}
                href={record.url}
                title={view.title}
                accent={under ?? themes[0]}
                meta={materialFacts(record)}
                excerpt={view.excerpt}
                fallback={record.lead}
                note={view.excerptFromBody ? 'Gevonden in de tekst van het bestand.' : null}
                themes={themes}
              >
                <MaterialActions material={record} />
              </ResultItem>
            )
          }}
        />
      ) : (
        <Unavailable what="De materialen" />
      )}
    </>
  )
}
