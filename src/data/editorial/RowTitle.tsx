'use client'

import { useRowLabel } from '@payloadcms/ui'

/**
 * The label of a row in an array field of the admin panel: the row's own title (or prompt, label, text) instead of
 * "Onderdeel 03", so an editor finds a phase, an objective or a question in a folded list.
 */
export function RowTitle() {
  const { data, rowNumber } = useRowLabel<{ title?: string; prompt?: string; label?: string; text?: string }>()
  const own = [data?.title, data?.prompt, data?.label, data?.text].find((value) => typeof value === 'string' && value.trim() !== '')
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  return <span>{own ? `${number}. ${own.length > 90 ? `${own.slice(0, 89)}…` : own}` : number}</span>
}
