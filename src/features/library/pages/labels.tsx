import { Fragment } from 'react'

import type { Region } from '@/payload-types'
import { linkName } from '@/shared/format'
import { labelOf } from '@/shared/vocabulary'

/** The labels of a multiple choice from a vocabulary, as one fact ('Limburg, Antwerpen'); null when none was chosen. */
export const labelsOf = (values: readonly string[] | null | undefined, options: readonly { value: string; label: string }[]) =>
  values?.length ? values.map((v) => labelOf(options, v)).join(', ') : null

/** A website as a fact: a link that reads as the address without its scheme. */
export const websiteLink = (url: string | null | undefined) => (url ? <a href={url}>{url.replace(/^https?:\/\//, '')}</a> : null)

/** "Halle (Vlaams-Brabant)": a region with the province it lies in (its breadcrumbs, kept by the nested-docs plugin). */
const regionName = (region: Region) => {
  const province = region.breadcrumbs && region.breadcrumbs.length > 1 ? region.breadcrumbs[0]!.label : null
  return province ? `${region.title} (${province})` : region.title
}

/** Where a partner works, each region a link to the partners there (a province's link finds its regions' too). */
export const regionLinks = (regions: (number | Region)[] | null | undefined) => {
  const docs = (regions ?? []).filter((r): r is Region => typeof r === 'object' && r !== null)
  if (docs.length === 0) return null
  return docs.map((region, i) => (
    <Fragment key={region.id}>
      {i > 0 ? ', ' : ''}
      {/* One string as its name (a hidden span would be read "Halle : alle partners…"): see linkName. */}
      <a href={`/partners?regio=${encodeURIComponent(region.slug ?? '')}`} aria-label={linkName(regionName(region), 'alle partners in deze regio')}>
        {regionName(region)}
      </a>
    </Fragment>
  ))
}
