import { fileKindLabel, fileKindOf, fileSize, type FileKind } from '@/shared/format'

export interface MaterialFileFacts {
  kind: FileKind
  /** The kind as the library's filter names it ('Word'). */
  label: string
  size: string | null
  /** For the download links: 'Word, 4 kB'. */
  summary: string
}

/** What a material's own page says about its file; no file: a link to a website. */
export const materialFileFacts = (file: { mimeType?: string | null; filesize?: number | null } | null): MaterialFileFacts => {
  const kind = file ? fileKindOf(file.mimeType) : 'weblink'
  const label = fileKindLabel(kind)
  const size = fileSize(file?.filesize)
  return { kind, label, size, summary: [label, size].filter(Boolean).join(', ') }
}
