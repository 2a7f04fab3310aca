import { fileKindLabel, fileSize, formatDate } from '@/shared/format'
import { ItemActions, VisuallyHidden } from './ResultItem'
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
          <a href={material.file.url}>
            Bekijken<VisuallyHidden>: {material.title} (PDF, opent in de browser)</VisuallyHidden>
          </a>
        ) : (
          <a href={`${material.url}#voorbeeld`}>
            Voorbeeld<VisuallyHidden>: {material.title}</VisuallyHidden>
          </a>
        )
      ) : null}
      {material.file ? (
        <a href={material.file.url} download={material.file.filename}>
          Downloaden
          <VisuallyHidden>
            : {material.title} ({[format, size].filter(Boolean).join(', ')})
          </VisuallyHidden>
        </a>
      ) : null}
      {material.externalUrl ? (
        <a href={material.externalUrl}>
          Naar de website<VisuallyHidden>: {material.title}</VisuallyHidden>
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
