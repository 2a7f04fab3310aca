import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import type { ListingSpec } from '@/features/search/queries'
import type { SearchRecord } from '@/features/search/engine'

// The list shape reads the search index; here the database is down. (The index itself is tested in src/features/search.)
vi.mock('@/features/search/queries', () => ({
  getSearchIndex: () => Promise.reject(new Error('database unreachable')),
  queryListing: () => {
    throw new Error('not reached')
  },
}))

const { detailPage } = await import('./detailPage')
const { listPage } = await import('./listPage')

const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

const shape = (load: (slug: string) => Promise<{ name: string } | undefined>) =>
  detailPage({
    list: { label: 'Partners', href: '/partners' },
    load,
    about: (p) => ({ title: p.name, lead: `Over ${p.name}.`, path: `/partners/${p.name.toLowerCase()}` }),
    unavailable: 'De gegevens van deze partner',
    body: () => 'Het aanbod.',
  })

describe('the detail-page shape', () => {
  it('shows breadcrumb, heading, lead and body, with metadata from the same page', async () => {
    const { generateMetadata, Page } = shape(async (slug) => (slug === 'clb' ? { name: 'CLB' } : undefined))
    const html = renderToStaticMarkup(await Page(params('clb')))
    expect(html).toContain('<a href="/partners">Partners</a>')
    expect(html).toMatch(/<article><h1>CLB<\/h1><p[^>]*>Over CLB\.<\/p>Het aanbod\.<\/article>/)
    const metadata = await generateMetadata(params('clb'))
    expect(metadata).toMatchObject({ title: 'CLB', description: 'Over CLB.', alternates: { canonical: '/partners/clb' } })
  })

  it('answers 404 for what is not published', async () => {
    const { generateMetadata, Page } = shape(async () => undefined)
    await expect(Page(params('onbekend'))).rejects.toMatchObject({ digest: expect.stringContaining('404') })
    expect(await generateMetadata(params('onbekend'))).toEqual({ title: 'Niet gevonden' })
  })

  it('shows a notice, not an error, when the database cannot be read, and keeps it out of search engines', async () => {
    const { generateMetadata, Page } = shape(() => Promise.reject(new Error('database unreachable')))
    const html = renderToStaticMarkup(await Page(params('clb')))
    expect(html).toContain('<h1>Tijdelijk niet beschikbaar</h1>')
    expect(html).toContain('De gegevens van deze partner kunnen op dit moment niet getoond worden.')
    expect(await generateMetadata(params('clb'))).toEqual({ title: 'Tijdelijk niet beschikbaar', robots: { index: false } })
  })
})

describe('the list-page shape', () => {
  const { metadata, Page } = listPage({
    title: 'Partners',
    description: 'Organisaties om mee samen te werken.',
    lead: 'Met wie kan een school samenwerken?',
    id: 'partners',
    path: '/partners',
    listing: { type: 'partner', pageSize: 24, groups: [], sorts: [] } as unknown as ListingSpec<SearchRecord>,
    searchLabel: 'Zoeken in de partners',
    noun: { one: 'partner', many: 'partners' },
    unavailable: 'De partners',
    renderItem: () => null,
  })

  it('gives the page its metadata', () => {
    expect(metadata).toMatchObject({ title: 'Partners', description: 'Organisaties om mee samen te werken.', alternates: { canonical: '/partners' } })
  })

  it('shows heading, lead and a notice, not an error, when the index cannot be read', async () => {
    const html = renderToStaticMarkup(await Page({ searchParams: Promise.resolve({ q: 'clb' }) }))
    expect(html).toContain('<h1>Partners</h1><p class="lead">Met wie kan een school samenwerken?</p>')
    expect(html).toContain('De partners kunnen op dit moment niet getoond worden.')
  })
})
