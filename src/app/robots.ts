import type { MetadataRoute } from 'next'

import { siteUrl } from '@/shared/site'

// Read at request time, so SITE_URL set at start-up (not at build) is used.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }], sitemap: `${siteUrl}/sitemap.xml` }
}
