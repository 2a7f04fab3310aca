/**
 * Stores a checked contribution and tells the editors. The topic is looked up as an anonymous visitor, so a
 * contribution can only point at a published topic. The e-mail goes to CONTRIBUTIONS_EMAIL when set, else to every
 * redacteur and beheerder; without SMTP Payload writes it to the log. A mail that fails does not lose the
 * contribution: it is in the admin panel either way.
 */
import type { Payload } from 'payload'

import { siteUrl } from '@/shared/site'
import type { Contribution } from './validate'
import { contributionKinds } from '@/shared/contributionVocabulary'

const editorAddresses = async (payload: Payload): Promise<string[]> => {
  const configured = process.env.CONTRIBUTIONS_EMAIL?.split(',').map((a) => a.trim()).filter(Boolean)
  if (configured?.length) return configured
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: ['redacteur', 'beheerder'] } },
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
  })
  return docs.map((user) => user.email)
}

export const submitContribution = async (payload: Payload, contribution: Contribution): Promise<{ id: number | string }> => {
  const topic = contribution.topicSlug
    ? (await payload.find({ collection: 'topics', where: { slug: { equals: contribution.topicSlug } }, limit: 1, depth: 0, overrideAccess: false })).docs[0]
    : undefined
  const submission = await payload.create({
    collection: 'submissions',
    data: {
      kind: contribution.kind,
      title: contribution.title,
      description: contribution.description,
      topic: topic?.id,
      url: contribution.url,
      name: contribution.name,
      email: contribution.email,
      organisation: contribution.organisation,
      status: 'nieuw',
    },
    overrideAccess: true,
  })
  try {
    const to = await editorAddresses(payload)
    if (to.length > 0) {
      const kind = contributionKinds.find((k) => k.value === contribution.kind)!.label.toLowerCase()
      await payload.sendEmail({
        to,
        replyTo: contribution.email,
        subject: `Nieuwe bijdrage: ${contribution.title}`,
        text: [
          `${contribution.name}${contribution.organisation ? ` (${contribution.organisation})` : ''} stuurde ${kind} in${topic ? ` bij het onderwerp "${topic.title}"` : ''}.`,
          '',
          contribution.title,
          '',
          contribution.description,
          ...(contribution.url ? ['', contribution.url] : []),
          '',
          `Bekijk en verwerk de bijdrage: ${siteUrl}/admin/collections/submissions/${submission.id}`,
        ].join('\n'),
      })
    }
  } catch (error) {
    payload.logger.error({ err: error }, 'Contribution stored, but the e-mail to the editors failed')
  }
  return { id: submission.id }
}
