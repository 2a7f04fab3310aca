import type { Media } from '@/payload-types'
import { VisuallyHidden } from '@/features/search/ui/ResultItem'
import { materialFileFacts } from '@/features/library/materialFile'
import { detailStyles as styles } from './Detail'

/**
 * A file's buttons on a detail page: "Bekijken in de browser" for a PDF, and "Downloaden (PDF, 4 kB)", with the
 * file's own (relative) address. One file on a material's page; each attachment on a practice's page, where `name`
 * tells a screen reader which file a button is for.
 */
export function FileLinks({ file, name }: { file: Pick<Media, 'url' | 'filename' | 'mimeType' | 'filesize'>; name?: string }) {
  if (!file.url) return null
  const { kind, summary } = materialFileFacts(file)
  const which = name ? <VisuallyHidden>: {name}</VisuallyHidden> : null
  return (
    <>
      {kind === 'pdf' ? (
        <a className={`${styles.button} ${styles.primary}`} href={file.url}>
          Bekijken in de browser{which}
        </a>
      ) : null}
      <a className={styles.button} href={file.url} download={file.filename ?? undefined}>
        Downloaden{which} ({summary})
      </a>
    </>
  )
}
