import { labelOf, partnerTypes } from '@/shared/vocabulary'
import { ItemActions, ResultItem, VisuallyHidden } from '@/features/search/ui/ResultItem'
import { getPartner, partnersListing } from '@/features/library/queries/partners'
import { detailStyles as styles, Facts } from '@/features/library/ui/Detail'
import { detailPage } from '@/features/library/ui/detailPage'
import { listPage } from '@/features/library/ui/listPage'
import { regionLinks, websiteLink } from './labels'

/** /partners: organisations to work with, by type and region. */
export const partnersList = listPage({
  title: 'Partners',
  description: 'Organisaties waarmee scholen en CLB’s samenwerken tegen schooluitval: per soort en per regio.',
  lead: 'Met wie kan een school of CLB samenwerken tegen schooluitval? Zoek een partner op soort, regio of wat hij aanbiedt.',
  id: 'partners',
  path: '/partners',
  listing: partnersListing,
  searchLabel: 'Zoeken in de partners',
  noun: { one: 'partner', many: 'partners' },
  unavailable: 'De partners',
  renderItem: ({ record, view }, level) => (
    <ResultItem
      key={record.key}
      level={level}
      href={record.url}
      title={view.title}
      meta={[labelOf(partnerTypes, record.partnerType), record.locality, record.regionNames.join(', ')]}
      excerpt={view.excerpt}
      fallback={record.lead}
      note={view.excerptFromBody ? 'Gevonden in het aanbod.' : null}
    >
      {record.website ? (
        <ItemActions>
          <a href={record.website}>
            Website<VisuallyHidden> van {record.title}</VisuallyHidden>
          </a>
        </ItemActions>
      ) : null}
    </ResultItem>
  ),
})

/** /partners/[slug]: one partner, what it offers and the good practices it takes part in. */
export const partnerDetail = detailPage({
  list: { label: 'Partners', href: '/partners' },
  load: getPartner,
  about: ({ partner }) => ({ title: partner.name, lead: partner.description, path: `/partners/${partner.slug}` }),
  unavailable: 'De gegevens van deze partner',
  body: ({ partner, practices }) => (
    <>
      <Facts
        facts={[
          ['Soort partner', labelOf(partnerTypes, partner.type)],
          ['Werkt in', regionLinks(partner.regions)],
          ['Gemeente of streek', partner.locality],
          ['Website', websiteLink(partner.website)],
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
    </>
  ),
})
