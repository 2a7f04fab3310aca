import type { BeforeListServerProps } from 'payload'

import { CheckNowButton } from './CheckNowButton'

const listPath = '/admin/collections/link-checks'
/** The list filtered to broken links: Payload's own list view with a where in its address. */
export const brokenLinksPath = `${listPath}?${new URLSearchParams({ 'where[broken][equals]': 'true' })}`

const time = (iso: string) =>
  new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(iso))

/**
 * Above the list of checked links: how many are broken, links to show only those or all, when the last check ran,
 * and the "Nu controleren" button.
 */
export async function LinkCheckSummary({ payload }: BeforeListServerProps) {
  const [broken, all, latest] = await Promise.all([
    payload.count({ collection: 'link-checks', where: { broken: { equals: true } } }),
    payload.count({ collection: 'link-checks' }),
    payload.find({ collection: 'link-checks', sort: '-lastChecked', limit: 1, depth: 0, select: { lastChecked: true } }),
  ])
  const lastChecked = latest.docs[0]?.lastChecked
  return (
    <section aria-label="Linkcontrole" style={{ marginBottom: '1.5rem' }}>
      <p>
        {lastChecked ? `Laatste controle: ${time(lastChecked)}. ` : 'Er is nog geen controle gebeurd. '}
        <strong>
          {broken.totalDocs} van de {all.totalDocs} links {broken.totalDocs === 1 ? 'werkt' : 'werken'} niet.
        </strong>{' '}
        <a href={brokenLinksPath}>Toon alleen de kapotte links</a> · <a href={listPath}>Toon alle links</a>
      </p>
      <p>De links worden elke week vanzelf gecontroleerd; met de knop gebeurt het nu meteen.</p>
      <CheckNowButton endpoint="/api/link-checks/nu-controleren" />
    </section>
  )
}
