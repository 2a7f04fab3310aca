/**
 * Global setup of the browser tests: the built app on a fresh SQLite database (tests/support/app.ts), behind one
 * trusted proxy as far as it knows.
 * Tests read the address with `inject('baseURL')`.
 */
import type { TestProject } from 'vitest/node'

import { startApp } from './app'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    databaseURL: string
    mediaDir: string
  }
}

export default async function setup(project: TestProject) {
  // As behind one reverse proxy: a test may speak as another client (X-Forwarded-For) or over https
  // (X-Forwarded-Proto); without those headers a request comes from 127.0.0.1 over http.
  const app = await startApp({ env: { TRUSTED_PROXY_HOPS: '1' } })
  project.provide('baseURL', app.baseURL)
  project.provide('databaseURL', app.databaseURL)
  project.provide('mediaDir', app.mediaDir)
  return app.stop
}
