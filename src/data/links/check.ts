/**
 * A polite HTTP client for checking links: one request at a time per host (with a pause between them), a few hosts
 * at once, a time limit per request, a limited number of redirects, a User-Agent that says who asks and where to
 * read why, and HEAD first — with GET (only the headers are read, the body is not downloaded) when a server refuses
 * or mishandles HEAD. No retries: a link that fails is tried again at the next run, and its first failure is kept.
 *
 * Why got: redirects with a limit and the chain they followed, timeouts per phase and typed errors (timeout,
 * refused, too many redirects) are its features; Node's fetch would leave the redirect loop and error sorting to us.
 * Why p-limit: the cap on hosts checked at once, the one piece of concurrency not already ordered per host.
 *
 * Only public addresses are asked, at every redirect hop, on the address that was checked (addresses.ts: editors
 * type these links, and the server must not become their way into the internal network). A link to an internal
 * address is recorded as "niet gecontroleerd: intern adres", not as broken.
 */
import got, { type Response } from 'got'
import pLimit from 'p-limit'

import { addressPolicy, blockedAddressCode, guardedLookup, refuseLiteral, type BlockedAddressError } from './addresses'

/**
 * ok: answered 2xx at the address itself; omgeleid: 2xx after redirects; niet-gecontroleerd: not asked, because the
 * address (or a redirect on the way) is on an internal network — neither working nor broken; the rest are broken.
 */
export const linkStatuses = ['ok', 'omgeleid', 'kapot', 'te-traag', 'onbereikbaar', 'niet-gecontroleerd'] as const
export type LinkStatus = (typeof linkStatuses)[number]

export const linkStatusLabels: Record<LinkStatus, string> = {
  ok: 'Werkt',
  omgeleid: 'Werkt, via omleiding',
  kapot: 'Kapot (foutcode)',
  'te-traag': 'Te traag (geen antwoord)',
  onbereikbaar: 'Onbereikbaar',
  'niet-gecontroleerd': 'Niet gecontroleerd: intern adres',
}

export const isBroken = (status: LinkStatus) => status === 'kapot' || status === 'te-traag' || status === 'onbereikbaar'

export interface LinkResult {
  url: string
  status: LinkStatus
  /** The HTTP status of the last answer, if there was one. */
  statusCode: number | null
  /** Where the redirects ended, when there were any. */
  finalUrl: string | null
  /** A short Dutch explanation for the editor. */
  note: string
}

export interface CheckOptions {
  /** Milliseconds for one request, redirects included. */
  timeoutMs?: number
  maxRedirects?: number
  userAgent?: string
  /** Hosts checked at the same time (each host gets one request at a time). */
  hosts?: number
  /** Pause between two requests to the same host. */
  pauseMs?: number
  /**
   * Private addresses or CIDR ranges the check may connect to after all, comma-separated (`127.0.0.1,::1`): for
   * tests against servers on loopback. Empty by default: only public addresses are checked.
   */
  allowPrivate?: string
}

const defaults: Required<CheckOptions> = {
  timeoutMs: 15_000,
  maxRedirects: 5,
  userAgent: 'ToolboxSchooluitval-Linkcontrole/1.0 (controleert of de links van de toolbox nog werken)',
  hosts: 4,
  pauseMs: 1_000,
  allowPrivate: '',
}

/** The options given, the defaults for those left out (or given as undefined). */
const withDefaults = (options: CheckOptions): Required<CheckOptions> => ({
  timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
  maxRedirects: options.maxRedirects ?? defaults.maxRedirects,
  userAgent: options.userAgent ?? defaults.userAgent,
  hosts: options.hosts ?? defaults.hosts,
  pauseMs: options.pauseMs ?? defaults.pauseMs,
  allowPrivate: options.allowPrivate ?? defaults.allowPrivate,
})

type Answer = Pick<Response, 'statusCode' | 'url' | 'redirectUrls'>

