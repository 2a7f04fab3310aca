/**
 * A Payload relation arrives as a bare id (depth 0, or a related draft a visitor may not read) or as the related
 * document (depth ≥ 1). These read either form; pure, so the search engine, the queries and the hooks share them.
 */

export type Id = number | string

const isId = (value: unknown): value is Id => typeof value === 'number' || typeof value === 'string'

/** The id a relation value points to: the value itself, or the document's id; undefined for anything else. */
export function idOf<I extends Id>(value: I | { id: I } | null | undefined): I | undefined
export function idOf(value: unknown): Id | undefined
export function idOf(value: unknown): Id | undefined {
  if (isId(value)) return value
  if (typeof value === 'object' && value !== null && 'id' in value && isId(value.id)) return value.id
  return undefined
}

/** The ids of a has-many relation, in order; values that point nowhere are left out. */
export function idsOf<I extends Id>(list: readonly (I | { id: I })[] | null | undefined): I[]
export function idsOf(list: unknown): Id[]
export function idsOf(list: unknown): Id[] {
  return Array.isArray(list) ? list.map((value: unknown) => idOf(value)).filter((id): id is Id => id !== undefined) : []
}

/** The related documents of a has-many relation that came back populated; bare ids (e.g. drafts) are left out. */
export const populated = <T extends object>(list: unknown): T[] =>
  Array.isArray(list) ? list.filter((item): item is T => typeof item === 'object' && item !== null) : []
