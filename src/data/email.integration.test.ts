/**
 * Outgoing mail goes over real SMTP when SMTP_HOST is set: a password-reset request reaches an SMTP server
 * (smtp-server, in this process, on a free local port) with the reset link in Dutch context.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { sqlitePayload, type TestPayload } from '@tests/support/payload'
import { startSmtp } from '@tests/support/smtp'

let smtp: Awaited<ReturnType<typeof startSmtp>>
let test: TestPayload

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.MAIL_FROM = 'toolbox@toolbox.test'
  test = await sqlitePayload()
})

afterAll(async () => {
  await test?.close()
  smtp?.close()
})

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
