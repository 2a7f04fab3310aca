import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account (made at /admin/create-first-user) must be able to manage the rest. */
export const firstUserIsBeheerder: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'beheerder' } : data
}
