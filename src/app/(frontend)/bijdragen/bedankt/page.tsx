import type { Metadata } from 'next'

import { Confirmation } from '@/features/contributions/ui/Confirmation'
import { pageMetadata } from '@/shared/layout/metadata'
import styles from '@/app/(frontend)/statement.module.css'

export const metadata: Metadata = {
  ...pageMetadata({ title: 'Bedankt voor uw bijdrage', description: 'Uw bijdrage aan de Toolbox Schooluitval is verstuurd.', path: '/bijdragen/bedankt' }),
  // A page one reaches only after sending: nothing for search engines.
  robots: { index: false },
}

/** /bijdragen/bedankt: where the form sends a browser without JavaScript once the contribution is stored. */
export default function ContributionThanksPage() {
  return (
    <article className={styles.statement}>
      <Confirmation asPage />
    </article>
  )
}
