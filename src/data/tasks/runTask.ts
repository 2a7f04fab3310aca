/**
 * Runs one operational task (`npm run migrate`, `npm run seed`) against the configured database and exits
 * with its result. Started through scripts/run-task.mjs (tsx + a keep-alive preload). The server itself does
 * not need these: it migrates and seeds at start-up (src/instrumentation.ts).
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { taskLoaded } from './loaded'

export const runTask = async (name: string, task: (payload: Payload) => Promise<void>) => {
  taskLoaded()
  try {
    const payload = await getPayload({ config })
    try {
      await task(payload)
    } finally {
      await payload.destroy()
    }
    process.exit(0)
  } catch (error) {
    console.error(`${name} failed:`, error)
    process.exit(1)
  }
}
