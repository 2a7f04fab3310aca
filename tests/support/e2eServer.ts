/**
 * Global setup of the browser tests: the built app on a fresh SQLite database (tests/support/app.ts).
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
  const app = await startApp()
  project.provide('baseURL', app.baseURL)
  project.provide('databaseURL', app.databaseURL)
  project.provide('mediaDir', app.mediaDir)
  return app.stop
}
