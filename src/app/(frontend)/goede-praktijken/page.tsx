import { practicesList } from '@/features/library/pages/practices'

export const dynamic = 'force-dynamic'

export const metadata = practicesList.metadata

export default practicesList.Page
