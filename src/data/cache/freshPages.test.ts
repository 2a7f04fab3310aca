import { describe, expect, it } from 'vitest'

import { changesPublicContent, refreshPublicPages } from './freshPages'

describe('which saves expire the public pages', () => {
  it('counts publishing, editing what is published and unpublishing', () => {
    expect(changesPublicContent({ _status: 'published' }, { _status: 'draft' })).toBe(true)
    expect(changesPublicContent({ _status: 'published' }, { _status: 'published' })).toBe(true)
    expect(changesPublicContent({ _status: 'draft' }, { _status: 'published' })).toBe(true)
    expect(changesPublicContent({ _status: 'published' }, undefined)).toBe(true)
  })

  it('leaves them alone for a draft of something never published', () => {
    expect(changesPublicContent({ _status: 'draft' }, { _status: 'draft' })).toBe(false)
    expect(changesPublicContent({ _status: 'draft' }, undefined)).toBe(false)
    expect(changesPublicContent({ _status: 'draft' }, {})).toBe(false)
  })

  it('counts every save of a collection without drafts (categories, media)', () => {
    expect(changesPublicContent({}, {})).toBe(true)
    expect(changesPublicContent({ _status: null }, undefined)).toBe(true)
  })
})

describe('expiring outside a Next.js request', () => {
  it('does nothing and does not throw (seed scripts, tests on the local API)', () => {
    const logged: unknown[] = []
    expect(refreshPublicPages({ logger: { error: (...args: unknown[]) => logged.push(args) } } as never)).toBe('outside-request')
    expect(logged).toEqual([])
  })
})
