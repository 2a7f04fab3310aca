import type { Metadata } from 'next'

import { feedPath } from '@/shared/paths'
import { siteName } from '@/shared/site'

/** The picture a shared link shows (public/opengraph.png, made by scripts/make-og-image.ts). */
export const shareImage = {
  url: '/opengraph.png',
  width: 1200,
  height: 630,
  alt: "Toolbox Schooluitval: zes gekleurde thema's rond een midden, het beeld van de mindmap.",
}

/**
 * The Atom feed of what's new, announced in every page's head (`<link rel="alternate" type="application/atom+xml">`)
 * so a feed reader finds it from any page. Next.js replaces a parent's `alternates` whole, so every page that sets
 * its own (pageMetadata, the search page) includes this too.
 */
export const feedAlternate = { 'application/atom+xml': [{ url: feedPath, title: `${siteName}: wat is er nieuw` }] }

/**
 * Title, description, canonical URL and Open Graph for one page. Next.js replaces (does not merge) a parent's
 * openGraph, so every page states it whole; paths are made absolute with the layout's metadataBase (siteUrl).
 */
export const pageMetadata = ({
  title,
  description,
  path,
  type = 'website',
  modifiedTime,
}: {
  title?: string
  description: string
  path: string
  type?: 'website' | 'article'
  modifiedTime?: string
}): Metadata => ({
  ...(title ? { title } : {}),
  description,
  alternates: { canonical: path, types: feedAlternate },
  openGraph: {
    title: title ?? siteName,
    description,
    url: path,
    siteName,
    locale: 'nl_BE',
    type,
    images: [shareImage],
    ...(type === 'article' && modifiedTime ? { modifiedTime } : {}),
  },
})
