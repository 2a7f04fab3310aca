import { fileKindLabel, fileSize, formatDate, linkName } from '@/shared/format'
import { ItemActions } from './ResultItem'
import { labelOf, sourceTypes } from '@/shared/vocabulary'
import type { MaterialRecord } from '@/features/search/engine'

/** View, download or visit: a PDF opens in the browser, other files get a text preview on the material's page. */
export function MaterialActions({ material }: { material: MaterialRecord }) {
  const format = fileKindLabel(material.format)
  const size = fileSize(material.file?.filesize)
  return (
    <ItemActions>
      {material.file ? (
        material.format === 'pdf' ? (
          <a href={material.file.url} aria-label={linkName('Bekijken', material.title, 'PDF, opent in de browser')}>
            Bekijken
          </a>
        ) : (
          <a href={`${material.url}#voorbeeld`} aria-label={linkName('Voorbeeld', material.title)}>
            Voorbeeld
          </a>
        )
      ) : null}
      {material.file ? (
        <a href={material.file.url} download={material.file.filename} aria-label={linkName('Downloaden', material.title, [format, size].filter(Boolean).join(', '))}>
          Downloaden
        </a>
      ) : null}
      {material.externalUrl ? (
        <a href={material.externalUrl} aria-label={linkName('Naar de website', material.title)}>
          Naar de website
        </a>
      ) : null}
    </ItemActions>
  )
}

export const materialFacts = (material: MaterialRecord) => [
  fileKindLabel(material.format),
  fileSize(material.file?.filesize),
  formatDate(material.publishedDate),
  material.publisher,
  labelOf(sourceTypes, material.sourceType),
]
