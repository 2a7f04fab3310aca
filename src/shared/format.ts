/** Dutch (Belgian) formats for dates and file sizes in lists. */
const dateFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' })

export const formatDate = (iso: string | null | undefined): string | null => {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date)
}

const number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 })

export const formatSize = (bytes: number | null | undefined): string | null => {
  if (!bytes || bytes < 0) return null
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${number.format(Math.round(bytes / 1024))} kB`
  return `${number.format(bytes / 1024 / 1024)} MB`
}

/** "1 materiaal", "12 materialen". */
export const counted = (count: number, one: string, many: string) => `${count.toLocaleString('nl-BE')} ${count === 1 ? one : many}`
