/**
 * The Atom feed of what's new, written by the `feed` library (escaping, dates and the Atom structure are its job,
 * not a string template's). Absolute links from the site address given by the caller, read when the request is
 * served, so a build made on another machine never bakes its own address into the feed.
 *
 * The feed is in Dutch: `xml:lang="nl"` on its root, which feed readers use for hyphenation and speech. The library
 * writes `language` only into RSS, so it is added to the Atom root here (the one attribute the library writes there,
 * `xmlns`, is matched exactly: a change in the library's output fails loudly instead of dropping the language).
 */
import { Feed } from 'feed'

import { feedPath, whatsNewPath } from '@/shared/paths'
import { siteName } from '@/shared/site'
import { changeKindLabels, isNew, type Change } from './changes'

export const feedTitle = `${siteName}: wat is er nieuw`

const atomRoot = '<feed xmlns="http://www.w3.org/2005/Atom">'

/** The Atom document with `xml:lang` on its root element. */
const inDutch = (xml: string) => {
  if (xml.indexOf(atomRoot) < 0 || xml.indexOf(atomRoot) !== xml.lastIndexOf(atomRoot)) throw new Error('Atom feed: unexpected root element')
  return xml.replace(atomRoot, '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">')
}

export const atomFeed = (changes: Change[], siteUrl: string): string => {
  const base = siteUrl.replace(/\/$/, '')
  const feed = new Feed({
    id: `${base}${whatsNewPath}`,
    title: feedTitle,
    description: 'Nieuwe en bijgewerkte onderwerpen, materialen, goede praktijken en instrumenten van de Toolbox Schooluitval.',
    link: `${base}${whatsNewPath}`,
    language: 'nl',
    updated: changes[0] ? new Date(changes[0].updatedAt) : new Date(0),
    feedLinks: { atom: `${base}${feedPath}` },
    generator: false,
    copyright: siteName,
    author: { name: siteName, link: `${base}/` },
  })
  for (const change of changes) {
    const link = `${base}${change.path}`
    feed.addItem({
      // One entry per page and change: a feed reader shows an update again as a new item.
      id: `${link}#${change.updatedAt}`,
      title: `${changeKindLabels[change.kind]}: ${change.title}`,
      link,
      date: new Date(change.updatedAt),
      published: new Date(change.createdAt),
      description: `${isNew(change) ? 'Nieuw' : 'Bijgewerkt'} — ${change.summary}`,
      category: [{ name: changeKindLabels[change.kind], term: change.kind }],
    })
  }
  return inDutch(feed.atom1())
}
