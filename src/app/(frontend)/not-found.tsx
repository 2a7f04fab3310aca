import type { Metadata } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { SearchForm } from '@/shared/layout/SearchForm'
import { ThemeLinks } from '@/shared/layout/ThemeLinks'
import { getThemes, type ThemeSummary } from '@/features/themes/queries/themes'
import { keepBriefly } from '@/data/cache/keepBriefly'
import styles from './not-found.module.css'

export const metadata: Metadata = { title: 'Pagina niet gevonden', robots: { index: false } }

/** A helpful Dutch 404 (status 404): search, and the way back in through the themes. */
export default async function NotFound() {
  // The 404 must never fail itself: without the database it still offers search and the map. Next.js also renders
  // it once while building, when there is no database to ask.
  const themes: ThemeSummary[] = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? [] : await getThemes().catch(async () => {
          await keepBriefly()
          return []
        })
  return (
    <div className={styles.page}>
      <h1>Deze pagina bestaat niet (meer)</h1>
      <p className="lead">
        Misschien is ze verhuisd, of klopt het adres niet helemaal. Zoek verder, of kies een thema.
      </p>
      <div className={styles.search}>
        <SearchForm id="zoek-404" label="Zoeken in de toolbox" visibleLabel />
      </div>
      {themes.length > 0 ? (
        <>
          <h2>Thema&apos;s</h2>
          <ThemeLinks themes={themes} className={styles.themes} />
        </>
      ) : null}
      <p>
        <a href="/">Naar de mindmap</a>
      </p>
    </div>
  )
}
