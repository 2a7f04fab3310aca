import type { CollectionAfterChangeHook } from 'payload'

import { idsOf } from '@/shared/relations'

/**
 * Counterparts are symmetric: when A names B as its counterpart, B names A too. Only the published
 * document is touched (not drafts), and only when the set actually changed, so the hook never loops.
 */
export const linkCounterparts: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.skipCounterparts || doc._status !== 'published') return doc
  const now = idsOf(doc.counterparts)
  const before = idsOf(previousDoc?.counterparts)
  const added = now.filter((id) => !before.includes(id))
  const removed = before.filter((id) => !now.includes(id))

  for (const [otherId, link] of [...added.map((id) => [id, true] as const), ...removed.map((id) => [id, false] as const)]) {
    const other = await req.payload.findByID({ collection: 'topics', id: otherId, depth: 0, req, disableErrors: true })
    if (!other) continue
    const theirs = idsOf(other.counterparts)
    const has = theirs.includes(doc.id)
    if (link === has) continue
    await req.payload.update({
      collection: 'topics',
      id: otherId,
      data: { counterparts: link ? [...theirs, doc.id] : theirs.filter((id) => id !== doc.id) } as never,
      depth: 0,
      req,
      context: { skipCounterparts: true },
    })
  }
  return doc
}
