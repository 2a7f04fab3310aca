/**
 * Contributions from the field: a checked contribution is stored with status "nieuw", the editors get an e-mail and
 * the sender a confirmation over real SMTP (smtp-server in this process); the public cannot read or create submissions through the
 * API; the editorial team reads and handles them, and only redacteurs and beheerders delete them.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { submitContribution } from './submit'
import { validateContribution } from './validate'
import type { User } from '@/payload-types'
import { sqlitePayload, usePayload } from '@tests/support/payload'
import { useSmtp } from '@tests/support/smtp'
import { createUsers } from '@tests/support/users'

// The SMTP server first: the Payload config reads SMTP_HOST when it loads.
const smtp = useSmtp()
const test = usePayload(sqlitePayload)
let payload: Payload
let users: Record<'beheerder' | 'redacteur' | 'auteur', User>

beforeAll(async () => {
  payload = test.payload
  users = await createUsers(payload)
})

const contribution = (title: string, topic = '') => {
  const checked = validateContribution({
    soort: 'praktijk',
    titel: title,
    beschrijving: 'Elke maandag belt de leerlingbegeleider de ouders van wie vrijdag afwezig was.',
    onderwerp: topic,
    naam: 'An Peeters',
    email: 'an@school.be',
    organisatie: 'Sint-Jozefschool',
    akkoord: 'ja',
  })
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors))
  return checked.contribution
}

describe('a contribution from the field', () => {
  it('is stored as new, linked to its published topic, and mailed to the redacteurs and beheerders', async () => {
    const theme = await payload.create({
      collection: 'themes',
      data: { title: 'Risicofactoren', summary: 'x', colour: 'rood', order: 1, _status: 'published' },
    })
    const topic = await payload.create({
      collection: 'topics',
      data: { title: 'Afwezigheden', summary: 'x', theme: theme.id, contentStatus: 'gepubliceerd', _status: 'published' },
    })
    const { id } = await submitContribution(payload, contribution('Maandagbellen', topic.slug!))
    const stored = await payload.findByID({ collection: 'submissions', id, depth: 0 })
    expect(stored).toMatchObject({ kind: 'praktijk', title: 'Maandagbellen', topic: topic.id, status: 'nieuw', email: 'an@school.be' })

    // Two mails: the editors', and the sender's confirmation.
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(2)
    const editors = smtp.received.find((mail) => mail.to.length > 1)!
    expect(editors.to.sort()).toEqual([users.beheerder.email, users.redacteur.email].sort())
    const confirmation = smtp.received.find((mail) => mail !== editors)!
    expect(confirmation.to).toEqual(['an@school.be'])
    expect(confirmation.raw.replace(/=\r?\n/g, '')).toContain('Subject: Bedankt voor uw bijdrage: Maandagbellen')
    // The body is quoted-printable: undo its soft line breaks before reading it.
    const body = editors.raw.replace(/=\r?\n/g, '')
    expect(body).toContain('Subject: Nieuwe bijdrage: Maandagbellen')
    expect(body).toMatch(/Reply-To: an@school\.be/i)
    expect(body).toMatch(/Afwezigheden/)
    expect(body).toContain(`/admin/collections/submissions/${id}`)
  })

  it('does not link a draft topic', async () => {
    const theme = (await payload.find({ collection: 'themes', limit: 1 })).docs[0]!
    const draft = await payload.create({
      collection: 'topics',
      data: { title: 'Nog geheim', summary: 'x', theme: theme.id, contentStatus: 'gepubliceerd', _status: 'draft' },
      draft: true,
    })
    const { id } = await submitContribution(payload, contribution('Bij een concept', draft.slug!))
    expect((await payload.findByID({ collection: 'submissions', id, depth: 0 })).topic ?? null).toBeNull()
  })

  it('is closed to the public and open to the editorial team, per role', async () => {
    const { id } = await submitContribution(payload, contribution('Rechten'))
    const asAnonymous = { overrideAccess: false } as const
    await expect(payload.find({ collection: 'submissions', ...asAnonymous })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'submissions', data: { kind: 'feedback', title: 'x', description: 'x', name: 'x', email: 'x@x.be', status: 'nieuw' }, ...asAnonymous }),
    ).rejects.toThrow()
    for (const user of [users.auteur, users.redacteur, users.beheerder]) {
      const { docs } = await payload.find({ collection: 'submissions', user, overrideAccess: false })
      expect(docs.map((d) => d.id)).toContain(id)
    }
    await expect(payload.create({ collection: 'submissions', data: { kind: 'feedback', title: 'x', description: 'x', name: 'x', email: 'x@x.be', status: 'nieuw' }, user: users.beheerder, overrideAccess: false })).rejects.toThrow()
    const updated = await payload.update({ collection: 'submissions', id, data: { status: 'in-behandeling' }, user: users.auteur, overrideAccess: false })
    expect(updated.status).toBe('in-behandeling')
    await expect(payload.delete({ collection: 'submissions', id, user: users.auteur, overrideAccess: false })).rejects.toThrow()
    await payload.delete({ collection: 'submissions', id, user: users.redacteur, overrideAccess: false })
  })
})
