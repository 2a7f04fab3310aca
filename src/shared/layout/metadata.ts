import type { Metadata } from 'next'

import { siteName } from '@/shared/site'

/** The picture a shared link shows (public/opengraph.png, made by scripts/make-og-image.ts). */
export const shareImage = {
  url: '/opengraph.png',
  width: 1200,
  height: 630,
  alt: "Toolbox Schooluitval: zes gekleurde thema's rond een midden, het beeld van de mindmap.",
}

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
  alternates: { canonical: path },
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
