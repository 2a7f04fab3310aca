import { describe, expect, it } from 'vitest'

import { sourceTypes } from '@/shared/vocabulary'
import { fileFormat, fileSize, formatDate, groupBySource, isoDate, lowerFirst, opensInBrowser } from './format'

describe('topic page formats', () => {
  it('writes dates in Dutch, in Brussels time', () => {
    expect(formatDate('2026-06-15T00:00:00.000Z')).toBe('15 juni 2026')
    // 23:30 UTC on 31 December is already New Year in Brussels.
    expect(formatDate('2025-12-31T23:30:00.000Z')).toBe('1 januari 2026')
    expect(isoDate('2025-12-31T23:30:00.000Z')).toBe('2026-01-01')
    expect(formatDate(null)).toBeNull()
    expect(formatDate('geen datum')).toBeNull()
  })

  it('names file formats the way visitors do', () => {
    expect(fileFormat('application/pdf')).toBe('PDF')
    expect(fileFormat('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word')
    expect(fileFormat('application/x-onbekend')).toBe('X')
    expect(fileFormat(null)).toBe('Bestand')
  })

  it('opens PDFs and images in the browser, downloads the rest', () => {
    expect(opensInBrowser('application/pdf')).toBe(true)
    expect(opensInBrowser('image/png')).toBe(true)
    expect(opensInBrowser('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false)
    expect(opensInBrowser(null)).toBe(false)
  })

  it('writes file sizes with a Dutch decimal comma', () => {
    expect(fileSize(1_234_567)).toBe('1,2 MB')
    expect(fileSize(4124)).toBe('4 kB')
    expect(fileSize(10)).toBe('1 kB')
    expect(fileSize(null)).toBeNull()
    expect(fileSize(-1)).toBeNull()
  })

  it('groups materials by source in the order of the vocabulary and leaves empty groups out', () => {
    const items = [
      { id: 1, sourceType: 'andere' },
      { id: 2, sourceType: 'overheid' },
      { id: 3, sourceType: 'sts-netwerk' },
      { id: 4, sourceType: 'overheid' },
      { id: 5, sourceType: 'iets-nieuws' },
    ]
    const groups = groupBySource(items)
    expect(groups.map((g) => g.value)).toEqual(['sts-netwerk', 'overheid', 'andere'])
    expect(groups[1]!.items.map((i) => i.id)).toEqual([2, 4])
    // An unknown source type lands under 'Andere' instead of disappearing.
    expect(groups[2]!.items.map((i) => i.id)).toEqual([1, 5])
    expect(groups[0]!.label).toBe(sourceTypes[0].label)
    expect(groupBySource([])).toEqual([])
  })

  it('lowers the first letter, but not of an acronym', () => {
    expect(lowerFirst('Afwezigheden')).toBe('afwezigheden')
    expect(lowerFirst('NAFT-trajecten')).toBe('NAFT-trajecten')
    expect(lowerFirst('')).toBe('')
  })
})
