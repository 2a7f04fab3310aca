/**
 * The link check on Payload's jobs queue: the task `checkLinks` in the queue `links`, scheduled weekly (Monday 03:00
 * by default, `LINK_CHECK_CRON` to change it) and queued on demand by the admin's "Nu controleren" button
 * (checkNow.ts) or run by `npm run links`. The server's autoRun picks queued link checks up every minute.
 */
import type { JobsConfig, TaskConfig } from 'payload'

import { isRole } from '@/data/access/roles'
import { siteUrl } from '@/shared/site'
import type { CheckOptions } from './check'
import { runLinkCheck } from './run'

export const linkCheckQueue = 'links'
export const linkCheckTaskSlug = 'checkLinks' as const

/** A number of milliseconds from the environment, when it is set to one. */
const milliseconds = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined)

/**
 * How the job checks: the client's defaults (15 s per request, 1 s between two requests to one host), changed with
 * LINK_CHECK_TIMEOUT_MS and LINK_CHECK_PAUSE_MS; the User-Agent names the site, so a webmaster knows who asks.
 * Only public addresses are checked; LINK_CHECK_ALLOW_PRIVATE lists private ones allowed after all (tests only).
 */
export const linkCheckOptions = (): CheckOptions => ({
  timeoutMs: milliseconds(process.env.LINK_CHECK_TIMEOUT_MS),
  pauseMs: milliseconds(process.env.LINK_CHECK_PAUSE_MS),
  allowPrivate: process.env.LINK_CHECK_ALLOW_PRIVATE,
  userAgent: `ToolboxSchooluitval-Linkcontrole/1.0 (+${siteUrl})`,
})

export const linkCheckTask: TaskConfig<'checkLinks'> = {
  slug: linkCheckTaskSlug,
  label: 'Links controleren',
  // A failed run is not repeated at once: the next scheduled or requested run checks again.
  retries: 0,
  schedule: [{ cron: process.env.LINK_CHECK_CRON || '0 3 * * 1', queue: linkCheckQueue }],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'broken', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await runLinkCheck(req.payload, linkCheckOptions()) }),
}

export const jobs: JobsConfig = {
  tasks: [linkCheckTask],
  // Only the editorial team may queue or run jobs through the API.
  access: {
    queue: ({ req }) => isRole(req.user, 'beheerder', 'redacteur', 'auteur'),
    run: ({ req }) => isRole(req.user, 'beheerder', 'redacteur', 'auteur'),
  },
  // Every minute: run what is queued in `links` (and queue the weekly check when it is due). Not in tests, which
  // run the job themselves, and not while `next build` loads the config.
  autoRun: () =>
    process.env.VITEST || process.env.NEXT_PHASE === 'phase-production-build' ? [] : [{ cron: '* * * * *', queue: linkCheckQueue, limit: 1 }],
  // Keep finished jobs out of the table; the results live in link-checks.
  deleteJobOnComplete: true,
}
