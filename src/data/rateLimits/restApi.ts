/**
 * The REST API's writes behind the rate limits (limits.ts), per client address: sign-in and the password-reset
 * requests under `login` (a successful sign-in is given back, so only failures count), every other write under
 * `apiWrites`. Reads are not counted. Over a limit: 429, Retry-After and a Dutch JSON message in Payload's error
 * shape, which the admin's sign-in form shows as it is.
 *
 * It also marks the session cookie `Secure` when the site is reached over https (a trusted proxy's
 * X-Forwarded-Proto, or an https SITE_URL): Payload's own `cookies.secure` is one fixed setting, and the same
 * build may run behind TLS or, in tests and on a laptop, over plain http.
 */
import type { Payload } from 'payload'

import { siteUrl } from '@/shared/site'
import { clientAddressOf, overHttps } from './clientAddress'
import { giveBack, hit, tooManyJson } from './limits'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const authPaths = /^\/api\/users\/(login|forgot-password|reset-password)\/?$/

/** Adds `Secure` to each Set-Cookie that lacks it. */
const secureCookies = (response: Response): Response => {
  const cookies = response.headers.getSetCookie()
  if (cookies.length === 0) return response
  const headers = new Headers(response.headers)
  headers.delete('set-cookie')
  for (const cookie of cookies) headers.append('set-cookie', /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

export const withRateLimits =
  <Context>(payload: () => Promise<Payload>, handler: Handler<Context>): Handler<Context> =>
  async (request, context) => {
    const client = clientAddressOf(request)
    const { pathname } = new URL(request.url)
    const signIn = authPaths.test(pathname)
    const instance = await payload()
    const counted = await hit(instance, signIn ? 'login' : 'apiWrites', client)
    if (!counted.allowed) {
      return tooManyJson(
        signIn ? 'Te veel aanmeldpogingen vanaf dit adres.' : 'Te veel wijzigingen vanaf dit adres in korte tijd.',
        counted.retryAfterSeconds,
      )
    }
    const response = await handler(request, context)
    if (signIn && pathname.includes('/login') && response.ok) await giveBack(instance, 'login', client)
    return overHttps(request, siteUrl) ? secureCookies(response) : response
  }
