/**
 * Who a public page reads as. Normally an anonymous visitor (`overrideAccess: false`: published documents only),
 * so the page can be cached for everyone. In Next.js's draft mode — which only `/voorbeeld` turns on, for a signed-in
 * member of the editorial team — the page renders per request (Next.js bypasses its cache for it) and reads the
 * latest drafts as that user, through the same access rules. A draft-mode cookie left after signing out reads as a
 * visitor again: the session is checked on every request.
 */
import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { isRole } from '@/data/access/roles'
import { payloadClient } from '@/data/payload'

export type PageReader = { overrideAccess: false; draft?: true; user?: TypedUser }

export const asVisitor = { overrideAccess: false } as const

/** Draft mode is on for this request (false outside a request: tests, scripts). */
export const inPreview = async (): Promise<boolean> => {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

/** The signed-in member of the editorial team making this request, or null. */
export const staffUser = async (requestHeaders: Headers): Promise<TypedUser | null> => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return user && isRole(user, 'beheerder', 'redacteur', 'auteur') ? user : null
}

/** How this request's page reads documents: as a visitor, or in preview as the editor with drafts. Once per request. */
export const pageReader = cache(async (): Promise<PageReader> => {
  // Only in draft mode are the request's headers read: reading them otherwise would make every page dynamic.
  if (!(await inPreview())) return asVisitor
  const user = await staffUser(await headers())
  return user ? { overrideAccess: false, draft: true, user } : asVisitor
})
