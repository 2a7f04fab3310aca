/**
 * Which addresses the link check may connect to: public unicast addresses only. Editors type the links, so without
 * this an editor (or a stolen editor account) could make the server fetch http://127.0.0.1:6379/, the cloud's
 * metadata service at http://169.254.169.254/, an intranet host, or a public address that redirects to one of
 * those — and read what answered from the status and note the check stores (server-side request forgery).
 *
 * How: every connection's address is checked where it is made, not before. Host names are resolved by
 * `guardedLookup`, which got hands to Node's connect (`dnsLookup`): it refuses the name when any of its addresses is
 * not public, and the socket connects to the very addresses it checked — so a name cannot resolve to a public
 * address for the check and to a private one for the connection (DNS rebinding). Node does not resolve addresses
 * written as IP literals (http://10.0.0.1/, http://[::1]/), so `refuseLiteral` checks those in got's
 * `beforeRequest` hook. Both run again for every redirect hop, since got makes each hop as a new request.
 *
 * Why ipaddr.js: the special ranges of IPv4 and IPv6 (loopback, RFC 1918, link-local, CGNAT, unique-local,
 * multicast, unspecified, broadcast, documentation, 6to4, Teredo, NAT64, IPv4-mapped …) are its `range()`, kept up
 * to date with IANA's registries; it is small, has no dependencies and is already in the tree (through Payload).
 * Only what it calls `unicast` passes, so a range added to its tables is refused rather than allowed.
 *
 * `LINK_CHECK_ALLOW_PRIVATE` (comma-separated addresses or CIDR ranges, e.g. `127.0.0.1,::1`) allows exactly those
 * private addresses: the tests check links against servers on loopback with it. Leave it unset in production.
 */
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns'
import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

/** The error code of a connection refused by this policy (got keeps it on its RequestError). */
export const blockedAddressCode = 'ERR_LINK_CHECK_PRIVATE_ADDRESS'

export class BlockedAddressError extends Error {
  readonly code = blockedAddressCode
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`Refused to connect to ${host}: ${address} is not a public address`)
  }
}

/** fec0::/10, IPv6 site-local: deprecated (RFC 3879) but still routed inside some networks; ipaddr.js calls it unicast. */
const siteLocal = ipaddr.parseCIDR('fec0::/10')

/** A public unicast address (IPv4-mapped IPv6 judged as the IPv4 address it carries). */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  if (parsed.range() !== 'unicast') return false
  return !(parsed.kind() === 'ipv6' && parsed.match(siteLocal))
}

/** Decides whether the link check may connect to an address. */
export type AddressPolicy = (address: string) => boolean

/** Public addresses, plus the private addresses and ranges listed (comma-separated; invalid entries are an error). */
export const addressPolicy = (allowPrivate = ''): AddressPolicy => {
  const allowed = allowPrivate
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        if (entry.includes('/')) return ipaddr.parseCIDR(entry)
        const address = ipaddr.parse(entry)
        return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number]
      } catch {
        throw new Error(`LINK_CHECK_ALLOW_PRIVATE: "${entry}" is not an IP address or CIDR range`)
      }
    })
  return (address) => {
    if (isPublicAddress(address)) return true
    if (!ipaddr.isValid(address)) return false
    const parsed = ipaddr.process(address)
    return allowed.some((range) => parsed.kind() === range[0].kind() && parsed.match(range))
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * A `lookup` for Node's connect (got's `dnsLookup`): resolves the name, refuses it when any of its addresses is not
 * allowed, and answers with the addresses it checked — the ones the socket then connects to.
 */
export const guardedLookup =
  (allowed: AddressPolicy) =>
  (hostname: string, options: LookupOptions | LookupCallback, callback?: LookupCallback): void => {
    const done = (typeof options === 'function' ? options : callback)!
    const settings: LookupOptions = typeof options === 'function' ? {} : options
    lookup(hostname, { ...settings, all: true } as LookupAllOptions, (error, addresses) => {
      if (error) return done(error, [])
      const refused = addresses.find(({ address }) => !allowed(address))
      if (refused) return done(new BlockedAddressError(hostname, refused.address), [])
      if (addresses.length === 0) return done(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), [])
      if (settings.all) return done(null, addresses)
      done(null, addresses[0]!.address, addresses[0]!.family)
    })
  }

/** Throws when a URL's host is an IP literal that is not allowed (Node connects to those without a lookup). */
export const refuseLiteral = (allowed: AddressPolicy, url: URL): void => {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  if (isIP(host) && !allowed(host)) throw new BlockedAddressError(url.hostname, host)
}
