import type { TextField } from 'payload'

/** Accepts only absolute http(s) addresses, with a Dutch message otherwise. */
export const validateUrl = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Geef een geldig webadres.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'Een webadres begint met https:// of http://.'
  } catch {
    return 'Geef een volledig webadres, bijvoorbeeld https://www.voorbeeld.be.'
  }
}

export const urlField = (name: string, label: string, required = false): TextField => ({
  name,
  label,
  type: 'text',
  required,
  validate: (value: unknown) => (required && !value ? 'Dit veld is verplicht.' : validateUrl(value)),
})
