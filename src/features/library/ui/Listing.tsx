import { Suspense, type ReactNode } from 'react'

import type { ListingItem, ListingModel } from '@/features/search/queries'
import { MAX_QUERY_LENGTH, type SearchRecord, type ThemeInfo } from '@/features/search/engine'
import { NoResults } from '@/features/search/ui/NoResults'
import { Notices } from '@/features/search/ui/Notices'
import { themeVars } from '@/shared/design/themeVars'
import { counted } from '@/shared/format'
import styles from './Listing.module.css'
import { ListingEnhancer } from './ListingEnhancer'
import { listingHref, type ListingState } from './params'
import { Pagination } from './Pagination'
import { neutralVariables } from '@/shared/design/neutralVariables'

export interface ListingProps<R extends SearchRecord> {
  /** Short, unique on the page: ids of the form and its controls derive from it. */
  id: string
  /** The page's own path; the form submits (GET) to it. */
  path: string
  model: ListingModel<R>
  searchLabel: string
  noun: { one: string; many: string }
  /** One result, as an <li>; `headingLevel` is 3, or 4 under a theme heading (`under`, null for "Zonder thema"). */
  renderItem: (item: ListingItem<R>, headingLevel: 3 | 4, under?: ThemeInfo | null) => ReactNode
}

/** How many filter groups are open without a choice in them (the rest stay folded: the panel stays short). */
const OPEN_GROUPS = 3

/** Consecutive items under the same theme heading (chosen by queryListing), for the "per theme" view. */
const byTheme = <R extends SearchRecord>(items: ListingItem<R>[], themes: ThemeInfo[]) => {
  const groups: { theme: ThemeInfo | null; items: ListingItem<R>[] }[] = []
  for (const item of items) {
    const slug = item.theme ?? null
    const last = groups[groups.length - 1]
    if (last && (last.theme?.slug ?? null) === slug) last.items.push(item)
    else groups.push({ theme: themes.find((t) => t.slug === slug) ?? null, items: [item] })
  }
  return groups
}

/**
 * The list-and-filter pattern of the materials library, the good practices and the partner directory: a search
 * field, filter groups as checkboxes with the number of results each would give, an order, the results (plain or
 * under theme headings) and pages. A plain GET form: everything works without JavaScript; ListingEnhancer makes
 * changes apply at once.
 */
