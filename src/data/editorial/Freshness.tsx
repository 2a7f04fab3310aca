import type { Payload } from 'payload'

import { formatDate } from '@/shared/format'
import { materialAgeYears, reviewAfterMonths, staleContent, type StaleItem } from './freshness'

const List = ({ items, collection, empty, dateText }: { items: StaleItem[]; collection: string; empty: string; dateText: (item: StaleItem) => string }) =>
  items.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <a href={`/admin/collections/${collection}/${item.id}`}>{item.title}</a> — {dateText(item)}
        </li>
      ))}
    </ul>
  )

/**
 * On the admin's dashboard (admin.components.beforeDashboard): what may be out of date, each with a link to edit it.
 * Users report stale pages as the main complaint about toolboxes like this one.
 */
export async function Freshness({ payload }: { payload: Payload }) {
  const { topics, materials } = await staleContent(payload)
  return (
    <section aria-labelledby="versheid-titel" style={{ marginBottom: '2rem' }}>
      <h2 id="versheid-titel">Na te kijken</h2>
      <h3>Onderwerpen die langer dan {reviewAfterMonths} maanden niet nagekeken zijn ({topics.length})</h3>
      <List
        items={topics}
        collection="topics"
        empty="Alle onderwerpen zijn het afgelopen jaar nagekeken."
        dateText={(item) => (item.date ? `laatst nagekeken op ${formatDate(item.date)}` : 'nog nooit nagekeken')}
      />
      <h3>Materialen ouder dan {materialAgeYears} jaar ({materials.length})</h3>
      <List
        items={materials}
        collection="materials"
        empty={`Geen materialen van meer dan ${materialAgeYears} jaar oud.`}
        dateText={(item) => `gepubliceerd op ${formatDate(item.date)}`}
      />
    </section>
  )
}
