/**
 * Payload's REST API without a server: requests go through `handleEndpoints`, the same handler the Next.js route
 * (src/app/(payload)/api/[...slug]/route.ts) calls, on the test's Payload instance. Lets integration tests check
 * what a client can do over HTTP (query strings, multipart bodies, the file route) on a fresh database.
 */
import { handleEndpoints } from 'payload'

import { clientAddressHeader, clientProtocolHeader } from '@/data/rateLimits/clientAddress'
import { withRateLimits } from '@/data/rateLimits/restApi'
import type { TestPayload } from './payload'

export type Rest = (
  method: string,
  path: string,
  init?: { token?: string; body?: BodyInit; json?: unknown; contentType?: string },
) => Promise<Response>

export const restClient =
  (test: TestPayload): Rest =>
  async (method, path, init = {}) => {
    // Imported late: the config reads the environment sqlitePayload()/postgresPayload() set.
    const { default: config } = await import('@payload-config')
    const headers = new Headers()
    if (init.token) headers.set('authorization', `JWT ${init.token}`)
    if (init.contentType) headers.set('content-type', init.contentType)
    let body = init.body
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(init.json)
    }
    const request = new Request(new URL(path, 'http://localhost:3000'), { method, headers, body })
    return handleEndpoints({ config, request, payloadInstanceCacheKey: test.key })
  }

/** A signed-in user's token, for the `Authorization: JWT …` header. */
export const tokenFor = async (test: TestPayload, email: string, password: string): Promise<string> => {
  const { token } = await test.payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`No token for ${email}`)
  return token
}

export interface RouteInit {
  /** The client address the trusted proxy vouches for (rate limits count per address). */
  client: string
  json?: unknown
  https?: boolean
  method?: string
}

/**
 * The REST API as the Next.js route serves it: behind the rate limits (src/data/rateLimits/restApi.ts), from the
 * client address given — what a visitor's request meets, without a server.
 */
export const routeClient = (test: TestPayload) => async (path: string, init: RouteInit): Promise<Response> => {
  const { default: config } = await import('@payload-config')
  const handler = withRateLimits(async () => test.payload, (request: Request) => handleEndpoints({ config, request, payloadInstanceCacheKey: test.key }))
  const headers = new Headers({ [clientAddressHeader]: init.client, 'content-type': 'application/json' })
  if (init.https) headers.set(clientProtocolHeader, 'https')
  // What a client writes itself changes nothing.
  headers.set('x-forwarded-for', `198.51.100.${Math.floor(Math.random() * 250)}`)
  const request = new Request(new URL(path, 'http://localhost:3000'), { method: init.method ?? 'POST', headers, body: JSON.stringify(init.json ?? {}) })
  return handler(request, {})
}
