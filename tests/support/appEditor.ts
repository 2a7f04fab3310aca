/**
 * An editor on the running app's REST API (tests/support/e2eServer.ts), for browser tests that change content. Writes
 * go through the app, as the admin panel's do, so its hooks run: the app's cached pages are expired by them
 * (src/data/cache/freshPages.ts). A write through Payload's local API from the test process would change the
 * database behind the app's back, and its cached pages would not know.
 */
import { afterAll, beforeAll, inject } from 'vitest'

import type { useAppPayload } from './appPayload'

export type AppRest = (method: string, path: string, json?: unknown) => Promise<Response>

/** Registers hooks that make a redacteur (`name` keeps files apart) and sign them in; remove them afterwards. */
export const useAppEditor = (app: ReturnType<typeof useAppPayload>, name: string): { readonly rest: AppRest; readonly account: { email: string; password: string } } => {
  const baseURL = inject('baseURL')
  const account = { email: `${name}@toolbox.test`, password: `${name}-Wachtwoord-2026` }
  let token: string | undefined
  let userId: number | undefined
  beforeAll(async () => {
    userId = (await app.payload.create({ collection: 'users', data: { ...account, name, role: 'redacteur' } })).id
    const login = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) })
    token = ((await login.json()) as { token?: string }).token
    if (!token) throw new Error(`The app did not sign ${account.email} in (${login.status})`)
  })
  afterAll(async () => {
    if (userId !== undefined) await app.payload.delete({ collection: 'users', id: userId }).catch(() => undefined)
  })
  const rest: AppRest = async (method, path, json) => {
    if (!token) throw new Error('The editor signs in in beforeAll: use rest inside hooks and tests.')
    return fetch(`${baseURL}${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    })
  }
  return { rest, account }
}