const client = (options: Required<CheckOptions>) => {
  const allowed = addressPolicy(options.allowPrivate)
  return got.extend({
    // Host names: resolved, checked and connected to in one step; IP literals: checked before each request.
    dnsLookup: guardedLookup(allowed) as never,
    hooks: { beforeRequest: [(request) => refuseLiteral(allowed, request.url as URL)] },
    timeout: { request: options.timeoutMs },
    retry: { limit: 0 },
    throwHttpErrors: false,
    followRedirect: true,
    maxRedirects: options.maxRedirects,
    headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf,*/*;q=0.8' },
  })
}

/** GET, reading only the status line and headers: the stream is closed as soon as the answer starts. */
const getHeaders = (http: ReturnType<typeof client>, url: string) =>
  new Promise<Answer>((resolve, reject) => {
    const stream = http.stream(url)
    stream.once('response', (response: Response) => {
      resolve(response)
      stream.destroy()
    })
    stream.once('error', reject)
  })

const errorCode = (error: unknown) => (error as { code?: string }).code ?? ''

const fromAnswer = (url: string, answer: Answer): LinkResult => {
  const redirected = answer.redirectUrls.length > 0
  const finalUrl = redirected ? answer.url : null
  if (answer.statusCode >= 200 && answer.statusCode < 300) {
    return redirected
      ? { url, status: 'omgeleid', statusCode: answer.statusCode, finalUrl, note: `Werkt, maar verwijst door naar ${finalUrl}.` }
      : { url, status: 'ok', statusCode: answer.statusCode, finalUrl: null, note: 'Werkt.' }
  }
  return { url, status: 'kapot', statusCode: answer.statusCode, finalUrl, note: `De website antwoordt met foutcode ${answer.statusCode}.` }
}

/** The address parsed, or null when it is not one. */
const parsed = (url: string) => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

const fromError = (url: string, error: unknown, options: Required<CheckOptions>): LinkResult => {
  const code = errorCode(error)
  if (code === blockedAddressCode) {
    const blocked = ((error as { cause?: unknown }).cause ?? error) as BlockedAddressError
    const where =
      blocked.host === parsed(url)?.hostname
        ? 'Dit adres wijst naar een intern netwerk'
        : `Deze link verwijst door naar een adres op een intern netwerk (${blocked.host})`
    return {
      url,
      status: 'niet-gecontroleerd',
      statusCode: null,
      finalUrl: null,
      note: `Niet gecontroleerd: intern adres. ${where}; zulke adressen vraagt de linkcontrole niet op.`,
    }
  }
  if (code === 'ETIMEDOUT')
    return { url, status: 'te-traag', statusCode: null, finalUrl: null, note: `Geen antwoord binnen ${Math.round(options.timeoutMs / 1000)} seconden.` }
  if (code === 'ERR_TOO_MANY_REDIRECTS')
    return { url, status: 'kapot', statusCode: null, finalUrl: null, note: `Meer dan ${options.maxRedirects} omleidingen na elkaar.` }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { url, status: 'onbereikbaar', statusCode: null, finalUrl: null, note: 'Deze domeinnaam bestaat niet (meer).' }
  if (code === 'ECONNREFUSED')
    return { url, status: 'onbereikbaar', statusCode: null, finalUrl: null, note: 'De server weigert de verbinding.' }
  return { url, status: 'onbereikbaar', statusCode: null, finalUrl: null, note: `Geen verbinding mogelijk (${code || 'onbekende fout'}).` }
}

/** One link: HEAD, then GET when HEAD fails other than by a timeout (many servers refuse or mishandle HEAD). */
export const checkLink = async (url: string, options: CheckOptions = {}): Promise<LinkResult> => {
  const settings = withDefaults(options)
  const http = client(settings)
  let head: LinkResult
  try {
    head = fromAnswer(url, await http.head(url))
  } catch (error) {
    head = fromError(url, error, settings)
  }
  if (!isBroken(head.status) || head.status === 'te-traag') return head
  try {
    return fromAnswer(url, await getHeaders(http, url))
  } catch (error) {
    return fromError(url, error, settings)
  }
}

const hostOf = (url: string) => parsed(url)?.host ?? url

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Many links: grouped by host, one request at a time per host, `hosts` hosts at once. Results in the input's order. */
export const checkLinks = async (urls: string[], options: CheckOptions = {}): Promise<LinkResult[]> => {
  const settings = withDefaults(options)
  const byHost = new Map<string, string[]>()
  for (const url of new Set(urls)) byHost.set(hostOf(url), [...(byHost.get(hostOf(url)) ?? []), url])
  const results = new Map<string, LinkResult>()
  const limit = pLimit(settings.hosts)
  await Promise.all(
    [...byHost.values()].map((hostUrls) =>
      limit(async () => {
        for (const [index, url] of hostUrls.entries()) {
          if (index > 0) await pause(settings.pauseMs)
          results.set(url, await checkLink(url, settings))
        }
      }),
    ),
  )
  return urls.map((url) => results.get(url)!)
}
