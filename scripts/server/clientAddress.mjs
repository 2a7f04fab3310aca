/**
 * Who sent a request, from a source the client cannot choose (issue 14): the rate limits count per client address,
 * and a limit keyed on a header the client writes itself (X-Forwarded-For) holds nothing.
 *
 * TRUSTED_PROXY_HOPS says how many reverse proxies stand between the internet and this server (default 0):
 * - 0: the address of the socket's peer; X-Forwarded-For and X-Forwarded-Proto are the client's own words and ignored.
 * - N: each proxy appends the address it was reached from to X-Forwarded-For, so the client is the Nth address counted
 *   from the right of [...X-Forwarded-For, socket peer]; anything further left was written by the client. The scheme
 *   is the X-Forwarded-Proto the nearest proxy set.
 * Only the proxies may reach the server directly when N > 0 (otherwise anyone can claim to be one).
 *
 * serve.mjs removes whatever the client sent under the two headers below and sets them from this; route handlers
 * read only these (src/data/rateLimits/clientAddress.ts). IPv6 clients are counted per /64, the block one household
 * or server gets, so a client cannot step around a limit by changing the last bits of its address.
 */
import { isIPv4, isIPv6 } from 'node:net'

export const clientAddressHeader = 'x-toolbox-client-address'
export const clientProtocolHeader = 'x-toolbox-client-protocol'

/** TRUSTED_PROXY_HOPS as a whole number ≥ 0; anything else stops the server at start rather than trust too much. */
export const trustedProxyHops = (value = process.env.TRUSTED_PROXY_HOPS) => {
  if (value === undefined || value.trim() === '') return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number of proxies (0 or more), not "${value}".`)
  return hops
}

/** ::ffff:1.2.3.4 → 1.2.3.4; an IPv6 address → its /64 block; anything unreadable → null. */
export const normaliseAddress = (raw) => {
  let address = String(raw ?? '').trim()
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) address = mapped[1]
  if (isIPv4(address)) return address
  if (!isIPv6(address)) return null
  const [head, tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups.slice(0, 4).map((group) => parseInt(group || '0', 16).toString(16)).join(':')}::/64`
}

const listed = (header) => (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((value) => value.trim()).filter(Boolean)

/** The client's address (normalised), given the request's headers, its socket's peer address and the trusted hops. */
export const clientAddress = (headers, socketAddress, hops) => {
  const chain = hops > 0 ? [...listed(headers['x-forwarded-for']), socketAddress] : [socketAddress]
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - hops)]) ?? 'onbekend'
}

/** 'https' or 'http': from the nearest trusted proxy's X-Forwarded-Proto, else this server's own (plain http). */
export const clientProtocol = (headers, hops) => {
  if (hops === 0) return 'http'
  return listed(headers['x-forwarded-proto']).at(-1)?.toLowerCase() === 'https' ? 'https' : 'http'
}

/**
 * Sets the two trusted headers on an incoming request (Node's IncomingMessage), replacing any the client sent, and
 * drops X-Forwarded-Proto when no proxy is trusted, so nothing downstream (HSTS in next.config.mjs) believes a client.
 */
export const markClient = (request, hops) => {
  const { headers } = request
  headers[clientAddressHeader] = clientAddress(headers, request.socket.remoteAddress, hops)
  headers[clientProtocolHeader] = clientProtocol(headers, hops)
  if (hops === 0) delete headers['x-forwarded-proto']
  else headers['x-forwarded-proto'] = headers[clientProtocolHeader]
}
