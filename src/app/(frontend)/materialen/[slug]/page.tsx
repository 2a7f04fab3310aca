import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/shared/layout/metadata'
import { DetailPage, detailStyles as styles, Facts, RelatedTopics } from '@/features/library/ui/Detail'
import { formatDate, formatSize } from '@/shared/format'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { carePhases, educationLevels, labelOf, regions, sourceTypes } from '@/shared/vocabulary'
import { getMaterial } from '@/features/library/queries/materials'
import { formatOf, formats } from '@/features/search/engine'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

/** Undefined: nothing published under this address; null: the database could not be read (a notice, not a 500). */
const load = (slug: string) => getMaterial(slug).catch(() => null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug)
  if (page === null) return { title: 'Tijdelijk niet beschikbaar', robots: { index: false } }
  if (!page) return { title: 'Niet gevonden' }
  return pageMetadata({ title: page.material.title, description: page.material.description, path: `/materialen/${page.material.slug}` })
}

const list = (values: readonly string[] | null | undefined, options: readonly { value: string; label: string }[]) =>
  values?.length ? values.map((v) => labelOf(options, v)).join(', ') : null

export default async function MaterialPage({ params }: Props) {
  const page = await load((await params).slug)
  if (page === null) {
    return (
      <DetailPage list={{ label: 'Materialen', href: '/materialen' }} title="Tijdelijk niet beschikbaar">
        <h1>Tijdelijk niet beschikbaar</h1>
        <Unavailable what="De gegevens van dit materiaal" />
      </DetailPage>
    )
  }
  if (!page) notFound()
  const { material, file, topics, categories, targetGroups, preview, online } = page
  const format = file ? formatOf(file.mimeType) : 'weblink'
  const formatLabel = labelOf(formats, format)
  const size = formatSize(file?.filesize)

  return (
    <DetailPage list={{ label: 'Materialen', href: '/materialen' }} title={material.title}>
      <article>
        <h1>{material.title}</h1>
        <p className={styles.lead}>{material.description}</p>
        {online ? (
          <p className={styles.lead}>
            <strong>Ook online in te vullen:</strong> <a href={online.href}>{online.title}</a>, samen met uw team, zonder bestand.
          </p>
        ) : null}

        <p className={styles.actions}>
          {file?.url && format === 'pdf' ? (
            <a className={`${styles.button} ${styles.primary}`} href={file.url}>
              Bekijken in de browser
            </a>
          ) : null}
          {file?.url ? (
            <a className={styles.button} href={file.url} download={file.filename ?? undefined}>
              Downloaden ({[formatLabel, size].filter(Boolean).join(', ')})
            </a>
          ) : null}
          {material.externalUrl ? (
            <a className={styles.button} href={material.externalUrl}>
              Naar de website
            </a>
          ) : null}
        </p>

        <Facts
          facts={[
            ['Formaat', file ? formatLabel : 'Link naar een website'],
            ['Grootte', size],
            ['Gepubliceerd', formatDate(material.publishedDate)],
            ['Uitgever of auteur', material.publisher],
            ['Gemaakt door', labelOf(sourceTypes, material.sourceType)],
            ['Categorieën', categories.length ? categories.map((c) => c.title).join(', ') : null],
            ['Doelgroepen', targetGroups.length ? targetGroups.map((t) => t.title).join(', ') : null],
            ['Fase in het zorgcontinuüm', list(material.phases, carePhases)],
            ['Onderwijsniveau', list(material.educationLevels, educationLevels)],
            ['Regio', list(material.regions, regions)],
          ]}
        />

        <RelatedTopics topics={topics} />

        {file?.url && format === 'pdf' ? (
          <section id="voorbeeld" aria-labelledby="voorbeeld-titel">
            <h2 id="voorbeeld-titel">Bekijken</h2>
            <object className={styles.viewer} data={file.url} type="application/pdf" aria-label={`PDF: ${material.title}`}>
              <p>
                Uw browser toont de PDF hier niet. <a href={file.url}>Open de PDF</a> of download hem hierboven.
              </p>
            </object>
          </section>
        ) : file?.url ? (
          <section id="voorbeeld" aria-labelledby="voorbeeld-titel">
            <h2 id="voorbeeld-titel">Voorbeeld</h2>
            {preview ? (
              <>
                <p className={styles.hint}>
                  De tekst uit het bestand, zonder opmaak. Download het bestand ({formatLabel}) voor de volledige versie.
                </p>
                <div className={styles.preview} tabIndex={0} role="region" aria-label={`Tekst uit ${material.title}`}>
                  {preview
                    .split(/\n{2,}/)
                    .filter((p) => p.trim())
                    .map((paragraph, i) => (
                      <p key={i}>{paragraph.replace(/\n/g, ' ')}</p>
                    ))}
                  {preview.length >= 4000 ? <p>…</p> : null}
                </div>
              </>
            ) : (
              <p>
                Van dit bestand is geen voorbeeld beschikbaar. <a href={file.url} download={file.filename ?? undefined}>Download het bestand</a>{' '}
                ({[formatLabel, size].filter(Boolean).join(', ')}) om het te openen.
              </p>
            )}
          </section>
        ) : null}
      </article>
    </DetailPage>
  )
}
