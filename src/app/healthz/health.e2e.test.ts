/**
 * /healthz and /readyz on the built app, as a load balancer calls them: JSON, never cached, HEAD too; the
 * read-only rule for pages (src/proxy.ts) leaves them answering.
 */
import { describe, expect, inject, it } from 'vitest'

const baseURL = inject('baseURL')

describe('health endpoints', () => {
  it('/healthz answers that the process is up, uncached', async () => {
    const response = await fetch(`${baseURL}/healthz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok' })
    expect((await fetch(`${baseURL}/healthz`, { method: 'HEAD' })).status).toBe(200)
  })

  it('/readyz answers ready on the migrated, seeded database, uncached', async () => {
    const response = await fetch(`${baseURL}/readyz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ready', migrations: expect.any(Number) })
    expect((await fetch(`${baseURL}/readyz`, { method: 'HEAD' })).status).toBe(200)
  })
})
