/**
 * Payload's local API on the running app's own database and media folder (started by tests/support/e2eServer.ts),
 * for browser tests that write or read content as an editor would through the admin.
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, inject } from 'vitest'

import { appSecret } from './app'

/**
 * Registers the hooks that open Payload before the file's tests and close it after them; `payload` is there from
 * the first beforeAll on. `key` names this file's instance in Payload's cache.
 */
export const useAppPayload = (key: string): { readonly payload: Payload } => {
  let payload: Payload | undefined
  beforeAll(async () => {
    process.env.DATABASE_URL = inject('databaseURL')
    process.env.MEDIA_DIR = inject('mediaDir')
    process.env.PAYLOAD_SECRET ??= appSecret
    // Imported after the environment is set: the config reads it when it loads.
    const { default: config } = await import('@payload-config')
    payload = await getPayload({ config, key })
  })
  afterAll(async () => {
    await payload?.destroy()
  })
  return {
    get payload() {
      if (!payload) throw new Error('Payload opens in beforeAll: use it inside hooks and tests.')
      return payload
    },
  }
}
