/** What of a request reaches the access log, and which request ids are kept (scripts/server/logging.mjs). */
import { describe, expect, it } from 'vitest'

import { loggedTarget, requestId } from './logging.mjs'

describe('the logged request target', () => {
  it('keeps the path and only the names of the query parameters, never their values', () => {
    expect(loggedTarget('/zoeken?q=Jan%20Peeters&type=materialen&q=x')).toEqual({ path: '/zoeken', query: ['q', 'type'] })
    expect(JSON.stringify(loggedTarget('/api/users?where[email][equals]=jan@school.be'))).not.toMatch(/jan|school/)
    expect(loggedTarget('/themas/risicofactoren')).toEqual({ path: '/themas/risicofactoren' })
    expect(loggedTarget('/materialen?')).toEqual({ path: '/materialen' })
  })

  it('masks the one-time tokens in reset and verification paths', () => {
    expect(loggedTarget('/admin/reset/3f9a8c7d').path).toBe('/admin/reset/:token')
    expect(loggedTarget('/api/users/verify/3f9a8c7d').path).toBe('/api/users/verify/:token')
    expect(loggedTarget('/admin/users/verify/3f9a8c7d').path).toBe('/admin/users/verify/:token')
  })

  it('cuts a very long path short', () => {
    expect(loggedTarget(`/${'a'.repeat(5000)}`).path).toHaveLength(512)
  })
})

describe('the request id', () => {
  it('keeps a well-formed incoming id', () => {
    for (const id of ['f47ac10b-58cc-4372-a567-0e02b2c3d479', '5f2b9c1e8a7d4e3f9a0b1c2d3e4f5a6b', '1-67891233-abcdef:x.y_z']) {
      expect(requestId(id)).toBe(id)
    }
  })

  it('replaces a missing, overlong or ill-formed one with a new UUID', () => {
    for (const incoming of [undefined, '', 'a'.repeat(129), 'id with spaces', '{"level":"error"}', '-leading-dash', ['a', 'b']]) {
      const id = requestId(incoming)
      expect(id).not.toBe(incoming)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    expect(requestId(undefined)).not.toBe(requestId(undefined))
  })
})