export function Listing<R extends SearchRecord>({ id, path, model, searchLabel, noun, renderItem }: ListingProps<R>) {
  const formId = `${id}-form`
  const rootId = `${id}-listing`
  const state: ListingState = {
    q: model.q,
    selection: model.selection,
    sort: model.sort,
    view: model.requestedView,
    page: model.page,
  }
  const activeFilters = Object.values(model.selection).reduce((sum, values) => sum + (values?.length ?? 0), 0)
  const hasFilters = activeFilters > 0
  const labelOf = (key: string, value: string) =>
    model.groups.find((g) => g.key === key)?.options.find((o) => o.value === value)?.label ?? value
  const hrefForQuery = (q: string) => listingHref(path, state, { q, sort: '' })

  const results =
    model.view === 'thema'
      ? byTheme(model.items, model.themes).map((group, i) => {
          return (
            <section
              key={`${group.theme?.slug ?? 'geen'}-${i}`}
              className={styles.themeGroup}
              {...(group.theme ? themeVars(group.theme.colour) : {})}
              aria-labelledby={`${id}-groep-${i}`}
            >
              <h3 id={`${id}-groep-${i}`} className={styles.themeHeading}>
                {group.theme?.title ?? 'Zonder thema'}
                {i === 0 && model.continuesTheme ? <span className={styles.continued}> (vervolg)</span> : null}
              </h3>
              <ul className={styles.items}>{group.items.map((item) => renderItem(item, 4, group.theme))}</ul>
            </section>
          )
        })
      : <ul className={styles.items}>{model.items.map((item) => renderItem(item, 3))}</ul>

  return (
    <div id={rootId} className={styles.root} style={neutralVariables} aria-busy="false">
      <form id={formId} className={styles.search} method="get" action={path} role="search" aria-label={searchLabel}>
        <label htmlFor={`${id}-q`} className={styles.searchLabel}>
          {searchLabel}
        </label>
        <div className={styles.searchField}>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            defaultValue={model.q}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit">Zoeken</button>
        </div>
        {model.requestedView ? <input type="hidden" name="weergave" value={model.requestedView} /> : null}
      </form>

      <div className={styles.layout}>
        <section className={styles.filters} aria-labelledby={`${id}-filters`}>
          <h2 id={`${id}-filters`} className={styles.filtersHeading}>
            Filteren
          </h2>
          {/* Folded on small screens (the results come first), open beside them on wide ones: by CSS before the
              script runs, and by ListingEnhancer for assistive technology. Works without JavaScript. */}
          <details className={styles.filterPanel} data-filter-panel="">
            <summary className={styles.filterToggle}>
              Filters
              {activeFilters ? <span className={styles.chosen}> ({activeFilters} actief)</span> : null}
            </summary>
            {hasFilters ? (
              <p className={styles.clearAll}>
                <a href={listingHref(path, state, { selection: {} })}>Alle filters wissen</a>
              </p>
            ) : null}
            {model.groups.map((group, g) => {
              const chosen = group.options.filter((o) => o.checked).length
              if (group.options.length === 0) return null
              return (
                <details key={group.key} className={styles.group} open={chosen > 0 || g < OPEN_GROUPS}>
                  <summary>
                    {group.label}
                    {chosen ? <span className={styles.chosen}> ({chosen} gekozen)</span> : null}
                  </summary>
                  <fieldset>
                    <legend className={styles.visuallyHidden}>{group.label}</legend>
                    {group.options.map((option) => {
                      const optionId = `${id}-${group.key}-${option.value}`
                      return (
                        <div
                          key={option.value}
                          className={option.count === 0 && !option.checked ? `${styles.option} ${styles.empty}` : styles.option}
                          data-depth={option.depth}
                        >
                          <input
                            type="checkbox"
                            id={optionId}
                            name={group.key}
                            value={option.value}
                            form={formId}
                            defaultChecked={option.checked}
                          />
                          <label htmlFor={optionId}>
                            {option.label} <span className={styles.count}>({option.count})</span>
                          </label>
                        </div>
                      )
                    })}
                  </fieldset>
                </details>
              )
            })}
            <button type="submit" form={formId} className={styles.noJs}>
              Filters toepassen
            </button>
          </details>
        </section>

        <section className={styles.results} aria-labelledby={`${id}-resultaten`}>
          <h2 id={`${id}-resultaten`} className={styles.visuallyHidden}>
            Resultaten
          </h2>
          <div className={styles.toolbar}>
            <p className={styles.status} role="status">
              <strong>{counted(model.total, noun.one, noun.many)}</strong>
              {model.q && !model.onlyStopWords ? <> voor ‘{model.q}’</> : null}
              {hasFilters ? ' met de gekozen filters' : null}
              {model.pageCount > 1 ? `, pagina ${model.page} van ${model.pageCount}` : null}
            </p>
            <div className={styles.sort}>
              <label htmlFor={`${id}-sorteer`}>Sorteren</label>
              <select id={`${id}-sorteer`} name="sorteer" form={formId} defaultValue={model.sort}>
                {model.sorts.map((sort) => (
                  <option key={sort.value} value={sort.value}>
                    {sort.label}
                  </option>
                ))}
              </select>
              <button type="submit" form={formId} className={styles.noJs}>
                Sorteren
              </button>
            </div>
          </div>

          {model.groupable && model.total > 0 ? (
            <p className={styles.viewToggle}>
              Weergave:{' '}
              <a href={listingHref(path, state, { view: 'thema' })} aria-current={model.view === 'thema' ? 'true' : undefined}>
                per thema
              </a>{' '}
              <a href={listingHref(path, state, { view: 'lijst' })} aria-current={model.view === 'lijst' ? 'true' : undefined}>
                één lijst
              </a>
              {model.view === 'thema' ? <span className={styles.hint}> (een {noun.one} met meer thema’s staat onder elk ervan)</span> : null}
            </p>
          ) : null}

          {hasFilters ? (
            <ul className={styles.chips} aria-label="Gekozen filters">
              {Object.entries(model.selection).flatMap(([key, values]) =>
                (values ?? []).map((value) => (
                  <li key={`${key}-${value}`}>
                    <a
                      href={listingHref(path, state, {
                        selection: { ...model.selection, [key]: (values ?? []).filter((v) => v !== value) },
                      })}
                    >
                      {labelOf(key, value)}
                      <span aria-hidden="true"> ×</span>
                      <span className={styles.visuallyHidden}> (filter wissen)</span>
                    </a>
                  </li>
                )),
              )}
            </ul>
          ) : null}

          <Notices
            q={model.q}
            truncated={model.queryTruncated}
            onlyStopWords={
              model.onlyStopWords ? `U zocht alleen op heel gewone woorden (zoals ‘de’ of ‘van’); u ziet daarom alle ${noun.many}.` : null
            }
            corrections={model.corrections}
            partial={model.mode === 'any' && model.total > 0 ? `Geen ${noun.many} met al uw zoekwoorden; hieronder die met een deel ervan.` : null}
            ignoredFilters={model.ignoredFilters}
            adjustedPage={model.pageAdjusted && model.total > 0 ? model.page : null}
            hrefForQuery={hrefForQuery}
          />

          {model.total === 0 ? (
            <NoResults
              message={`Geen ${noun.many} gevonden${model.q && !model.onlyStopWords ? ` voor ‘${model.q}’` : ''}${hasFilters ? ' met deze filters' : ''}.`}
              suggestions={model.suggestions}
              hrefForQuery={hrefForQuery}
              clearFiltersHref={hasFilters ? listingHref(path, state, { selection: {} }) : undefined}
              themes={model.themes}
              headingLevel={3}
            />
          ) : (
            results
          )}

          <Pagination page={model.page} pageCount={model.pageCount} hrefFor={(page) => listingHref(path, state, { page })} />
        </section>
      </div>
      <Suspense fallback={null}>
        <ListingEnhancer formId={formId} rootId={rootId} />
      </Suspense>
    </div>
  )
}
