import { materialDetail } from '@/features/library/pages/materials'

// Served from Next.js's cache: rendered on the first request, expired when an editor publishes (data/cache/freshPages).
// No page at build time (there is no database then); each is rendered on its first request and then cached.
export const generateStaticParams = () => []
// A safety net for changes made outside the site (npm run seed, a restore): expire after an hour at the latest.
export const revalidate = 3600

export const generateMetadata = materialDetail.generateMetadata

export default materialDetail.Page
