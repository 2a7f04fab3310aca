import { describe, expect, it } from 'vitest'

import type { MaterialRecord } from '@/features/search/engine'
import { materialFacts } from '@/features/search/ui/MaterialParts'
import { fileLine } from '@/features/themes/topic/format'
import { materialFileFacts } from './materialFile'

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** Around the kB and MB steps, where a 1000-based and a 1024-based rule disagree. */
const sizes = [10, 999, 1000, 1023, 1024, 4124, 51_200, 512_000, 999_499, 999_600, 1_000_000, 1_048_576, 1_234_567, 10_485_760, 52_428_800]

describe('a material’s file', () => {
  it('is described by kind and size on its own page', () => {
    expect(materialFileFacts({ mimeType: docx, filesize: 4124 })).toEqual({ kind: 'word', label: 'Word', size: '4 kB', summary: 'Word, 4 kB' })
    expect(materialFileFacts({ mimeType: 'application/pdf', filesize: null }).summary).toBe('PDF')
    expect(materialFileFacts(null)).toEqual({ kind: 'weblink', label: 'Link naar een website', size: null, summary: 'Link naar een website' })
  })

  it('shows the same format and size on the topic page, on its own page and in the lists', () => {
    for (const filesize of sizes) {
      const onTopic = fileLine({ mimeType: docx, filesize })
      const onMaterialPage = materialFileFacts({ mimeType: docx, filesize }).summary
      // The library and the site search show a material's facts in this order: format, size, date, ….
      const record = { format: 'word', file: { url: '/x.docx', filename: 'x.docx', mimeType: docx, filesize } } as MaterialRecord
      const inLists = materialFacts(record).slice(0, 2).join(', ')
      expect(onMaterialPage, `${filesize} bytes`).toBe(onTopic)
      expect(inLists, `${filesize} bytes`).toBe(onTopic)
    }
  })
})
