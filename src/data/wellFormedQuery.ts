import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

/** Operators that compare with one value, and those that take a list (or one value, or a comma-separated string). */
const oneValue = new Set(['equals', 'not_equals', 'like', 'not_like', 'contains', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'exists'])
const listOrValue = new Set(['in', 'not_in', 'all'])
/** Location operators: the content model has no point fields, so they never apply. */
const locationOnly = new Set(['near', 'within', 'intersects'])
const maxDepth = 10

const isValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What is wrong with a where clause's shape, or null. Paths and operator names are Payload's to check. */
export const whereProblem = (where: unknown, depth = 0): string | null => {
  if (depth > maxDepth) return 'te diep genest'
  if (!isObject(where)) return 'een voorwaarde moet een object zijn'
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
      if (!list) return `${key} verwacht een lijst van voorwaarden`
      for (const part of list) {
        const problem = whereProblem(part, depth + 1)
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
 * where one value belongs, an object where a value belongs, `near` on a text field.
 */
export const wellFormedQuery: CollectionBeforeOperationHook = ({ args }) => {
  const { where, limit, page } = args as { where?: unknown; limit?: unknown; page?: unknown }
  const problem = (where === undefined || where === null ? null : whereProblem(where)) ?? pagingProblem({ limit, page })
  if (problem) throw new APIError(`Ongeldige zoekvraag: ${problem}.`, 400, undefined, true)
  return args
}

/** Adds the check to a collection (payload.config.ts applies it to every collection). */
export const withWellFormedQuery = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [wellFormedQuery, ...(collection.hooks?.beforeOperation ?? [])] },
})
