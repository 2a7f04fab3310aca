import { describe, expect, it } from 'vitest'

import { inlineScripts, wantsHashes, withHashes } from './contentSecurity.mjs'

const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"
const page = '<!DOCTYPE html><html><head><script src="/_next/a.js"></script><script>self.__next_f=[]</script></head>' +
  '<body><script type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"é"])</script></body></html>'

describe('inline script hashes', () => {
  it('finds the inline scripts that run, not the external ones or data blocks', () => {
    expect(inlineScripts(page)).toEqual(['self.__next_f=[]', 'self.__next_f.push([1,"é"])'])
  })

  it("replaces script-src's 'unsafe-inline', and only that one", () => {
    expect(withHashes(policy, ["'sha256-x'"])).toBe("default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self' 'unsafe-inline'")
    expect(withHashes(policy, [])).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'")
  })

  it("asks for hashes only where script-src holds the 'unsafe-inline' placeholder", () => {
    expect(wantsHashes(policy)).toBe(true)
    expect(wantsHashes("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'")).toBe(false)
    expect(wantsHashes('')).toBe(false)
  })
})
