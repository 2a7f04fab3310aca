/**
 * Seeds the database: `npm run seed` (adds whatever seed content is missing) or, as `npm start` does,
 * `npm run seed -- --if-empty` (only on a fresh database). Run through `payload run`, which loads the config.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { isEmpty, seed } from './seed'

const payload = await getPayload({ config })
try {
  if (process.argv.includes('--if-empty') && !(await isEmpty(payload))) {
    payload.logger.info('Seed: the database already has content; nothing to do.')
  } else {
    const { created } = await seed(payload)
    payload.logger.info(`Seed: created ${JSON.stringify(created)}`)
  }
} finally {
  await payload.destroy()
}
