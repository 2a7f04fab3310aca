import { describe, expect, it } from 'vitest'

import { changesPublicContent, markDraftSaves, refreshPublicPages } from './freshPages'

describe('which saves expire the public pages', () => {
  const published = { _status: 'published' } as const
  const draft = { _status: 'draft' } as const

  it('counts publishing, editing what is published, unpublishing and restoring a version as the live one', () => {
    expect(changesPublicContent({ draftSave: false, operation: 'update', doc: published })).toBe(true)
    expect(changesPublicContent({ draftSave: false, operation: 'create', doc: published })).toBe(true)
    // Unpublishing: a write of the live document with `_status: 'draft'`.
    expect(changesPublicContent({ draftSave: false, operation: 'update', doc: draft })).toBe(true)
  })

  it('leaves them alone for a draft save and for a new document created as a draft', () => {
    expect(changesPublicContent({ draftSave: true, operation: 'update', doc: draft })).toBe(false)
    expect(changesPublicContent({ draftSave: false, operation: 'create', doc: draft })).toBe(false)
  })

  it('counts every save of a collection without drafts (categories, media)', () => {
    expect(changesPublicContent({ draftSave: false, operation: 'update', doc: {} })).toBe(true)
    expect(changesPublicContent({ draftSave: false, operation: 'create', doc: {} })).toBe(true)
  })
})

describe('telling a draft save from an unpublish, before the operation', () => {
  const mark = (operation: 'update' | 'restoreVersion', args: Record<string, unknown>) => {
    const req = { context: {} as Record<string, unknown> }
    markDraftSaves({ args: { ...args, req }, collection: { slug: 'topics' }, operation, req } as never)
    return req.context['freshPages:draftSave:topics:7']
  }

  it('marks a save with draft=true that does not publish', () => {
    expect(mark('update', { id: 7, draft: true, data: { summary: 'x' } })).toBe(true)
    expect(mark('update', { id: 7, draft: true, data: { _status: 'draft' } })).toBe(true)
    expect(mark('restoreVersion', { id: 7, draft: true })).toBe(true)
  })

  it('does not mark publishing or unpublishing', () => {
    expect(mark('update', { id: 7, draft: true, data: { _status: 'published' } })).toBe(false)
    expect(mark('update', { id: 7, data: { _status: 'draft' } })).toBe(false)
    expect(mark('restoreVersion', { id: 7 })).toBe(false)
  })
})

describe('expiring outside a Next.js request', () => {
  it('does nothing and does not throw (seed scripts, tests on the local API)', () => {
    const logged: unknown[] = []
    expect(refreshPublicPages({ logger: { error: (...args: unknown[]) => logged.push(args) } } as never)).toBe('outside-request')
    expect(logged).toEqual([])
  })
})
