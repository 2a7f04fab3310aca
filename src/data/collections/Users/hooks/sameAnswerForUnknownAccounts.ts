import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

const derive = promisify(pbkdf2)

/**
 * A sign-in for an e-mail address without an account takes as long as one with a wrong password, so the timing does
 * not tell which addresses have accounts (issue 14: 8 ms against 160 ms). Payload checks a known account's password
 * with PBKDF2-SHA256, 600,000 rounds, 32 bytes (payload 3.90.1, `generatePasswordSaltHash`); for an unknown address
 * this does the same work on a throwaway salt, then lets Payload give its usual answer ("e-mail of wachtwoord
 * onjuist"). rateLimits.suite.ts compares the two timings, so a Payload upgrade that changes the rounds shows.
 * The answers themselves are already alike now that Payload's per-account lock is off (the limit is per address).
 */
export const sameAnswerForUnknownAccounts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email || !password) return args
  const account = await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: email } } })
  if (!account) await derive(password, 'no-account-has-this-salt', 600_000, 32, 'sha256')
  return args
}
