/**
 * The admin's preview button (editorialCollection's `admin.preview`) opens `/voorbeeld?collectie=topics&id=12`. For a
 * signed-in member of the editorial team (checked on the Payload session) this turns on Next.js's draft mode and goes
 * to the document's real public page, which then renders per request with the latest draft (data/preview.ts). For
 * anyone else nothing changes: a Dutch 401 page. Visitors never have draft mode, so their pages stay cached.
 */
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { CollectionSlug } from 'payload'

import { payloadClient } from '@/data/payload'
import { staffUser } from '@/data/preview'
import { instrumentPath, isSlug, materialPath, themePath, topicPath } from '@/shared/paths'

const pages: Record<string, (doc: Record<string, unknown>) => string | null> = {
  themes: (doc) => (isSlug(doc.slug) ? themePath(doc.slug) : null),
  topics: (doc) => {
    const theme = doc.theme as { slug?: unknown } | null
    return isSlug(doc.slug) && theme && isSlug(theme.slug) ? topicPath(theme.slug, doc.slug) : null
  },
  materials: (doc) => (isSlug(doc.slug) ? materialPath(doc.slug) : null),
  practices: (doc) => (isSlug(doc.slug) ? `/goede-praktijken/${doc.slug}` : null),
  partners: (doc) => (isSlug(doc.slug) ? `/partners/${doc.slug}` : null),
  instruments: (doc) => (isSlug(doc.slug) ? instrumentPath(doc.slug) : null),
}

const answer = (status: number, title: string, text: string) =>
  new Response(
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title} – Toolbox Schooluitval</title></head>` +
      `<body><main><h1>${title}</h1><p>${text}</p><p><a href="/admin">Naar het beheer</a></p></main></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )

export async function GET(request: Request) {
  const user = await staffUser(request.headers)
  if (!user) return answer(401, 'Aanmelden nodig', 'Een voorbeeld van een concept is er alleen voor de redactie. Meld u eerst aan in het beheer.')
  const search = new URL(request.url).searchParams
  const collection = search.get('collectie') ?? ''
  const id = Number(search.get('id'))
  const pathOf = pages[collection]
  if (!pathOf || !Number.isInteger(id) || id <= 0) return answer(400, 'Onbekend document', 'Dit voorbeeld verwijst niet naar een document met een eigen pagina.')
  const payload = await payloadClient()
  // As the editor, with the latest draft: their own access rules decide what they may see.
  const doc = await payload
    .findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 1, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  const path = doc ? pathOf(doc as unknown as Record<string, unknown>) : null
  if (!path) return answer(404, 'Geen pagina', 'Dit document bestaat niet (meer), of het heeft nog geen adres: vul de slug (en bij een onderwerp het thema) in.')
  ;(await draftMode()).enable()
  redirect(path)
}
