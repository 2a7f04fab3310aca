/**
 * The client's address and scheme as scripts/serve.mjs vouches for them (scripts/server/clientAddress.mjs: the socket
 * peer, or the hop TRUSTED_PROXY_HOPS names), never a header the client wrote. Without serve.mjs in front (`npm run
 * dev`) every request counts as one client, 'onbekend'.
 */
/** The header names serve.mjs sets; scripts/clientAddress.test.ts checks they match its own. */
export const clientAddressHeader = 'x-toolbox-client-address'
export const clientProtocolHeader = 'x-toolbox-client-protocol'

export const clientAddressOf = (request: { headers: Headers }): string => request.headers.get(clientAddressHeader) || 'onbekend'

/** Reached over https: the trusted proxy said so, or the site's own address is https (SITE_URL). */
export const overHttps = (request: { headers: Headers }, siteUrl: string): boolean =>
  request.headers.get(clientProtocolHeader) === 'https' || siteUrl.startsWith('https://')
