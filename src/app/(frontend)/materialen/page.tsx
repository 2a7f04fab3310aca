import { materialsList } from '@/features/library/pages/materials'

export const dynamic = 'force-dynamic'

export const metadata = materialsList.metadata

export default materialsList.Page
