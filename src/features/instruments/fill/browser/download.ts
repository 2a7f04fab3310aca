/**
 * Saving a file the page made (the fill-in's JSON, the Word document) to the user's computer: a Blob URL clicked as a
 * download. Nothing goes over the network; the URL is revoked right after. (The same few lines as the early-detection
 * tool's; features do not import each other.)
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
