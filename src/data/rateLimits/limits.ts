/**
 * The site's rate limits, per client address (src/data/rateLimits/clientAddress.ts), counted in the database so all
 * instances share them (store.ts). A request over a limit gets a 429 with Retry-After and a Dutch text.
 *
 * - contributions: 5 per 10 minutes — far more than anyone in the field sends; stops a script flooding the editors.
 * - login: 10 attempts per 15 minutes; a successful one is given back, so only failures count. Per address, not per
 *   account: an attacker can no longer lock the beheerder out (Payload's own per-account lock is off, Users/index.ts),
 *   and the answer is the same whether or not the account exists.
 * - apiWrites: 300 writes (POST, PUT, PATCH, DELETE) per 5 minutes to the REST API — an editor saving all morning
 *   stays far below it.
 */
import type { Payload } from 'payload'
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

import { databaseLimiter, type LimitOptions } from './store'

export const limits = {
  contributions: { name: 'contributions', points: 5, duration: 10 * 60 },
  login: { name: 'login', points: 10, duration: 15 * 60 },
  apiWrites: { name: 'api-writes', points: 300, duration: 5 * 60 },
} satisfies Record<string, LimitOptions>

export type LimitName = keyof typeof limits

const holder = globalThis as typeof globalThis & { __rateLimiters?: WeakMap<Payload, Map<LimitName, RateLimiterAbstract>> }
const limiters = (holder.__rateLimiters ??= new WeakMap())

const limiter = (payload: Payload, name: LimitName): RateLimiterAbstract => {
  let forPayload = limiters.get(payload)
  if (!forPayload) limiters.set(payload, (forPayload = new Map()))
  let found = forPayload.get(name)
  if (!found) forPayload.set(name, (found = databaseLimiter(payload, limits[name])))
  return found
}

export type Hit = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const isOver = (value: unknown): value is RateLimiterRes => typeof value === 'object' && value !== null && 'msBeforeNext' in value

/** Counts one hit for this client; over the limit, says how long to wait. */
export const hit = async (payload: Payload, name: LimitName, client: string): Promise<Hit> => {
  try {
    await limiter(payload, name).consume(client)
    return { allowed: true }
  } catch (rejection) {
    // The library rejects with the count (over the limit) or with an error (which its insurance already absorbed).
    if (isOver(rejection)) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    throw rejection
  }
}

/** Gives one hit back (a login that succeeded). */
export const giveBack = async (payload: Payload, name: LimitName, client: string): Promise<void> => {
  await limiter(payload, name).reward(client)
}

/** "over 7 minuten", "over 1 minuut", "over 30 seconden": for the Dutch texts that come with a 429. */
export const waitText = (seconds: number): string => {
  if (seconds < 60) return `over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}`
  const minutes = Math.ceil(seconds / 60)
  return `over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`
}

/** The JSON answer of the REST API over a limit: Payload's error shape, a Dutch message and Retry-After. */
export const tooManyJson = (message: string, retryAfterSeconds: number): Response =>
  Response.json(
    { errors: [{ message: `${message} Probeer het ${waitText(retryAfterSeconds)} opnieuw.` }] },
    { status: 429, headers: { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' } },
  )
