'use client'
import type { ProgressUpdate } from '@/features/detection/engine/session'
import styles from './detection.module.css'
import { STAGE_LABELS, fileSize, formatNumber } from '@/features/detection/texts'

/** Progress of the worker: a determinate bar while bytes are loaded, an indeterminate one while it computes. */
export function Progress({ update, id }: { update: ProgressUpdate; id: string }) {
  const determinate = update.stage === 'laden' && update.total !== undefined && update.total > 0 && update.loaded !== undefined
  const detail =
    update.stage === 'laden' && determinate
      ? `${fileSize(update.loaded!)} van ${fileSize(update.total!)}`
      : update.total
        ? `${formatNumber(update.total)} rijen`
        : ''
  return (
    <div className={styles.progress}>
      <span id={id}>
        {STAGE_LABELS[update.stage]}…{detail ? ` (${detail})` : ''}
      </span>
      {determinate ? <progress aria-labelledby={id} max={update.total} value={update.loaded} /> : <progress aria-labelledby={id} />}
    </div>
  )
}
