/**
 * "Wachtwoord vergeten" does not tell which e-mail addresses have an account: POST /api/users/forgot-password,
 * through the rate limits as the Next.js route serves it, answers an existing and an unknown address with the same
 * status and body, in about the same time — and still sends the reset mail, over real SMTP (smtp-server in this
 * process), to the existing account only. The requests count toward the sign-in limit per client address.
 */
import { beforeAll, expect, it } from 'vitest'

import { limits } from '@/data/rateLimits/limits'
import { sqlitePayload, usePayload, type TestPayload } from '@tests/support/payload'
import { routeClient } from '@tests/support/rest'
import { useSmtp } from '@tests/support/smtp'
import { createUsers } from '@tests/support/users'

const smtp = useSmtp()
let test: TestPayload
usePayload(async () => (test = await sqlitePayload()))
beforeAll(async () => {
  await createUsers(test.payload)
})

const forgot = async (email: string, client: string) => {
  const started = performance.now()
  const response = await routeClient(test)('/api/users/forgot-password', { client, json: { email } })
  return { ms: performance.now() - started, status: response.status, body: await response.text() }
}

const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address))

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!

it('answers an existing and an unknown address alike, in about the same time, and mails only the account', async () => {
  await forgot('niemand-vooraf@toolbox.test', '192.0.2.40') // warm up
  const known: number[] = []
  const unknown: number[] = []
  for (let i = 0; i < 8; i++) {
    const account = `lid-${i}@toolbox.test`
    await test.payload.create({ collection: 'users', data: { email: account, password: `lid-wachtwoord-${i}-123`, name: `Lid ${i}`, role: 'auteur' } })
    const timeKnown = async () => {
      const answer = await forgot(account, `192.0.2.${41 + i}`)
      // The mail still goes out, once. Waited for before the next request, so that each answer is timed on its
      // own (the mail is sent after the answer, and the next request would share the server with it).
      await expect.poll(() => mailTo(account).length, { timeout: 10_000 }).toBe(1)
      return answer
    }
    const timeUnknown = () => forgot(`niemand-${i}@toolbox.test`, `192.0.2.${61 + i}`)
    // Each goes first in turn, so that neither gains from the order.
    let a, b
    if (i % 2) {
      a = await timeKnown()
      b = await timeUnknown()
    } else {
      b = await timeUnknown()
      a = await timeKnown()
    }
    expect([b.status, b.body]).toEqual([a.status, a.body])
    expect(a.status).toBe(200)
    known.push(a.ms)
    unknown.push(b.ms)
  }
  // The reset link is in the mail; nothing went to the unknown addresses.
  expect(mailTo('lid-0@toolbox.test')[0]!.raw).toMatch(/reset/i)
  expect(smtp.received.filter((mail) => mail.to.some((to) => to.startsWith('niemand')))).toEqual([])
  // Payload's own endpoint answered an existing account only after updating it and handing the mail to the SMTP
  // server: about 10 times slower (200 against 20 ms). The bounds leave room for a busy machine, not for that.
  expect(median(unknown) / median(known)).toBeGreaterThan(0.4)
  expect(median(unknown) / median(known)).toBeLessThan(2.5)
})

it('answers a request without an address with a Dutch message, whatever the account', async () => {
  const response = await routeClient(test)('/api/users/forgot-password', { client: '192.0.2.60', json: {} })
  expect(response.status).toBe(400)
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('Vul uw e-mailadres in.')
})

it('counts toward the sign-in limit per client address', async () => {
  const statuses: number[] = []
  for (let i = 0; i <= limits.login.points; i++) statuses.push((await forgot(`niemand-${i}@toolbox.test`, '192.0.2.70')).status)
  expect(statuses.slice(0, limits.login.points).every((status) => status === 200)).toBe(true)
  expect(statuses[limits.login.points]).toBe(429)
  expect((await forgot('auteur@toolbox.test', '192.0.2.71')).status).toBe(200)
})
