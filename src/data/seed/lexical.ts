/**
 * Plain paragraphs → the Lexical rich-text state Payload stores, so seeded text is editable like any other. A
 * `[text](/path)` in a paragraph becomes a link (Payload's own link node), as an editor would make it in the admin.
 */
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

const linkNode = (text: string, url: string) => ({
  type: 'link',
  format: '' as const,
  indent: 0,
  version: 3,
  direction: 'ltr' as const,
  fields: { url, newTab: false, linkType: 'custom' },
  children: [textNode(text)],
})

/** The inline nodes of one paragraph: text, with links where it has `[text](url)`. */
export const inlineNodes = (paragraph: string) => {
  const nodes: (ReturnType<typeof textNode> | ReturnType<typeof linkNode>)[] = []
  let at = 0
  for (const match of paragraph.matchAll(LINK)) {
    if (match.index > at) nodes.push(textNode(paragraph.slice(at, match.index)))
    nodes.push(linkNode(match[1]!, match[2]!))
    at = match.index + match[0].length
  }
  if (at < paragraph.length || nodes.length === 0) nodes.push(textNode(paragraph.slice(at)))
  return nodes
}

export const paragraphsToRichText = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      textFormat: 0,
      textStyle: '',
      children: inlineNodes(text),
    })),
  },
})
