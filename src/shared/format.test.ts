import { describe, expect, it } from 'vitest'

import { allowedMimeTypes } from '@/data/collections/Media'
import { counted, fileFormat, fileKindLabel, fileKindOf, fileKinds, fileSize, formatDate, isoDate, linkName, opensInBrowser } from './format'

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('dates', () => {
  it('writes dates in Dutch, in Brussels time', () => {
    expect(formatDate('2026-06-15T00:00:00.000Z')).toBe('15 juni 2026')
    // 23:30 UTC on 31 December is already New Year in Brussels.
    expect(formatDate('2025-12-31T23:30:00.000Z')).toBe('1 januari 2026')
    expect(isoDate('2025-12-31T23:30:00.000Z')).toBe('2026-01-01')
    expect(formatDate(null)).toBeNull()
    expect(formatDate('geen datum')).toBeNull()
    expect(isoDate(null)).toBeUndefined()
    expect(isoDate('geen datum')).toBeUndefined()
  })

  it('writes the same day for people and for machines', () => {
    for (const iso of ['2026-03-29T00:30:00.000Z', '2026-10-24T22:30:00.000Z', '2026-07-01T21:59:59.000Z', '2026-07-01T22:00:00.000Z']) {
      const [year, month, day] = isoDate(iso)!.split('-').map(Number)
      expect(formatDate(iso)).toBe(formatDate(new Date(Date.UTC(year!, month! - 1, day!, 12)).toISOString()))
    }
  })
})

describe('file sizes', () => {
  it('writes sizes in decimal units with a Dutch decimal comma', () => {
    expect(fileSize(1_234_567)).toBe('1,2 MB')
    expect(fileSize(12_345_678)).toBe('12,3 MB')
    expect(fileSize(2_000_000)).toBe('2 MB')
    expect(fileSize(4124)).toBe('4 kB')
    expect(fileSize(10)).toBe('1 kB')
    expect(fileSize(0)).toBe('1 kB')
  })

  it('counts 1000 bytes to the kB, not 1024', () => {
    expect(fileSize(1024)).toBe('1 kB')
    expect(fileSize(1_048_576)).toBe('1 MB')
    expect(fileSize(512_000)).toBe('512 kB')
  })

  it('moves to MB where kB would round to 1000', () => {
    expect(fileSize(999_499)).toBe('999 kB')
    expect(fileSize(999_600)).toBe('1 MB')
  })

  it('writes nothing for an unknown size', () => {
    expect(fileSize(null)).toBeNull()
    expect(fileSize(undefined)).toBeNull()
    expect(fileSize(-1)).toBeNull()
    expect(fileSize(Number.NaN)).toBeNull()
  })
})

describe('file types', () => {
  it('names file formats the way visitors do', () => {
    expect(fileFormat('application/pdf')).toBe('PDF')
    expect(fileFormat(docx)).toBe('Word')
    expect(fileFormat('application/vnd.oasis.opendocument.text')).toBe('OpenDocument-tekst')
    expect(fileFormat('image/png')).toBe('Afbeelding (PNG)')
    expect(fileFormat('APPLICATION/PDF')).toBe('PDF')
    expect(fileFormat('application/x-onbekend')).toBe('X')
    expect(fileFormat(null)).toBe('Bestand')
  })

  it('sorts files into the kinds of the library filter', () => {
    expect(fileKindOf('application/pdf')).toBe('pdf')
    expect(fileKindOf(docx)).toBe('word')
    expect(fileKindOf('application/vnd.oasis.opendocument.spreadsheet')).toBe('opendocument')
    expect(fileKindOf('image/gif')).toBe('afbeelding')
    expect(fileKindOf(null)).toBe('weblink')
    expect(fileKindLabel('word')).toBe('Word')
    expect(fileKindLabel('weblink')).toBe('Link naar een website')
  })

  it('knows every type an editor may upload: its kind and its name', () => {
    // Fails when the media collection takes a new type: give it a kind and a name in format.ts, then here.
    expect(Object.fromEntries(allowedMimeTypes.map((m) => [m, `${fileKindOf(m)}: ${fileFormat(m)}`]))).toEqual({
      'application/pdf': 'pdf: PDF',
      [docx]: 'word: Word',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel: Excel',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'powerpoint: PowerPoint',
      'application/vnd.oasis.opendocument.text': 'opendocument: OpenDocument-tekst',
      'application/vnd.oasis.opendocument.spreadsheet': 'opendocument: OpenDocument-rekenblad',
      'application/vnd.oasis.opendocument.presentation': 'opendocument: OpenDocument-presentatie',
      'text/csv': 'csv: CSV',
      'image/png': 'afbeelding: Afbeelding (PNG)',
      'image/jpeg': 'afbeelding: Afbeelding (JPEG)',
      'image/webp': 'afbeelding: Afbeelding (WebP)',
      'image/svg+xml': 'afbeelding: Afbeelding (SVG)',
    })
  })

  it('names a file as its kind does, or more precisely', () => {
    for (const mimeType of allowedMimeTypes) expect(fileFormat(mimeType)).toContain(fileKindLabel(fileKindOf(mimeType)))
    expect(new Set(fileKinds.map((k) => k.value)).size).toBe(fileKinds.length)
  })

  it('opens PDFs and images in the browser, downloads the rest', () => {
    expect(opensInBrowser('application/pdf')).toBe(true)
    expect(opensInBrowser('image/png')).toBe(true)
    expect(opensInBrowser(docx)).toBe(false)
    expect(opensInBrowser(null)).toBe(false)
  })
})

describe('counts', () => {
  it('writes one or many, with a Dutch thousands separator', () => {
    expect(counted(1, 'materiaal', 'materialen')).toBe('1 materiaal')
    expect(counted(0, 'materiaal', 'materialen')).toBe('0 materialen')
    expect(counted(1234, 'materiaal', 'materialen')).toBe('1.234 materialen')
  })
})

describe('link names', () => {
  it('puts the visible word first, then what it is for and the file, as one string', () => {
    expect(linkName('Downloaden', 'Draaiboek', 'PDF, 48 kB')).toBe('Downloaden: Draaiboek (PDF, 48 kB)')
    expect(linkName('Voorbeeld', ' Draaiboek ')).toBe('Voorbeeld: Draaiboek')
    expect(linkName('Naar de website', 'Draaiboek', '')).toBe('Naar de website: Draaiboek')
  })
})
