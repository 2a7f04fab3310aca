/**
 * Writes are atomic on both databases (issue 14): a create that fails after its row was inserted (here: an
 * afterChange hook that throws) leaves no row, no version and no slug behind, so the same write succeeds when
 * retried; and concurrent writes, each in its own transaction, all land.
 */
import type { CollectionAfterChangeHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from '@tests/support/payload'

export const transactionSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`transactions on ${name}`, () => {
  let test: TestPayload
  let payload: Payload

  /** Fails a write after the insert, when the caller asks for it. */
  const failHalfway: CollectionAfterChangeHook = ({ context }) => {
    if (context.failHalfway) throw new Error('Halverwege mislukt')
  }

  beforeAll(async () => {
    test = await start()
    payload = test.payload
    // Test instance only: the hook is added to this instance's sanitized config.
    payload.collections.themes.config.hooks.afterChange.push(failHalfway)
  })
  afterAll(async () => {
    await test?.close()
  })

  const theme = (title: string) => ({ title, summary: 'Samenvatting', colour: 'rood' as const, order: 1, _status: 'published' as const })
  const bySlug = async (slug: string) => (await payload.find({ collection: 'themes', where: { slug: { equals: slug } }, depth: 0 })).totalDocs

  it('leaves nothing behind when a create fails halfway, and the retry with the same slug succeeds', async () => {
    await expect(payload.create({ collection: 'themes', data: theme('Halverweg'), context: { failHalfway: true } })).rejects.toThrow(
      'Halverwege mislukt',
    )
    expect(await bySlug('halverweg')).toBe(0)
    expect((await payload.countVersions({ collection: 'themes', where: { 'version.slug': { equals: 'halverweg' } } })).totalDocs).toBe(0)
    const retried = await payload.create({ collection: 'themes', data: theme('Halverweg') })
    expect(retried.slug).toBe('halverweg')
    expect(await bySlug('halverweg')).toBe(1)
  })

  it('leaves the document as it was when an update fails halfway', async () => {
    const doc = await payload.create({ collection: 'themes', data: theme('Ongewijzigd') })
    await expect(
      payload.update({ collection: 'themes', id: doc.id, data: { title: 'Half gewijzigd' }, context: { failHalfway: true } }),
    ).rejects.toThrow('Halverwege mislukt')
    expect((await payload.findByID({ collection: 'themes', id: doc.id, depth: 0 })).title).toBe('Ongewijzigd')
  })

  // Payload's per-account lock is off (issue 14: anyone could lock any account; failed sign-ins are limited per
  // client address, src/data/rateLimits), so failed logins no longer write. The other write Payload makes outside
  // the operation's transaction, the password-reset reservation, must still land without waiting on that transaction.
  it('locks no account after failed logins, and lands the password-reset reservation made beside a transaction', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'slot@toolbox.test', password: 'het-juiste-wachtwoord', name: 'Slot', role: 'auteur' },
    })
    for (let attempt = 0; attempt < 12; attempt++) {
      await expect(
        payload.login({ collection: 'users', data: { email: 'slot@toolbox.test', password: `fout-${attempt}` } }),
      ).rejects.toMatchObject({ status: 401 })
    }
    const signedIn = await payload.login({ collection: 'users', data: { email: 'slot@toolbox.test', password: 'het-juiste-wachtwoord' } })
    expect(signedIn.token).toBeTruthy()
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'slot@toolbox.test' }, disableEmail: true })
    expect(token).toBeTruthy()
    const requested = await Promise.race([
      payload.forgotPassword({ collection: 'users', data: { email: 'slot@toolbox.test' } }).then(() => 'done'),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 20_000)),
    ])
    expect(requested).toBe('done')
  })

  it('lands every one of many concurrent writes', async () => {
    const titles = Array.from({ length: 20 }, (_, i) => `Gelijktijdig ${i}`)
    const results = await Promise.allSettled(titles.map((title) => payload.create({ collection: 'themes', data: theme(title) })))
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect((await payload.count({ collection: 'themes', where: { title: { like: 'Gelijktijdig' } } })).totalDocs).toBe(20)
  })
})
