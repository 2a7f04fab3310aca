import { partnerDetail } from '@/features/library/pages/partners'

export const dynamic = 'force-dynamic'

export const generateMetadata = partnerDetail.generateMetadata

export default partnerDetail.Page
