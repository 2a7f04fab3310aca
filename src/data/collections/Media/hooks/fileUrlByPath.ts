import type { CollectionAfterReadHook } from 'payload'

import { siteUrl } from '@/shared/site'

/**
 * Payload writes a file's `url` as an absolute address built from `serverURL` (SITE_URL). The site's own files are
 * given by path instead (`/api/media/file/…`), on every page, in search results, in the admin and in the API, so a
 * link works on whatever host name the site is reached by and a wrong SITE_URL cannot break a download (issue 15).
 * Addresses elsewhere (none today: S3 files go through the same route) are left as they are.
 */
export const fileUrlByPath: CollectionAfterReadHook = ({ doc }) => {
  if (typeof doc?.url === 'string' && doc.url.startsWith(`${siteUrl}/`)) doc.url = doc.url.slice(siteUrl.length)
  return doc
}
