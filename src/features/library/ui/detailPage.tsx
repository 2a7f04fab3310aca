import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache, type ReactNode } from 'react'

import { pageMetadata } from '@/shared/layout/metadata'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { keepBriefly } from '@/data/cache/keepBriefly'
import { DetailFrame, detailStyles as styles } from './Detail'

export interface DetailPageSpec<P> {
  /** The list the page belongs to: the breadcrumb leads back to it. */
  list: { label: string; href: string }
  /** The page's data; undefined when nothing is published under this slug. */
  load: (slug: string) => Promise<P | undefined>
  /** Title, lead and address: the page's heading and what search engines and shared links show. */
  about: (page: P) => { title: string; lead: string; path: string }
  /** What cannot be shown when the database cannot be read: 'De gegevens van dit materiaal'. */
  unavailable: string
  /** Everything under the heading and the lead. */
  body: (page: P) => ReactNode
}

type Props = { params: Promise<{ slug: string }> }

const UNAVAILABLE = 'Tijdelijk niet beschikbaar'

/**
 * The one shape of the library's detail pages (a material, a good practice, a partner): load by slug, 404 for what
 * is not published, a notice instead of a 500 when the database cannot be read, then breadcrumb, heading, lead and
 * body. A route file exports `generateMetadata` and `Page` (as its default) and nothing else.
 */
export function detailPage<P>(spec: DetailPageSpec<P>) {
  /**
   * Undefined: nothing published under this address; null: the database could not be read. Cached per request
   * (React cache), so the metadata and the page share one query.
   */
  const load = cache((slug: string): Promise<P | undefined | null> => spec.load(slug).catch(async () => {
      // The notice is cached for seconds only, not as the page (data/cache/keepBriefly).
      await keepBriefly()
      return null
    }))

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const page = await load((await params).slug)
    if (page === null) return { title: UNAVAILABLE, robots: { index: false } }
    if (page === undefined) return { title: 'Niet gevonden' }
    const { title, lead, path } = spec.about(page)
    return pageMetadata({ title, description: lead, path })
  }

  async function Page({ params }: Props) {
    const page = await load((await params).slug)
    if (page === null) {
      return (
        <DetailFrame list={spec.list} title={UNAVAILABLE}>
          <h1>{UNAVAILABLE}</h1>
          <Unavailable what={spec.unavailable} />
        </DetailFrame>
      )
    }
    if (page === undefined) notFound()
    const { title, lead } = spec.about(page)
    return (
      <DetailFrame list={spec.list} title={title}>
        <article>
          <h1>{title}</h1>
          <p className={styles.lead}>{lead}</p>
          {spec.body(page)}
        </article>
      </DetailFrame>
    )
  }

  return { generateMetadata, Page }
}
