/**
 * Next.js 16 sends a cached page's redirect (a topic that moved to another theme) with its `Location` header twice
 * on the render that fills the cache (vercel/next.js#82117, fix pending in #95913); a proxy that joins repeated
 * headers turns it into `/a, /a`. These headers have one value: a repeated one is dropped.
 * Plain JavaScript, like scripts/serve.mjs, which wraps every response it hands to Next.js with this.
 */
const singleValued = new Set(['location', 'x-nextjs-stale-time'])

export const withoutRepeatedHeaders = (response) => {
  const append = response.appendHeader.bind(response)
  response.appendHeader = (name, value) =>
    singleValued.has(String(name).toLowerCase()) && response.hasHeader(name) ? response : append(name, value)
  return response
}
