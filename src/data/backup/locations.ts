import path from 'node:path'

import type { DataLocations } from './backup'

/**
 * Where this installation keeps its data, from the same variables the app reads: DATABASE_URL, MEDIA_DIR, and
 * PAYLOAD_SECRET_FILE for the generated secret (default data/.payload-secret, where `npm start` writes it).
 */
export const dataLocations = (env = process.env): DataLocations => ({
  databaseUrl: env.DATABASE_URL || `file:${path.join(process.cwd(), 'data', 'toolbox.db')}`,
  mediaDir: path.resolve(env.MEDIA_DIR ?? path.join(process.cwd(), 'data', 'media')),
  secretFile: path.resolve(env.PAYLOAD_SECRET_FILE ?? path.join(process.cwd(), 'data', '.payload-secret')),
})
