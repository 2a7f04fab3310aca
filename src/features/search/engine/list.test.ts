import { describe, expect, it } from 'vitest'

import { paginate, themeEntries } from './list'
import { toCorpus, type SearchRecord } from './records'
import { seedDocs } from '@tests/fixtures/searchCorpus'

const corpus = toCorpus(seedDocs())
const materials = corpus.records.filter((r) => r.type === 'material')
const themes = corpus.taxonomy.themes
const same = (r: SearchRecord) => r

describe('the per-theme view', () => {
  it('lists a material under every theme it has, so each rubric holds all of its materials', () => {
    const entries = themeEntries(materials, same, themes)
    for (const theme of themes) {
      const tagged = materials.filter((m) => m.themes.includes(theme.slug)).map((m) => m.key)
      expect(entries.filter((e) => e.theme === theme.slug).map((e) => e.item.key), theme.slug).toEqual(tagged)
    }
    // The seed has materials with more than one theme: otherwise this test would prove nothing.
    expect(entries.length).toBeGreaterThan(materials.length)
    expect(new Set(entries.map((e) => e.item.key)).size).toBe(materials.length)
  })

  it('keeps the themes’ order, and one block per theme', () => {
    const headings = themeEntries(materials, same, themes).map((e) => e.theme)
    const blocks = headings.filter((h, i) => h !== headings[i - 1])
    expect(blocks).toEqual(themes.map((t) => t.slug).filter((slug) => headings.includes(slug)))
  })

  it('shows only the ticked themes as headings when the theme filter is on', () => {
    const ticked = materials.filter((m) => m.themes.includes('warme-overdracht'))
    expect(ticked.length).toBeGreaterThan(0)
    expect(ticked.some((m) => m.themes[0] !== 'warme-overdracht')).toBe(true)
    const entries = themeEntries(ticked, same, themes, ['warme-overdracht'])
    expect(entries.map((e) => e.theme)).toEqual(ticked.map(() => 'warme-overdracht'))
    expect(entries.map((e) => e.item)).toEqual(ticked)
  })

  it('puts what has no theme last, under no heading', () => {
    const bare = { ...materials[0]!, key: 'material:bare', themes: [] }
    const entries = themeEntries([bare, ...materials], same, themes)
    expect(entries[entries.length - 1]).toEqual({ theme: null, item: bare })
  })
})

describe('paging', () => {
  it('gives the last page for a page past the end and the first for nonsense', () => {
    const items = Array.from({ length: 45 }, (_, i) => i)
    expect(paginate(items, 3, 20)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, pageCount: 3, pageAdjusted: false })
    expect(paginate(items, 9, 20)).toMatchObject({ page: 3, pageAdjusted: true })
    expect(paginate(items, Number.NaN, 20)).toMatchObject({ page: 1, pageAdjusted: true })
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1, pageAdjusted: false })
    expect(paginate(items, 1, Infinity).items).toHaveLength(45)
  })
})
