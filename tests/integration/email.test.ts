/**
 * Outgoing mail goes over real SMTP when SMTP_HOST is set: a password-reset request reaches an SMTP server
 * (smtp-server, in this process, on a free local port) with the reset link in Dutch context.
 */
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { sqlitePayload, type TestPayload } from '../support/payload'

const received: { from: string; to: string[]; raw: string }[] = []
let smtp: SMTPServer
let test: TestPayload

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        })
        callback()
      })
    },
  })
  smtp.listen(0, '127.0.0.1')
  await once(smtp.server, 'listening')
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  process.env.MAIL_FROM = 'toolbox@toolbox.test'
  test = await sqlitePayload()
})

afterAll(async () => {
  await test?.close()
  smtp?.close()
  delete process.env.SMTP_HOST
})

it('sends the password-reset mail over SMTP', async () => {
  const { payload } = test
  await payload.create({
    collection: 'users',
    data: { email: 'redacteur@toolbox.test', password: 'een-lang-wachtwoord', name: 'Redacteur', role: 'redacteur' },
  })
  await payload.forgotPassword({ collection: 'users', data: { email: 'redacteur@toolbox.test' } })
  await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1)
  const [mail] = received
  expect(mail!.from).toBe('toolbox@toolbox.test')
  expect(mail!.to).toEqual(['redacteur@toolbox.test'])
  expect(mail!.raw).toMatch(/reset-password|wachtwoord/i)
})
