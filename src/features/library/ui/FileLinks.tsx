import type { Media } from '@/payload-types'
import { materialFileFacts } from '@/features/library/materialFile'
import { linkName } from '@/shared/format'
import { detailStyles as styles } from './Detail'

/**
 * A file's buttons on a detail page: "Bekijken in de browser" for a PDF, and "Downloaden (PDF, 4 kB)", with the
 * file's own (relative) address. One file on a material's page, where the page is the file's context and the visible
 * text is the whole name; each attachment on a practice's page, where `name` makes each link's name say which file
 * ("Downloaden: Draaiboek (PDF, 4 kB)").
 */
export function FileLinks({ file, name }: { file: Pick<Media, 'url' | 'filename' | 'mimeType' | 'filesize'>; name?: string }) {
  if (!file.url) return null
  const { kind, summary } = materialFileFacts(file)
  return (
    <>
      {kind === 'pdf' ? (
        <a className={`${styles.button} ${styles.primary}`} href={file.url} aria-label={name ? linkName('Bekijken in de browser', name) : undefined}>
          Bekijken in de browser
        </a>
      ) : null}
      <a className={styles.button} href={file.url} download={file.filename ?? undefined} aria-label={name ? linkName('Downloaden', name, summary) : undefined}>
        Downloaden ({summary})
      </a>
    </>
  )
}
