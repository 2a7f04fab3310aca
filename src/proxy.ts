/**
 * Next.js proxy (formerly "middleware"): runs before every request except Next.js's own files. Public pages are
 * read-only: only GET and HEAD reach them. Next.js would otherwise try to decode any POST to a page as a server
 * action and answer a malformed one with a 500; the site uses no server actions, so such requests get a plain
 * Dutch 405. The contribution form posts to its own route handler, which reads the request itself. An address that
 * cannot be percent-decoded (`/themas/%zz`), which Next.js would answer with a 500, shows the Dutch 404 page. The home
 * page is rewritten to its cached variant per state (`homeRewrite`). The admin
 * panel and the REST API (Payload, which does use server actions and writes) are left alone: a proxy would hold their
 * upload bodies in memory (scripts/serve.mjs refuses undecodable addresses there).
 */
import { NextResponse, type NextRequest } from 'next/server'

import { isSlug } from '@/shared/paths'

const writable = ['/bijdragen/verzenden']

const decodes = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** Where an undecodable address is sent: a path no page has, so the site renders its own not-found page. */
const notFoundPath = '/niet-gevonden'

/**
 * The cached home page, one per state (app/(frontend)/startpagina). Not hidden: Next.js runs the proxy again on the
 * rewritten address, and /startpagina/… is the same page as `/?…`, whose canonical link it names.
 */
const homeStatePath = '/startpagina'

/**
 * `/?thema=a&weergave=b` → `/startpagina/a/b`: the home page's state as path segments, so that each state is one page
 * in Next.js's cache. A theme that cannot be a slug is no theme (`-`); a view other than kaart or lijst is `auto`.
 * The page itself still checks the theme against the published ones.
 */
export const homeRewrite = (search: URLSearchParams): string => {
  const thema = search.get('thema')
  const weergave = search.get('weergave')
  return `${homeStatePath}/${isSlug(thema) ? thema : '-'}/${weergave === 'kaart' || weergave === 'lijst' ? weergave : 'auto'}`
}

export function proxy(request: NextRequest) {
  const { method } = request
  const { pathname } = request.nextUrl
  if (method === 'GET' || method === 'HEAD') {
    // The query string goes along (a cached page ignores it; Next.js's own `_rsc` parameter must stay).
    if (pathname === '/') return NextResponse.rewrite(new URL(`${homeRewrite(request.nextUrl.searchParams)}${request.nextUrl.search}`, request.url))
    return decodes(pathname) ? NextResponse.next() : NextResponse.rewrite(new URL(notFoundPath, request.url))
  }
  if (writable.includes(pathname)) return NextResponse.next()
  return new NextResponse('Deze pagina kan alleen gelezen worden. Ga naar de pagina zelf om verder te gaan.', {
    status: 405,
    headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
  })
}

export const config = {
  // Everything except the admin panel, the REST API, Next.js's own files and the contribution form's endpoint: a
  // proxy holds a request's body in memory and cuts it off at 10 MB, and a contribution may carry a 20 MB file (the
  // route handler reads and limits the body itself).
  matcher: ['/((?!admin|api|_next/|bijdragen/verzenden$).*)'],
}
