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

/**
 * Refuses a malformed `where` with a 400 before it reaches the database, which would fail on it with a 500: a key
 * given twice in a query string (`?where[title][equals]=a&where[title][equals]=b`) becomes a list where one value
 * belongs, an object where a value belongs, `near` on a text field.
 */
export const wellFormedWhere: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: unknown }).where
  if (where === undefined || where === null) return args
  const problem = whereProblem(where)
  if (problem) throw new APIError(`Ongeldige zoekvoorwaarde (where): ${problem}.`, 400, undefined, true)
  return args
}

/** Adds the check to a collection (payload.config.ts applies it to every collection). */
export const withWellFormedWhere = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [wellFormedWhere, ...(collection.hooks?.beforeOperation ?? [])] },
})
