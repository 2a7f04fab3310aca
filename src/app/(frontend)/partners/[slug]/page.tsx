import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/shared/layout/metadata'
import { DetailPage, detailStyles as styles, Facts } from '@/features/library/ui/Detail'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { labelOf, partnerTypes, regions } from '@/shared/vocabulary'
import { getPartner } from '@/features/library/queries/partners'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

/** Undefined: nothing published under this address; null: the database could not be read (a notice, not a 500). */
const load = (slug: string) => getPartner(slug).catch(() => null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug)
  if (page === null) return { title: 'Tijdelijk niet beschikbaar', robots: { index: false } }
  if (!page) return { title: 'Niet gevonden' }
  return pageMetadata({ title: page.partner.name, description: page.partner.description, path: `/partners/${page.partner.slug}` })
}

export default async function PartnerPage({ params }: Props) {
  const page = await load((await params).slug)
  if (page === null) {
    return (
      <DetailPage list={{ label: 'Partners', href: '/partners' }} title="Tijdelijk niet beschikbaar">
        <h1>Tijdelijk niet beschikbaar</h1>
        <Unavailable what="De gegevens van deze partner" />
      </DetailPage>
    )
  }
  if (!page) notFound()
  const { partner, practices } = page
  return (
    <DetailPage list={{ label: 'Partners', href: '/partners' }} title={partner.name}>
      <article>
        <h1>{partner.name}</h1>
        <p className={styles.lead}>{partner.description}</p>
        <Facts
          facts={[
            ['Soort partner', labelOf(partnerTypes, partner.type)],
            ['Werkt in', partner.regions?.length ? partner.regions.map((r) => labelOf(regions, r)).join(', ') : null],
            ['Gemeente of streek', partner.locality],
            ['Website', partner.website ? <a href={partner.website}>{partner.website.replace(/^https?:\/\//, '')}</a> : null],
          ]}
        />
        {partner.services?.length ? (
          <section aria-labelledby="aanbod">
            <h2 id="aanbod">Aanbod</h2>
            <ul className={styles.links}>
              {partner.services.map((service) => (
                <li key={service.id ?? service.label}>{service.label}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {practices.length ? (
          <section aria-labelledby="praktijken">
            <h2 id="praktijken">Goede praktijken met deze partner</h2>
            <ul className={styles.links}>
              {practices.map((practice) => (
                <li key={practice.id}>
                  <a href={`/goede-praktijken/${practice.slug}`}>{practice.title}</a> — {practice.summary}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </DetailPage>
  )
}
