/**
 * Inline scripts allowed by their hashes, not by 'unsafe-inline' (issue 14). Next.js writes its data for hydration
 * into inline <script> elements whose text differs per page, and a nonce would need each response rendered anew,
 * which cached pages are not. So the policy (next.config.mjs, one per kind of page) says `script-src 'self'
 * 'unsafe-inline'`, and for each HTML page that 'unsafe-inline' is replaced with the SHA-256 hash of every inline
 * script the page actually carries (scripts/server/htmlPages.mjs does that as the page leaves, once per distinct
 * page: scripts/server/pageBodies.mjs). A page served from cache has the same scripts, so the same hashes. An
 * injected script (a stored XSS that got past the escaping) has a hash the policy does not list, and the browser
 * refuses it. Browsers that know hashes ignore 'unsafe-inline' beside them anyway; we drop it all the same.
 */
import { createHash } from 'node:crypto'

/** The text of each inline script (no src) in an HTML document. */
export const inlineScripts = (html) => {
  const scripts = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1]
    if (/\ssrc\s*=/i.test(attributes)) continue
    // Data blocks (JSON-LD, application/json) are not run, so need no permission.
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue
    scripts.push(match[2])
  }
  return scripts
}

export const scriptHashes = (html) => [
  ...new Set(inlineScripts(html).map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)),
]

/** Whether a response's policy asks for its page's hashes: its script-src holds the 'unsafe-inline' placeholder. */
export const wantsHashes = (policy) => /script-src[^;]*'unsafe-inline'/.test(policy)

/** The policy with script-src's 'unsafe-inline' replaced by the hashes (or by nothing when there are none). */
export const withHashes = (policy, hashes) =>
  policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/)
      if (name !== 'script-src' || !sources.includes("'unsafe-inline'")) return directive.trim()
      return [name, ...sources.filter((source) => source !== "'unsafe-inline'"), ...hashes].join(' ')
    })
    .join('; ')
