import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { pageMetadata } from '@/shared/layout/metadata'
import type { SearchRecord, ThemeInfo } from '@/features/search/engine'
import { getSearchIndex, queryListing, type ListingItem, type ListingSpec } from '@/features/search/queries'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { Listing, type ListingProps } from './Listing'
import { readListingParams, type RawParams } from './params'

export interface ListPageSpec<R extends SearchRecord> extends Pick<ListingProps<R>, 'id' | 'path' | 'searchLabel' | 'noun'> {
  title: string
  /** For search engines and shared links. */
  description: string
  /** The introduction under the heading. */
  lead: ReactNode
  /** Filters, orders and page size. */
  listing: ListingSpec<R>
  /** What cannot be shown when the index cannot be read: 'De materialen'. */
  unavailable: string
  /** One result, as an <li>; `themes` are all themes, to colour the record's own. See ListingProps.renderItem. */
  renderItem: (item: ListingItem<R>, headingLevel: 3 | 4, under: ThemeInfo | null | undefined, themes: ThemeInfo[]) => ReactNode
}

/**
 * The one shape of the library's list pages (materials, good practices, partners): the URL's parameters, the query
 * on the search index, the page's metadata, then heading, introduction and Listing — or a notice instead of a 500
 * when the index cannot be read. A route file exports `metadata` and `Page` (as its default) and nothing else.
 */
export function listPage<R extends SearchRecord>(spec: ListPageSpec<R>) {
  const metadata: Metadata = pageMetadata({ title: spec.title, description: spec.description, path: spec.path })
  const filterKeys = spec.listing.groups.map((g) => g.key)

  async function Page({ searchParams }: { searchParams: Promise<RawParams> }) {
    const request = readListingParams(await searchParams, filterKeys)
    const model = await getSearchIndex()
      .then((index) => queryListing(index, spec.listing, request))
      .catch(() => null)
    return (
      <>
        <h1>{spec.title}</h1>
        <p className="lead">{spec.lead}</p>
        {model ? (
          <Listing
            id={spec.id}
            path={spec.path}
            model={model}
            searchLabel={spec.searchLabel}
            noun={spec.noun}
            renderItem={(item, level, under) => spec.renderItem(item, level, under, model.themes)}
          />
        ) : (
          <Unavailable what={spec.unavailable} />
        )}
      </>
    )
  }

  return { metadata, Page }
}
