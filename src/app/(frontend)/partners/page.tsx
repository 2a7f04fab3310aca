import { partnersList } from '@/features/library/pages/partners'

export const dynamic = 'force-dynamic'

export const metadata = partnersList.metadata

export default partnersList.Page
