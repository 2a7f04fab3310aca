/**
 * The limits as a client meets them (issue 14), on two instances of the built app behind scripts/serve.mjs on one
 * database, with TRUSTED_PROXY_HOPS at its default (0: no proxy, the socket's address counts): a script that writes a
 * new X-Forwarded-For on every request is still one client, and what one instance counted the other refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type RunningApp } from '@tests/support/app'
import { rawRequest } from '@tests/support/rawHttp'

let first: RunningApp
let second: RunningApp

beforeAll(async () => {
  first = await startApp({ output: 'ignore' })
  second = await startApp({ output: 'ignore', shareWith: first })
}, 300_000)
afterAll(async () => {
  await second?.stop()
  await first?.stop()
})

const contribution = (i: number) => {
  const form = new URLSearchParams({
    soort: 'feedback',
    titel: `Bijdrage ${i}`,
    beschrijving: 'Een bijdrage van een script dat zich telkens anders noemt.',
    naam: 'Script',
    email: 'script@toolbox.test',
    akkoord: 'ja',
  })
  return form.toString()
}

describe('with no proxy trusted', () => {
  it('limits 200 contributions with 200 different X-Forwarded-For values, and the other instance shares the count', async () => {
    const statuses: number[] = []
    let retryAfter: string | string[] | undefined
    for (let i = 0; i < 200; i++) {
      const response = await rawRequest(first.baseURL, 'POST', '/bijdragen/verzenden', {
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-forwarded-for': `203.0.113.${i % 250}, 10.0.0.${i % 250}`, 'x-real-ip': `198.51.100.${i % 250}` },
        body: contribution(i),
      })
      statuses.push(response.status)
      if (response.status === 429) {
        retryAfter = response.headers['retry-after']
        expect(JSON.parse(response.body)).toMatchObject({ status: 'fout', problem: 'te-vaak' })
      }
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(195)
    expect(Number(retryAfter)).toBeGreaterThan(0)
    // The other instance, on the same database, refuses this client too; a browser without JavaScript is sent back
    // to the form, which says so in Dutch.
    const elsewhere = await rawRequest(second.baseURL, 'POST', '/bijdragen/verzenden', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.200' },
      body: contribution(999),
    })
    expect(elsewhere.status).toBe(303)
    expect(elsewhere.headers.location).toMatch(/^\/bijdragen\?.*probleem=te-vaak/)
    expect(Number(elsewhere.headers['retry-after'])).toBeGreaterThan(0)
    const form = await rawRequest(second.baseURL, 'GET', String(elsewhere.headers.location))
    expect(form.body).toContain('U stuurde de voorbije minuten al verschillende bijdragen')
  })

  it('limits failed sign-ins per client across instances, with a Dutch 429 and Retry-After, whatever X-Forwarded-For says', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const app = i % 2 ? second : first
      const response = await rawRequest(app.baseURL, 'POST', '/api/users/login', {
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ email: `iemand-${i}@toolbox.test`, password: 'raden' }),
      })
      statuses.push(response.status)
      if (response.status === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
        expect(JSON.parse(response.body).errors[0].message).toMatch(/^Te veel aanmeldpogingen vanaf dit adres\./)
      }
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  it('believes no X-Forwarded-Proto from a client: no HSTS', async () => {
    const { headers } = await rawRequest(first.baseURL, 'GET', '/', { headers: { 'x-forwarded-proto': 'https' } })
    expect(headers['strict-transport-security']).toBeUndefined()
  })
})
