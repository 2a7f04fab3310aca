/**
 * `npm run links`: the link check from the command line, on the configured database — the same task the weekly
 * schedule and the admin's "Nu controleren" button queue, queued and run here in this process; prints the broken
 * links and those not checked because they point to an internal address.
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
  // Links to an internal address are not asked (src/data/links/addresses.ts): listed, so they are not forgotten.
  const internal = await payload.find({ collection: 'link-checks', where: { status: { equals: 'niet-gecontroleerd' } }, pagination: false, depth: 0 })
  for (const link of internal.docs) console.log(`NIET GECONTROLEERD ${link.url} — ${link.note}`)
  const all = await payload.count({ collection: 'link-checks' })
  console.log(`${all.totalDocs} links, ${broken.docs.length} kapot, ${internal.docs.length} niet gecontroleerd (intern adres).`)
})
