import { describe, expect, it } from 'vitest'

import { sourceTypes } from '@/shared/vocabulary'
import { fileLine, groupBySource, lowerFirst } from './format'

describe('topic page materials and headings', () => {
  it('describes a material’s file on its card by format and size', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    expect(fileLine({ mimeType: docx, filesize: 4124 })).toBe('Word, 4 kB')
    expect(fileLine({ mimeType: 'application/vnd.oasis.opendocument.text', filesize: 1_234_567 })).toBe('OpenDocument-tekst, 1,2 MB')
    expect(fileLine({ mimeType: 'application/pdf', filesize: null })).toBe('PDF')
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
