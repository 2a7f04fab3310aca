/**
 * POST /api/link-checks/nu-controleren: the admin's "Nu controleren" button. Queues a link check (unless one is
 * already waiting or running) and starts it at once in the background; the answer is a Dutch message for the button.
 */
import type { Endpoint } from 'payload'

import { isRole } from '@/data/access/roles'
import { linkCheckQueue, linkCheckTaskSlug } from './job'

export const checkNowPath = '/nu-controleren'

export const checkNowEndpoint: Endpoint = {
  path: checkNowPath,
  method: 'post',
  handler: async (req) => {
    if (!isRole(req.user, 'beheerder', 'redacteur', 'auteur')) {
      return Response.json({ message: 'Meld u aan als lid van de redactie om de links te laten controleren.' }, { status: 403 })
    }
    const { payload } = req
    const waiting = await payload.find({
      collection: 'payload-jobs',
      // Waiting to run now, or running; the weekly check scheduled for later does not count.
      where: {
        and: [
          { taskSlug: { equals: linkCheckTaskSlug } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { or: [{ processing: { equals: true } }, { waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
        ],
      },
      limit: 1,
      depth: 0,
    })
    if (waiting.docs.length > 0) {
      return Response.json({ message: 'Er loopt al een controle. De resultaten verschijnen hier zodra ze klaar zijn.', queued: false }, { status: 202 })
    }
    const job = await payload.jobs.queue({ task: linkCheckTaskSlug, input: {}, queue: linkCheckQueue })
    // Not awaited: checking every link takes minutes; the autoRun would also pick the job up within a minute.
    void payload.jobs.runByID({ id: job.id }).catch((error: unknown) => payload.logger.error({ err: error }, 'Link check failed'))
    return Response.json({ message: 'De controle is gestart. De lijst wordt vanzelf bijgewerkt; alle links controleren kan enkele minuten duren.', queued: true }, { status: 202 })
  },
}
