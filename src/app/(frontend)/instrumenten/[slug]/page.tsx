import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { InstrumentWorkspace } from '@/features/instruments/fill/Workspace'
import { getInstrument } from '@/features/instruments/queries'
import { InstrumentFrame } from '@/features/instruments/ui/InstrumentFrame'
import styles from '@/features/instruments/ui/Instruments.module.css'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { keepBriefly } from '@/data/cache/keepBriefly'
import { pageMetadata } from '@/shared/layout/metadata'
import { instrumentPath } from '@/shared/paths'

// Served from Next.js's cache: rendered on the first request, expired when an editor publishes (data/cache/freshPages).
// No page at build time (there is no database then).
export const generateStaticParams = () => []
// A safety net for changes made outside the site (npm run seed, a restore): expire after an hour at the latest.
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

/** Undefined: nothing published under this address; null: the database could not be read (a notice, not a 500). */
const load = (slug: string) =>
  getInstrument(slug).catch(async () => {
    await keepBriefly()
    return null
  })

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const definition = await load((await params).slug)
  if (definition === null) return { title: 'Tijdelijk niet beschikbaar', robots: { index: false } }
  if (!definition) return { title: 'Pagina niet gevonden', robots: { index: false } }
  return pageMetadata({
    title: `${definition.title} – ${definition.madeBy}`,
    description: definition.summary,
    path: instrumentPath(definition.slug),
    type: 'article',
    modifiedTime: definition.revision,
  })
}

/** /instrumenten/<slug>: the page frame (server-rendered) around the fill-in workspace (the browser's part). */
export default async function InstrumentPage({ params }: Props) {
  const definition = await load((await params).slug)
  if (definition === null) {
    return (
      <div className={styles.page}>
        <h1>Tijdelijk niet beschikbaar</h1>
        <Unavailable what="De gegevens van dit instrument" />
      </div>
    )
  }
  // The site's Dutch 404 (app/(frontend)/not-found.tsx), with status 404.
  if (!definition) notFound()
  return (
    <InstrumentFrame definition={definition}>
      <InstrumentWorkspace definition={definition} />
    </InstrumentFrame>
  )
}
