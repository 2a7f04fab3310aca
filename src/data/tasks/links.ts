/**
 * `npm run links`: the link check from the command line, on the configured database — the same task the weekly
 * schedule and the admin's "Nu controleren" button queue, queued and run here in this process.
 */
import { linkCheckQueue, linkCheckTaskSlug } from '@/data/links/job'
import { runTask } from './runTask'

await runTask('links', async (payload) => {
  const job = await payload.jobs.queue({ task: linkCheckTaskSlug, input: {}, queue: linkCheckQueue })
  await payload.jobs.runByID({ id: job.id })
  const broken = await payload.find({ collection: 'link-checks', where: { broken: { equals: true } }, pagination: false, depth: 0 })
  for (const link of broken.docs) {
    const places = (link.usedIn ?? []).map((use) => `${use.title} (${use.field})`).join('; ')
    console.log(`KAPOT ${link.url} — ${link.note}${places ? ` — gebruikt in: ${places}` : ''}`)
  }
  const all = await payload.count({ collection: 'link-checks' })
  console.log(`${all.totalDocs} links gecontroleerd, ${broken.docs.length} kapot.`)
})
