import { carePhases, educationLevels, labelOf, regions, sourceTypes } from '@/shared/vocabulary'
import { formatDate } from '@/shared/format'
import { ResultItem, themesOf } from '@/features/search/ui/ResultItem'
import { MaterialActions, materialFacts } from '@/features/search/ui/MaterialParts'
import { getMaterial, materialsListing } from '@/features/library/queries/materials'
import { detailStyles as styles, Facts, RelatedTopics } from '@/features/library/ui/Detail'
import { detailPage } from '@/features/library/ui/detailPage'
import { FileLinks } from '@/features/library/ui/FileLinks'
import { listPage } from '@/features/library/ui/listPage'
import { materialFileFacts } from '@/features/library/materialFile'
import { labelsOf } from './labels'

/** /materialen: the materials library, one entry per material (per theme as an option). */
export const materialsList = listPage({
  title: 'Materialen',
  description: 'Praktische tools, leidraden en documenten tegen schooluitval, te bekijken en te downloaden, te filteren op thema.',
  lead: (
    <>
      Praktische tools, leidraden en documenten. Bekijk ze in de browser of download ze; zoek op een woord (ook in de
      tekst van de bestanden) en verfijn met de filters.
    </>
  ),
  id: 'materialen',
  path: '/materialen',
  listing: materialsListing,
  searchLabel: 'Zoeken in de materialen',
  noun: { one: 'materiaal', many: 'materialen' },
  unavailable: 'De materialen',
  renderItem: ({ record, view }, level, under, allThemes) => {
    const themes = themesOf(record.themes, allThemes)
    return (
      <ResultItem
        key={record.key}
        level={level}
        href={record.url}
        title={view.title}
        accent={under ?? themes[0]}
        meta={materialFacts(record)}
        excerpt={view.excerpt}
        fallback={record.lead}
        note={view.excerptFromBody ? 'Gevonden in de tekst van het bestand.' : null}
        themes={themes}
      >
        <MaterialActions material={record} />
      </ResultItem>
    )
  },
})

/** /materialen/[slug]: one material, with its file to view or download and a text preview of other formats. */
export const materialDetail = detailPage({
  list: { label: 'Materialen', href: '/materialen' },
  load: getMaterial,
  about: ({ material }) => ({ title: material.title, lead: material.description, path: `/materialen/${material.slug}` }),
  unavailable: 'De gegevens van dit materiaal',
  body: ({ material, file, topics, categories, targetGroups, preview, online }) => {
    const { kind, label, size, summary } = materialFileFacts(file)
    return (
      <>
        {online ? (
          <p className={styles.lead}>
            <strong>Ook online in te vullen:</strong> <a href={online.href}>{online.title}</a>, samen met uw team, zonder bestand.
          </p>
        ) : null}
        <p className={styles.actions}>
          {file ? <FileLinks file={file} /> : null}
          {material.externalUrl ? (
            <a className={styles.button} href={material.externalUrl}>
              Naar de website
            </a>
          ) : null}
        </p>

        <Facts
          facts={[
            ['Formaat', label],
            ['Grootte', size],
            ['Gepubliceerd', formatDate(material.publishedDate)],
            ['Uitgever of auteur', material.publisher],
            ['Gemaakt door', labelOf(sourceTypes, material.sourceType)],
            ['Categorieën', categories.length ? categories.map((c) => c.title).join(', ') : null],
            ['Doelgroepen', targetGroups.length ? targetGroups.map((t) => t.title).join(', ') : null],
            ['Fase in het zorgcontinuüm', labelsOf(material.phases, carePhases)],
            ['Onderwijsniveau', labelsOf(material.educationLevels, educationLevels)],
            ['Regio', labelsOf(material.regions, regions)],
          ]}
        />

        <RelatedTopics topics={topics} />

        {file?.url && kind === 'pdf' ? (
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
                  De tekst uit het bestand, zonder opmaak. Download het bestand ({label}) voor de volledige versie.
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
                ({summary}) om het te openen.
              </p>
            )}
          </section>
        ) : null}
      </>
    )
  },
})
