/** The seed's topics point to the toolbox's own tools and lists, by paths that are pages of the site. */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { inlineNodes } from './lexical'
import { topics } from './data/topics'
import { validateLink } from '@/data/fields/url'

const frontend = path.resolve(import.meta.dirname, '../../app/(frontend)')
/** A path's first segment must be a route folder of its own (not the catch-all that answers 404s). */
const isRoute = (url: string) => existsSync(path.join(frontend, new URL(url, 'http://x').pathname.split('/')[1] ?? ''))

const inlineLinks = (paragraphs: string[]) =>
  paragraphs.flatMap(inlineNodes).flatMap((node) => (node.type === 'link' && 'fields' in node ? [node.fields.url] : []))

describe('links between the parts in the seed', () => {
  it('every topic link is a valid link, and every link to a page of the site goes to a route', () => {
    for (const topic of topics) {
      for (const url of [...topic.links.map((l) => l.url), ...inlineLinks(topic.why)]) {
        expect(validateLink(url), `${topic.slug}: ${url}`).toBe(true)
        if (url.startsWith('/')) expect(isRoute(url), `${topic.slug}: ${url}`).toBe(true)
      }
    }
  })

  it('points the early-detection topic to the detection tool and the partners topic to the partner list', () => {
    const bySlug = (slug: string) => topics.find((t) => t.slug === slug)!
    expect(bySlug('vroege-detectie').links.map((l) => l.url)).toContain('/vroegdetectie')
    expect(inlineLinks(bySlug('vroege-detectie').why)).toContain('/vroegdetectie')
    expect(bySlug('partners').links.map((l) => l.url)).toContain('/partners')
    expect(inlineLinks(bySlug('partners').why)).toContain('/partners')
  })

  it('turns [text](path) into a link node and leaves other text alone', () => {
    expect(inlineNodes('In de [partnerlijst](/partners) staan ze.').map((n) => n.type)).toEqual(['text', 'link', 'text'])
    expect(inlineNodes('Geen link [hier] (of daar).')).toHaveLength(1)
  })
})
