import { practiceDetail } from '@/features/library/pages/practices'

export const dynamic = 'force-dynamic'

export const generateMetadata = practiceDetail.generateMetadata

export default practiceDetail.Page
