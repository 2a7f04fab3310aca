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

/** A page of this site: "/vroegdetectie", "/partners?regio=limburg". Not "//host" (another site) nor "/\\host". */
export const isSitePath = (value: string): boolean => /^\/(?![/\\])[^\s\\]*$/.test(value)

/** Like validateUrl, and also a page of this site by its path, so editors can point to the toolbox's own tools. */
export const validateLink = (value: unknown): true | string => {
  if (typeof value === 'string' && value.startsWith('/')) {
    return isSitePath(value) ? true : 'Een pagina van de toolbox begint met één / en bevat geen spaties, bijvoorbeeld /vroegdetectie.'
  }
  return validateUrl(value)
}

/** A link to another website or to a page of the toolbox itself (shown as such on the page). */
export const linkField = (name: string, label: string, required = false): TextField => ({
  name,
  label,
  type: 'text',
  required,
  validate: (value: unknown) => (required && !value ? 'Dit veld is verplicht.' : validateLink(value)),
  admin: {
    description: 'Een webadres (https://…) of een pagina van de toolbox: /vroegdetectie, /partners, /materialen?q=preventieplan …',
  },
})
