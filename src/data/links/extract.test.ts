import { describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/data/seed/lexical'
import { outsideLinks, richTextLinks } from './extract'

describe('outside links', () => {
  it('finds links and autolinks in rich text, but not links to this site or to documents', () => {
    const text = paragraphsToRichText(['Zie [een studie](https://onderzoek.test/a) en [de kaart](/vroegdetectie).'])
    const paragraph = text.root.children[0]!.children as unknown[]
    paragraph.push(
      { type: 'autolink', fields: { url: 'http://oud.test/b', linkType: 'custom' }, children: [] },
      { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'topics', value: 1 } }, children: [] },
      { type: 'link', fields: { url: 'mailto:info@school.test', linkType: 'custom' }, children: [] },
    )
    expect(richTextLinks(text)).toEqual(['https://onderzoek.test/a', 'http://oud.test/b'])
    expect(richTextLinks(null)).toEqual([])
    expect(richTextLinks({ root: 'geen boom' })).toEqual([])
  })

  it('names the field each link is in, once per field', () => {
    expect(
      outsideLinks('topics', {
        why: paragraphsToRichText(['[a](https://a.test/) en nog eens [a](https://a.test/)']),
        insights: [{ url: 'https://bron.test/' }, { url: '' }],
        links: [{ url: '/partners' }, { url: 'https://b.test/' }],
      }),
    ).toEqual([
      { url: 'https://a.test/', field: 'Waarom-tekst' },
      { url: 'https://bron.test/', field: 'Onderzoeksinzichten' },
      { url: 'https://b.test/', field: 'Links' },
    ])
    expect(outsideLinks('materials', { externalUrl: 'https://m.test/x.pdf' })).toEqual([{ url: 'https://m.test/x.pdf', field: 'Link naar het materiaal' }])
    expect(outsideLinks('materials', { externalUrl: null })).toEqual([])
    expect(outsideLinks('partners', { website: 'niet een adres' })).toEqual([])
  })
})
