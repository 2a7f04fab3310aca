/**
 * Where the outside links of the content live: plain URL fields (a material's link, a practice's or partner's
 * website, a topic's insight sources and links) and links inside rich text (a topic's why-text, a practice's
 * description: Payload's Lexical `link` and `autolink` nodes). Internal links (a page of this site, a link to a
 * document) are not outside links. Pure: the job reads the documents, this says which addresses they hold.
 */

export const linkedCollections = ['topics', 'materials', 'practices', 'partners'] as const
export type LinkedCollection = (typeof linkedCollections)[number]

/** One outside address in one field of a document. */
export interface FoundLink {
  url: string
  /** The field as the admin labels it. */
  field: string
}

export const isOutsideUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

type LexicalNode = { type?: unknown; fields?: { url?: unknown; linkType?: unknown }; children?: unknown }

/** The outside addresses of links in a Lexical rich-text value, in document order. */
export const richTextLinks = (value: unknown): string[] => {
  const found: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children } = node as LexicalNode
    if ((type === 'link' || type === 'autolink') && fields?.linkType !== 'internal' && isOutsideUrl(fields?.url)) found.push(fields.url)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((value as { root?: unknown } | null)?.root)
  return found
}

const rows = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])

const field = (url: unknown, label: string): FoundLink[] => (isOutsideUrl(url) ? [{ url, field: label }] : [])

/** Every outside link of one document of a linked collection (duplicates within the document removed). */
export const outsideLinks = (collection: LinkedCollection, doc: Record<string, unknown>): FoundLink[] => {
  const links: FoundLink[] = (() => {
    switch (collection) {
      case 'topics':
        return [
          ...richTextLinks(doc.why).map((url) => ({ url, field: 'Waarom-tekst' })),
          ...rows(doc.insights).flatMap((row) => field(row.url, 'Onderzoeksinzichten')),
          ...rows(doc.links).flatMap((row) => field(row.url, 'Links')),
        ]
      case 'materials':
        return field(doc.externalUrl, 'Link naar het materiaal')
      case 'practices':
        return [...richTextLinks(doc.description).map((url) => ({ url, field: 'Beschrijving' })), ...field(doc.website, 'Website')]
      case 'partners':
        return field(doc.website, 'Website')
    }
  })()
  const seen = new Set<string>()
  return links.filter((link) => {
    const key = `${link.url} ${link.field}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
