/**
 * The link check as one run: read every outside link of the content (published versions and the newest drafts,
 * so a link an editor is about to publish is checked too), check each address once with the polite client, and
 * keep one `link-checks` document per address — its result, when it was checked, since when it is broken, and
 * where it is used. Addresses nothing uses any more are removed.
 */
import type { Payload } from 'payload'

import { checkLinks, isBroken, type CheckOptions } from './check'
import { linkedCollections, outsideLinks, type LinkedCollection } from './extract'

export interface LinkUse {
  collection: LinkedCollection
  docId: string
  title: string
  field: string
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.id)

/** Every outside address of the content, with the places that use it. */
export const collectLinks = async (payload: Payload): Promise<Map<string, LinkUse[]>> => {
  const uses = new Map<string, LinkUse[]>()
  for (const collection of linkedCollections) {
    for (const draft of [false, true]) {
      const { docs } = await payload.find({ collection, draft, pagination: false, depth: 0 })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        for (const link of outsideLinks(collection, doc)) {
          const use: LinkUse = { collection, docId: String(doc.id), title: titleOf(doc), field: link.field }
          const list = uses.get(link.url) ?? []
          if (!list.some((u) => u.collection === use.collection && u.docId === use.docId && u.field === use.field)) list.push(use)
          uses.set(link.url, list)
        }
      }
    }
  }
  return uses
}

export interface LinkCheckSummary {
  checked: number
  broken: number
}

export const runLinkCheck = async (payload: Payload, options: CheckOptions = {}): Promise<LinkCheckSummary> => {
  const uses = await collectLinks(payload)
  const urls = [...uses.keys()]
  payload.logger.info(`Link check: ${urls.length} addresses`)
  const results = await checkLinks(urls, options)
  const now = new Date().toISOString()
  const { docs: known } = await payload.find({ collection: 'link-checks', pagination: false, depth: 0 })
  const byUrl = new Map(known.map((doc) => [doc.url, doc]))
  let broken = 0
  for (const result of results) {
    const previous = byUrl.get(result.url)
    const failing = isBroken(result.status)
    if (failing) broken++
    const data = {
      url: result.url,
      status: result.status,
      broken: failing,
      statusCode: result.statusCode,
      note: result.note,
      finalUrl: result.finalUrl,
      lastChecked: now,
      firstFailure: failing ? (previous?.firstFailure ?? now) : null,
      usedIn: uses.get(result.url)!,
    }
    if (previous) await payload.update({ collection: 'link-checks', id: previous.id, data, depth: 0 })
    else await payload.create({ collection: 'link-checks', data, depth: 0 })
  }
  const gone = known.filter((doc) => !uses.has(doc.url)).map((doc) => doc.id)
  if (gone.length) await payload.delete({ collection: 'link-checks', where: { id: { in: gone } } })
  payload.logger.info(`Link check: ${results.length} checked, ${broken} broken`)
  return { checked: results.length, broken }
}
