/**
 * The state of a list page lives in its URL (shareable, and the back button works): `q`, one parameter per filter
 * group (repeated for several values: `?regio=limburg&regio=antwerpen`), `sorteer`, `weergave` and `pagina`.
 * Whatever a URL holds is read defensively here; which values are real filters is decided against the index.
 */
import type { ListingRequest } from '@/features/search/queries'

export type RawParams = Record<string, string | string[] | undefined>

const MAX_VALUES = 50
const MAX_VALUE_LENGTH = 120
/** A query longer than this is cut further on (MAX_QUERY_LENGTH); this only bounds what is copied around. */
const MAX_RAW_QUERY = 1_000

const valuesOf = (params: RawParams, key: string): string[] => {
  const value = params[key]
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value]
  return list.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_VALUE_LENGTH).slice(0, MAX_VALUES)
}

export const firstOf = (params: RawParams, key: string): string | undefined => {
  const value = params[key]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : undefined
}

/** A page number from the URL: a positive integer, else 1. */
export const pageOf = (params: RawParams): number => {
  const raw = firstOf(params, 'pagina')
  return raw && /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1
}

export const readListingParams = (params: RawParams, filterKeys: readonly string[]): ListingRequest => ({
  q: (firstOf(params, 'q') ?? '').slice(0, MAX_RAW_QUERY),
  selection: Object.fromEntries(filterKeys.map((key) => [key, valuesOf(params, key)])),
  sort: firstOf(params, 'sorteer'),
  view: firstOf(params, 'weergave'),
  page: pageOf(params),
})

export interface ListingState {
  q: string
  selection: Partial<Record<string, string[]>>
  sort: string
  view: string | null
  page: number
}

/** The address of a list page in a given state; empty and default values are left out. */
export const listingHref = (path: string, state: ListingState, change: Partial<ListingState> = {}): string => {
  const next = { ...state, page: 1, ...change }
  const params = new URLSearchParams()
  if (next.q) params.set('q', next.q)
  for (const [key, values] of Object.entries(next.selection)) for (const value of values ?? []) params.append(key, value)
  if (next.sort) params.set('sorteer', next.sort)
  if (next.view) params.set('weergave', next.view)
  if (next.page > 1) params.set('pagina', String(next.page))
  const query = params.toString()
  return query ? `${path}?${query}` : path
}
