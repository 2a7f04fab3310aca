import type { MetadataRoute } from 'next'

import { siteUrl } from '@/shared/site'

// Static, served from Next.js's cache; rendered on the first request (the cache handler keeps nothing from the
// build), so SITE_URL as set at start-up is used.

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }], sitemap: `${siteUrl}/sitemap.xml` }
}
