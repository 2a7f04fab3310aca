/**
 * Next.js proxy (formerly "middleware"): runs before every request to the public site. Public pages are read-only:
 * only GET and HEAD reach them. Next.js would otherwise try to decode any POST to a page as a server action and
 * answer a malformed one with a 500; the site uses no server actions, so such requests get a plain Dutch 405.
 * The contribution form posts to its own route handler, which reads the request itself. The admin panel and the
 * REST API (Payload, which does use server actions and writes) are left alone.
 */
import { NextResponse, type NextRequest } from 'next/server'

const writable = ['/bijdragen/verzenden']

export function proxy(request: NextRequest) {
  const { method } = request
  if (method === 'GET' || method === 'HEAD' || writable.includes(request.nextUrl.pathname)) return NextResponse.next()
  return new NextResponse('Deze pagina kan alleen gelezen worden. Ga naar de pagina zelf om verder te gaan.', {
    status: 405,
    headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
  })
}

export const config = {
  // Everything except the admin panel, the REST API and Next.js's own files.
  matcher: ['/((?!admin|api|_next/).*)'],
}
