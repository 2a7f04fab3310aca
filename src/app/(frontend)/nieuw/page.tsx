import type { Metadata } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { recentChanges } from '@/features/whats-new/queries'
import { ChangeList } from '@/features/whats-new/ui/ChangeList'
import styles from '@/features/whats-new/ui/ChangeList.module.css'
import { keepBriefly } from '@/data/cache/keepBriefly'
import { pageMetadata } from '@/shared/layout/metadata'
import { contributePath, feedPath, whatsNewPath } from '@/shared/paths'

export const metadata: Metadata = pageMetadata({
  title: 'Wat is er nieuw',
  description: 'De onderwerpen, materialen, goede praktijken en instrumenten die het laatst verschenen of bijgewerkt zijn.',
  path: whatsNewPath,
})

// Served from Next.js's cache, expired when an editor publishes (data/cache/freshPages); rendered on the first
// request, not at build time (there is no database then).
export const revalidate = 3600

/**
 * /nieuw: the newest published changes. The page reads nothing of the request and writes only relative links, so
 * the same HTML serves every visitor.
 */
export default async function WhatsNewPage() {
  const changes =
    process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD
      ? null
      : await recentChanges().catch(async () => {
          await keepBriefly()
          return null
        })
  return (
    <div>
      <h1>Wat is er nieuw</h1>
      <p className="lead">
        De toolbox groeit stap voor stap. Hier staan de onderwerpen, materialen, goede praktijken en instrumenten die het laatst
        zijn verschenen of bijgewerkt, het nieuwste eerst.
      </p>
      {changes ? (
        <ChangeList changes={changes} />
      ) : (
        <p role="status">De lijst kan nu niet geladen worden. Probeer het over enkele ogenblikken opnieuw.</p>
      )}
      <p className={styles.feed}>
        Volg de wijzigingen in uw feedlezer of nieuwsbrieftool met de <a href={feedPath}>Atom-feed</a>. Iets gemist dat hier
        thuishoort? <a href={contributePath()}>Stuur het ons</a>.
      </p>
    </div>
  )
}
