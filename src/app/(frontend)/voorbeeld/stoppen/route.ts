/** Ends an editor's preview (draft mode) and goes back to the page as visitors see it (`?pad=`, a path on this site). */
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const pad = new URL(request.url).searchParams.get('pad') ?? '/'
  // Only a path on this site: never `//elsewhere` or an absolute address.
  redirect(pad.startsWith('/') && !pad.startsWith('//') && !pad.startsWith('/\\') ? pad : '/')
}
