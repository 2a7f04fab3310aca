import { RichText } from '@payloadcms/richtext-lexical/react'

import { carePhases, educationLevels, regions } from '@/shared/vocabulary'
import { ResultItem, themesOf } from '@/features/search/ui/ResultItem'
import { getPractice, practicesListing } from '@/features/library/queries/practices'
import { detailStyles as styles, Facts, RelatedTopics } from '@/features/library/ui/Detail'
import { detailPage } from '@/features/library/ui/detailPage'
import { FileLinks } from '@/features/library/ui/FileLinks'
import { listPage } from '@/features/library/ui/listPage'
import { labelsOf, websiteLink } from './labels'

/** /goede-praktijken: what schools, CLBs and networks do, with the same filters as the library. */
export const practicesList = listPage({
  title: 'Goede praktijken',
  description: 'Wat scholen, CLB’s en netwerken in Vlaanderen en Brussel doen tegen schooluitval, en wat werkt.',
  lead: (
    <>
      Wat scholen, CLB&apos;s, steden en netwerken doen tegen schooluitval. Laat u inspireren, en neem contact op met wie het
      al doet.
    </>
  ),
  id: 'praktijken',
  path: '/goede-praktijken',
  listing: practicesListing,
  searchLabel: 'Zoeken in de goede praktijken',
  noun: { one: 'goede praktijk', many: 'goede praktijken' },
  unavailable: 'De goede praktijken',
  renderItem: ({ record, view }, level, _under, allThemes) => {
    const themes = themesOf(record.themes, allThemes)
    return (
      <ResultItem
        key={record.key}
        level={level}
        href={record.url}
        title={view.title}
        accent={themes[0]}
        meta={[record.organiser, record.locality, labelsOf(record.facets.regio, regions), record.year ? `sinds ${record.year}` : null]}
        excerpt={view.excerpt}
        fallback={record.lead}
        note={view.excerptFromBody ? 'Gevonden in de beschrijving.' : null}
        themes={themes}
      />
    )
  },
})

/** /goede-praktijken/[slug]: one good practice, who runs it, with which partners, its attachments to view or download. */
export const practiceDetail = detailPage({
  list: { label: 'Goede praktijken', href: '/goede-praktijken' },
  load: getPractice,
  about: ({ practice }) => ({ title: practice.title, lead: practice.summary, path: `/goede-praktijken/${practice.slug}` }),
  unavailable: 'De gegevens van deze goede praktijk',
  body: ({ practice, files, partners, topics, targetGroups }) => (
    <>
      <Facts
        facts={[
          ['Wie', practice.organiser],
          ['Waar', practice.locality],
          ['Regio', labelsOf(practice.regions, regions)],
          ['Sinds', practice.year ? String(practice.year) : null],
          ['Doelgroepen', targetGroups.length ? targetGroups.map((t) => t.title).join(', ') : null],
          ['Fase in het zorgcontinuüm', labelsOf(practice.phases, carePhases)],
          ['Onderwijsniveau', labelsOf(practice.educationLevels, educationLevels)],
          ['Website', websiteLink(practice.website)],
        ]}
      />
      {practice.description ? (
        <section aria-labelledby="beschrijving">
          <h2 id="beschrijving">Wat ze doen</h2>
          <RichText data={practice.description} />
        </section>
      ) : null}
      {files.length ? (
        <section aria-labelledby="bijlagen">
          <h2 id="bijlagen">Bijlagen</h2>
          <ul className={styles.attachments}>
            {files.map((file) => {
              // A converted contribution's file is described by the practice's own title: then its name says more.
              const name = file.alt && file.alt !== practice.title ? file.alt : (file.filename ?? 'Bijlage')
              return (
                <li key={file.id}>
                  <span className={styles.attachmentName}>{name}</span>
                  <span className={styles.actions}>
                    <FileLinks file={file} name={name} />
                  </span>
                </li>
              )
            })}
          </ul>
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
    </>
  ),
})
