import type { Metadata } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { listInstruments } from '@/features/instruments/queries'
import { InstrumentList } from '@/features/instruments/ui/InstrumentList'
import styles from '@/features/instruments/ui/Instruments.module.css'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { keepBriefly } from '@/data/cache/keepBriefly'
import { pageMetadata } from '@/shared/layout/metadata'

// Served from Next.js's cache, expired when an editor publishes (data/cache/freshPages); rendered on the first
// request, not at build time (there is no database then).
export const revalidate = 3600

const description =
  'Plannen en dialoogfiches van de provinciale leergroepen om samen met het team online in te vullen, te bewaren en te exporteren: het preventieplan afwezigheden, de dialoogfiches en meer.'

export const metadata: Metadata = pageMetadata({ title: 'Instrumenten', description, path: '/instrumenten' })

/** /instrumenten: every published instrument, with who made it and what it is for. */
export default async function InstrumentsPage() {
  const instruments =
    process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD
      ? null
      : await listInstruments().catch(async () => {
          await keepBriefly()
          return null
        })
  return (
    <div className={styles.page}>
      <h1>Instrumenten</h1>
      <p className="lead">
        De plannen en dialoogfiches van de provinciale leergroepen (PLG), om samen met uw team in te vullen: in een overleg, op
        de projector of later verder. Wat u invult, blijft in uw browser.
      </p>
      {instruments ? <InstrumentList instruments={instruments} /> : <Unavailable what="De instrumenten" />}
    </div>
  )
}
