import { notFound } from 'next/navigation'

/**
 * Any address no route claims (/themas, /themas/a/b/c, a typo) gets the site's Dutch 404 page rather than Next's
 * default one: with two root layouts (site and admin) the site's not-found.tsx only shows when a page inside the
 * site calls notFound(). More specific routes, /admin and /api included, always win over this catch-all.
 */
// Served from Next.js's cache like the other pages (each address once, rendered on its first request); an editor's
// publish expires it, so a page published under an address that was unknown shows at once.
export const generateStaticParams = () => []
export const revalidate = 3600

export default function UnknownAddress() {
  notFound()
}
