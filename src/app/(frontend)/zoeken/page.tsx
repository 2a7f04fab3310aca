import type { Metadata } from 'next'

import { firstOf, pageOf, type RawParams } from '@/features/library/ui/params'
import { Pagination } from '@/features/library/ui/Pagination'
import { ResultItem, themesOf } from '@/features/search/ui/ResultItem'
import { neutralVariables } from '@/shared/design/neutralVariables'
import { counted } from '@/shared/format'
import { MaterialActions, materialFacts } from '@/features/search/ui/MaterialParts'
import { NoResults } from '@/features/search/ui/NoResults'
import { Notices } from '@/features/search/ui/Notices'
import styles from '@/features/search/ui/Search.module.css'
import { Unavailable } from '@/features/search/ui/Unavailable'
import { feedAlternate } from '@/shared/layout/metadata'
import { ThemeLinks } from '@/shared/layout/ThemeLinks'
import { labelOf, partnerTypes } from '@/shared/vocabulary'
import { getSearchIndex, scopes, searchSite, type SiteSearchResult } from '@/features/search/queries'
import { MAX_QUERY_LENGTH, type SearchRecord, type ThemeInfo } from '@/features/search/engine'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<RawParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (firstOf(await searchParams, 'q') ?? '').trim().slice(0, 80)
  // Result pages are not for search engines; the empty search page is.
  return q ? { title: `Zoeken: ${q}`, robots: { index: false } } : { title: 'Zoeken', alternates: { canonical: '/zoeken', types: feedAlternate } }
}

const searchHref = (q: string, scope?: string | null, page = 1) => {
  const params = new URLSearchParams({ q })
  if (scope) params.set('in', scope)
  if (page > 1) params.set('pagina', String(page))
  return `/zoeken?${params}`
}

/** Where a whole type can be searched with its own filters. */
const listPath: Partial<Record<SearchRecord['type'], string>> = {
  material: '/materialen',
  practice: '/goede-praktijken',
  partner: '/partners',
}

