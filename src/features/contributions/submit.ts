/**
 * Stores a checked contribution (and its checked file, privately: the `submission-files` collection) and tells the
 * editors and the sender. The topic is looked up as an anonymous visitor, so a contribution can only point at a
 * published topic. The editors' e-mail goes to CONTRIBUTIONS_EMAIL when set, else to every redacteur and beheerder;
 * the sender gets a confirmation at the address they gave. Without SMTP Payload writes mail to the log. A mail that
 * fails does not lose the contribution: it is in the admin panel either way. Mail is plain text only, so whatever a
 * visitor typed (a <script> too) is shown as the characters they typed and never runs.
 */
import type { Payload } from 'payload'

import { fileSize } from '@/shared/format'
import { siteUrl } from '@/shared/site'
import type { CheckedFile } from './file'
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

const kindLabel = (contribution: Contribution) => contributionKinds.find((k) => k.value === contribution.kind)!.label.toLowerCase()

const mailEditors = async (payload: Payload, contribution: Contribution, id: number | string, topicTitle: string | undefined, file: CheckedFile | null) => {
  const to = await editorAddresses(payload)
  if (to.length === 0) return
  await payload.sendEmail({
    to,
    replyTo: contribution.email,
    subject: `Nieuwe bijdrage: ${contribution.title}`,
    text: [
      `${contribution.name}${contribution.organisation ? ` (${contribution.organisation})` : ''} stuurde ${kindLabel(contribution)} in${topicTitle ? ` bij het onderwerp "${topicTitle}"` : ''}.`,
      '',
      contribution.title,
      '',
      contribution.description,
      ...(contribution.url ? ['', contribution.url] : []),
      ...(file ? ['', `Met een bijlage: ${file.name} (${fileSize(file.size)}). Alleen de redactie kan ze openen, in het beheer.`] : []),
      '',
      `Bekijk en verwerk de bijdrage: ${siteUrl}/admin/collections/submissions/${id}`,
    ].join('\n'),
  })
}

/** The sender's confirmation: what they sent, and what happens next. */
const mailSender = async (payload: Payload, contribution: Contribution, file: CheckedFile | null) => {
  if (!contribution.email) return
  await payload.sendEmail({
    to: contribution.email,
    subject: `Bedankt voor uw bijdrage: ${contribution.title}`,
    text: [
      `Beste ${contribution.name},`,
      '',
      `Bedankt! De redactie van de Toolbox Schooluitval kreeg uw bijdrage "${contribution.title}" (${kindLabel(contribution)})${file ? ` met het bestand ${file.name}` : ''}.`,
      '',
      contribution.kind === 'feedback'
        ? 'We lezen uw feedback en passen de toolbox aan waar dat kan. Hebben we vragen, dan mailen we u.'
        : 'We lezen uw bijdrage en nemen contact met u op als we vragen hebben. Verwerken we ze tot een pagina, dan verschijnt ze op de website zodra ze klaar is.',
      '',
      'U hoeft niets meer te doen. Kreeg u deze mail zonder dat u iets instuurde? Dan mag u ze negeren.',
      '',
      'Met vriendelijke groeten,',
      'De redactie van de Toolbox Schooluitval',
      siteUrl,
    ].join('\n'),
  })
}

export const submitContribution = async (payload: Payload, contribution: Contribution, file: CheckedFile | null = null): Promise<{ id: number | string }> => {
  const topic = contribution.topicSlug
    ? (await payload.find({ collection: 'topics', where: { slug: { equals: contribution.topicSlug } }, limit: 1, depth: 0, overrideAccess: false })).docs[0]
    : undefined
  // The file first, so the contribution never points at a file that is not there; removed again if storing fails.
  const stored = file ? await payload.create({ collection: 'submission-files', data: {}, file, overrideAccess: true, depth: 0 }) : undefined
  let submission
  try {
    submission = await payload.create({
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
        file: stored?.id,
        status: 'nieuw',
      },
      overrideAccess: true,
    })
  } catch (error) {
    if (stored) await payload.delete({ collection: 'submission-files', id: stored.id, overrideAccess: true }).catch(() => undefined)
    throw error
  }
  const mails: [string, () => Promise<unknown>][] = [
    ['the editors', () => mailEditors(payload, contribution, submission.id, topic?.title, file)],
    ['the sender', () => mailSender(payload, contribution, file)],
  ]
  for (const [whom, send] of mails) {
    try {
      await send()
    } catch (error) {
      payload.logger.error({ err: error }, `Contribution stored, but the e-mail to ${whom} failed`)
    }
  }
  return { id: submission.id }
}
