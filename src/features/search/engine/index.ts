/**
 * The site search: Dutch analysis, an in-memory index per app instance, queries with filters and highlighting,
 * and freshness across instances. Pure TypeScript: no Payload, no React. src/features/search/queries.ts feeds it from the
 * database; see README.md in this folder for the design.
 */
export { buildIndex, updateIndex, type SearchIndex } from './build'
export { applyFacets, type Selection } from './facets'
export { createFresh, type Fresh, type FreshnessOptions } from './freshness'
export { plain, type Segment } from './highlight'
export { compareTitles, describeHit, list, paginate, themeEntries, type HitView, type ListRequest, type ListResult } from './list'
export {
  MAX_QUERY_LENGTH,
  parseQuery,
  runQuery,
  suggestQueries,
  type Correction,
  type Hit,
  type ParsedQuery,
  type QueryOutcome,
} from './query'
export * from './records'
