/**
 * Payload's REST API without a server: requests go through `handleEndpoints`, the same handler the Next.js route
 * (src/app/(payload)/api/[...slug]/route.ts) calls, on the test's Payload instance. Lets integration tests check
 * what a client can do over HTTP (query strings, multipart bodies, the file route) on a fresh database.
 */
import { handleEndpoints } from 'payload'

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
