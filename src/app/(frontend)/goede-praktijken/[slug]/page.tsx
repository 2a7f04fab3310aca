import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { pageMetadata } from '@/shared/layout/metadata'
import { DetailPage, detailStyles as styles, Facts, RelatedTopics } from '@/features/library/ui/Detail'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { carePhases, educationLevels, labelOf, regions } from '@/shared/vocabulary'
import { getPractice } from '@/features/library/queries/practices'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

/** Undefined: nothing published under this address; null: the database could not be read (a notice, not a 500). */
const load = (slug: string) => getPractice(slug).catch(() => null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug)
  if (page === null) return { title: 'Tijdelijk niet beschikbaar', robots: { index: false } }
  if (!page) return { title: 'Niet gevonden' }
  return pageMetadata({ title: page.practice.title, description: page.practice.summary, path: `/goede-praktijken/${page.practice.slug}` })
}

const list = (values: readonly string[] | null | undefined, options: readonly { value: string; label: string }[]) =>
  values?.length ? values.map((v) => labelOf(options, v)).join(', ') : null

export default async function PracticePage({ params }: Props) {
  const page = await load((await params).slug)
  if (page === null) {
    return (
      <DetailPage list={{ label: 'Goede praktijken', href: '/goede-praktijken' }} title="Tijdelijk niet beschikbaar">
        <h1>Tijdelijk niet beschikbaar</h1>
        <Unavailable what="De gegevens van deze goede praktijk" />
      </DetailPage>
    )
  }
  if (!page) notFound()
  const { practice, partners, topics, targetGroups } = page
  return (
    <DetailPage list={{ label: 'Goede praktijken', href: '/goede-praktijken' }} title={practice.title}>
      <article>
        <h1>{practice.title}</h1>
        <p className={styles.lead}>{practice.summary}</p>
        <Facts
          facts={[
            ['Wie', practice.organiser],
            ['Waar', practice.locality],
            ['Regio', list(practice.regions, regions)],
            ['Sinds', practice.year ? String(practice.year) : null],
            ['Doelgroepen', targetGroups.length ? targetGroups.map((t) => t.title).join(', ') : null],
            ['Fase in het zorgcontinuüm', list(practice.phases, carePhases)],
            ['Onderwijsniveau', list(practice.educationLevels, educationLevels)],
            ['Website', practice.website ? <a href={practice.website}>{practice.website.replace(/^https?:\/\//, '')}</a> : null],
          ]}
        />
        {practice.description ? (
          <section aria-labelledby="beschrijving">
            <h2 id="beschrijving">Wat ze doen</h2>
            <RichText data={practice.description} />
          </section>
        ) : null}
        {partners.length ? (
          <section aria-labelledby="partners">
            <h2 id="partners">Betrokken partners</h2>
            <ul className={styles.links}>
              {partners.map((partner) => (
                <li key={partner.id}>
                  <a href={`/partners/${partner.slug}`}>{partner.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <RelatedTopics topics={topics} />
      </article>
    </DetailPage>
  )
}
