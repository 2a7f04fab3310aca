import { notFound } from 'next/navigation'

/**
 * Any address no route claims (/themas, /themas/a/b/c, a typo) gets the site's Dutch 404 page rather than Next's
 * default one: with two root layouts (site and admin) the site's not-found.tsx only shows when a page inside the
 * site calls notFound(). More specific routes, /admin and /api included, always win over this catch-all.
 */
export default function UnknownAddress() {
  notFound()
}
