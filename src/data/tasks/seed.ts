/**
 * `npm run seed` adds whatever seed content is missing; `npm run seed -- --if-empty` (what `npm start` runs)
 * seeds only a fresh database, so content an editor deleted is not brought back at the next start.
 */
import { runTask } from './runTask'
import { isEmpty, seed } from '@/data/seed/seed'

await runTask('seed', async (payload) => {
  if (process.argv.includes('--if-empty') && !(await isEmpty(payload))) {
    payload.logger.info('Seed: the database already has content; nothing to do.')
    return
  }
  const { created } = await seed(payload)
  payload.logger.info(`Seed: created ${JSON.stringify(created)}`)
})
