import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField } from 'payload'

/** Operators that compare with one value, and those that take a list (or one value, or a comma-separated string). */
const oneValue = new Set(['equals', 'not_equals', 'like', 'not_like', 'contains', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'exists'])
const listOrValue = new Set(['in', 'not_in', 'all'])
/** Location operators: the content model has no point fields, so they never apply. */
const locationOnly = new Set(['near', 'within', 'intersects'])
const maxDepth = 10

const isValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A value a date field can be compared with: a number (a timestamp) or a text JavaScript reads as a date. */
const isDate = (value: unknown) =>
  value === null || typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(new Date(value).getTime()))

/** The paths of a collection's date fields (createdAt, updatedAt and its own), groups and named tabs included. */
export const datePaths = (fields: FlattenedField[], prefix = ''): Set<string> => {
  const paths = new Set<string>()
  for (const field of fields) {
    if (field.type === 'date') paths.add(`${prefix}${field.name}`)
    if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) {
      for (const path of datePaths(field.flattenedFields, `${prefix}${field.name}.`)) paths.add(path)
    }
  }
  return paths
}

/**
 * What is wrong with a where clause's shape, or null. Paths and operator names are Payload's to check; a date field
 * compared with something that is no date is ours (SQLite's adapter fails on it, PostgreSQL's silently drops the
 * condition and finds everything else).
 */
export const whereProblem = (where: unknown, depth = 0, dates: ReadonlySet<string> = new Set()): string | null => {
  if (depth > maxDepth) return 'te diep genest'
  if (!isObject(where)) return 'een voorwaarde moet een object zijn'
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
      if (!list) return `${key} verwacht een lijst van voorwaarden`
      for (const part of list) {
        const problem = whereProblem(part, depth + 1, dates)
        if (problem) return problem
      }
      continue
    }
    if (!isObject(value)) return `${key}: geef een operator (bv. equals)`
    for (const [operator, operand] of Object.entries(value)) {
      if (locationOnly.has(operator)) return `${key}.${operator} geldt alleen voor locaties`
      if (oneValue.has(operator) && !isValue(operand)) return `${key}.${operator} verwacht één waarde`
      if (listOrValue.has(operator) && !(isValue(operand) || (Array.isArray(operand) && operand.every(isValue)))) {
        return `${key}.${operator} verwacht een lijst van waarden`
      }
      if (dates.has(key) && operator !== 'exists' && (oneValue.has(operator) || listOrValue.has(operator))) {
        const values = Array.isArray(operand) ? operand : listOrValue.has(operator) && typeof operand === 'string' ? operand.split(',') : [operand]
        if (!values.every(isDate)) return `${key}.${operator} verwacht een datum (bv. 2026-09-01)`
      }
      // Anything else is a nested path ({ breadcrumbs: { doc: { equals } } }) or an operator Payload itself refuses.
      if (!oneValue.has(operator) && !listOrValue.has(operator) && isObject(operand)) {
        const problem = whereProblem({ [operator]: operand }, depth + 1)
        if (problem) return problem
      }
    }
  }
  return null
}

/** `limit` and `page` are whole numbers (or left out); a key given twice makes them a list. */
const pagingProblem = (args: { limit?: unknown; page?: unknown }): string | null => {
  for (const key of ['limit', 'page'] as const) {
    const value = args[key]
    if (value === undefined || value === null || value === '') continue
    if (!(typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value)))) return `${key} verwacht één geheel getal`
  }
  return null
}

/**
 * Refuses a malformed query with a 400 before it reaches the database, which would fail on it with a 500: a key
 * given twice in a query string (`?where[title][equals]=a&where[title][equals]=b`, `?limit=1&limit=2`) becomes a list
 * where one value belongs, an object where a value belongs, `near` on a text field, a date that is none
 * (`?where[createdAt][equals]=geen-datum`).
 */
export const wellFormedQuery: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { where, limit, page } = args as { where?: unknown; limit?: unknown; page?: unknown }
  const dates = datePaths(collection.flattenedFields)
  const problem = (where === undefined || where === null ? null : whereProblem(where, 0, dates)) ?? pagingProblem({ limit, page })
  if (problem) throw new APIError(`Ongeldige zoekvraag: ${problem}.`, 400, undefined, true)
  return args
}

/** Adds the check to a collection (payload.config.ts applies it to every collection). */
export const withWellFormedQuery = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [wellFormedQuery, ...(collection.hooks?.beforeOperation ?? [])] },
})