function Result({ record, view, themes, level }: { record: SearchRecord; view: SiteSearchResult['groups'][number]['items'][number]['view']; themes: ThemeInfo[]; level: 2 | 3 }) {
  const own = themesOf(record.themes, themes)
  const common = {
    level,
    href: record.url,
    title: view.title,
    accent: own[0],
    excerpt: view.excerpt,
    fallback: record.lead,
    themes: own,
  }
  switch (record.type) {
    case 'topic':
      return <ResultItem {...common} meta={[own[0]?.title, record.inProgress ? 'in ontwikkeling' : null]} themes={[]} />
    case 'material':
      return (
        <ResultItem {...common} meta={materialFacts(record)} note={view.excerptFromBody ? 'Gevonden in de tekst van het bestand.' : null}>
          <MaterialActions material={record} />
        </ResultItem>
      )
    case 'practice':
      return <ResultItem {...common} meta={[record.organiser, record.locality]} />
    case 'partner':
      return <ResultItem {...common} meta={[labelOf(partnerTypes, record.partnerType), record.locality]} />
    case 'instrument':
      return <ResultItem {...common} meta={['Instrument', record.madeBy]} note={view.excerptFromBody ? 'Gevonden in de stappen en vragen.' : null} />
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const q = firstOf(params, 'q') ?? ''
  let result: SiteSearchResult | null = null
  try {
    result = searchSite(await getSearchIndex(), { q: q.slice(0, 1000), scope: firstOf(params, 'in'), page: pageOf(params) })
  } catch {
    result = null
  }

  return (
    <div className={styles.root} style={neutralVariables}>
      <h1>Zoeken</h1>
      <form className={styles.form} action="/zoeken" method="get" role="search" aria-label="In de hele toolbox">
        <label htmlFor="zoekterm">Zoek in onderwerpen, materialen (ook in de bestanden), goede praktijken en partners</label>
        <div className={styles.field}>
          <input id="zoekterm" type="search" name="q" defaultValue={result?.q ?? ''} maxLength={MAX_QUERY_LENGTH} autoComplete="off" enterKeyHint="search" />
          <button type="submit">Zoeken</button>
        </div>
      </form>

      {!result ? (
        <Unavailable what="De zoekresultaten" />
      ) : !result.hasWords ? (
        <>
          {result.onlyStopWords ? (
            <p className={styles.notices}>
              U zocht alleen op heel gewone woorden (zoals ‘de’ of ‘van’). Probeer een woord dat zegt waarover het gaat, bijvoorbeeld
              ‘afwezigheden’ of ‘warme overdracht’.
            </p>
          ) : (
            <p>Typ een of meer woorden, bijvoorbeeld ‘spijbelen’, ‘ouders’ of ‘vroegdetectie’. Elk woord moet voorkomen.</p>
          )}
          <h2>Of begin bij een thema</h2>
          <ThemeLinks themes={result.themes} className={styles.themeLinks} />
        </>
      ) : (
        <>
          <p className={styles.status} role="status">
            <strong>{counted(result.total, 'resultaat', 'resultaten')}</strong> voor ‘{result.q}’
          </p>
          <Notices
            q={result.q}
            truncated={result.queryTruncated}
            corrections={result.corrections}
            partial={result.mode === 'any' && result.total > 0 ? 'Niets bevat al uw zoekwoorden; hieronder wat er een deel van bevat.' : null}
            adjustedPage={result.pageAdjusted && result.total > 0 ? result.page : null}
            hrefForQuery={(q) => searchHref(q, result.scope)}
          />
          {result.total > 0 ? (
            <nav className={styles.scopes} aria-label="Soort resultaat">
              <ul>
                <li>
                  <a href={searchHref(result.q)} aria-current={result.scope === null ? 'page' : undefined}>
                    Alles <span className={styles.count}>({result.total})</span>
                  </a>
                </li>
                {scopes.map((s) => (
                  <li key={s.value}>
                    {result.counts[s.value] ? (
                      <a href={searchHref(result.q, s.value)} aria-current={result.scope === s.value ? 'page' : undefined}>
                        {s.label} <span className={styles.count}>({result.counts[s.value]})</span>
                      </a>
                    ) : (
                      <span className={styles.none}>
                        {s.label} <span className={styles.count}>(0)</span>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}

          {result.total === 0 ? (
            <NoResults
              message={`Niets gevonden voor ‘${result.q}’.`}
              suggestions={result.suggestions}
              hrefForQuery={(suggestion) => searchHref(suggestion)}
              themes={result.themes}
            />
          ) : (
            result.groups.map((group) => {
              const path = listPath[group.scope.type]
              return (
                <section key={group.scope.value} className={styles.group} aria-labelledby={`groep-${group.scope.value}`}>
                  <h2 id={`groep-${group.scope.value}`}>
                    {group.scope.label} <span className={styles.count}>({group.total})</span>
                  </h2>
                  {group.items.length ? (
                    <ul className={styles.items}>
                      {group.items.map(({ record, view }) => (
                        <Result key={record.key} record={record} view={view} themes={result.themes} level={3} />
                      ))}
                    </ul>
                  ) : (
                    <p>Geen {group.scope.many} voor ‘{result.q}’.</p>
                  )}
                  {!result.scope && group.total > group.items.length ? (
                    <p className={styles.more}>
                      <a href={searchHref(result.q, group.scope.value)}>
                        Alle {counted(group.total, group.scope.one, group.scope.many)} tonen
                      </a>
                    </p>
                  ) : null}
                  {path && group.total > 0 ? (
                    <p className={styles.more}>
                      <a href={`${path}?q=${encodeURIComponent(result.q)}`}>
                        Verfijn met filters bij {group.scope.label.toLowerCase()}
                      </a>
                    </p>
                  ) : null}
                </section>
              )
            })
          )}
          {result.scope ? (
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => searchHref(result.q, result.scope, page)} />
          ) : null}
        </>
      )}
    </div>
  )
}
