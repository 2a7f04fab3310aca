/**
 * Outgoing mail goes over real SMTP when SMTP_HOST is set: a password-reset request reaches an SMTP server
 * (smtp-server, in this process, on a free local port) with the reset link in Dutch context.
 */
import { beforeAll, expect, it } from 'vitest'

import { sqlitePayload, usePayload } from '@tests/support/payload'
import { useSmtp } from '@tests/support/smtp'

const smtp = useSmtp()
// Before Payload starts: its config reads the sender when it loads.
beforeAll(() => {
  process.env.MAIL_FROM = 'toolbox@toolbox.test'
})
const test = usePayload(sqlitePayload)

it('sends the password-reset mail over SMTP', async () => {
  const { payload } = test
  await payload.create({
    collection: 'users',
    data: { email: 'redacteur@toolbox.test', password: 'een-lang-wachtwoord', name: 'Redacteur', role: 'redacteur' },
  })
  await payload.forgotPassword({ collection: 'users', data: { email: 'redacteur@toolbox.test' } })
  await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1)
  const [mail] = smtp.received
  expect(mail!.from).toBe('toolbox@toolbox.test')
  expect(mail!.to).toEqual(['redacteur@toolbox.test'])
  expect(mail!.raw).toMatch(/reset-password|wachtwoord/i)
})
