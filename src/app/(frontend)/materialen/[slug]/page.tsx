import { materialDetail } from '@/features/library/pages/materials'

export const dynamic = 'force-dynamic'

export const generateMetadata = materialDetail.generateMetadata

export default materialDetail.Page
