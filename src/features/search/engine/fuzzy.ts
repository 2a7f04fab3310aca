/**
 * Words of a radix tree within a few edits of a word: the classic walk that carries one row of the edit-distance
 * table per character down the tree and abandons a branch as soon as the whole row is over the limit. Distances
 * are "optimal string alignment": Levenshtein plus a swap of two neighbouring letters as one edit
 * ("afwezgiheid"), the commonest slip on a keyboard.
 *
 * Orama's own fuzzy lookup (`find({ tolerance })`) was replaced: its walk branches on every edit at every node
 * without pruning and took 10–20 ms for one word over a vocabulary of a few thousand words (see bench/README.md).
 */
interface TrieNode {
  s: string
  w: string
  e: boolean
  c: Map<string, TrieNode>
}

export const wordsWithin = (tree: TrieNode, word: string, maxDistance: number): Map<string, number> => {
  const out = new Map<string, number>()
  const n = word.length
  const first = Array.from({ length: n + 1 }, (_, j) => j)

  const visit = (node: TrieNode, previous: number[], beforePrevious: number[] | null, previousChar: string) => {
    let rowPrev = previous
    let rowPrevPrev = beforePrevious
    let charPrev = previousChar
    for (const ch of node.s) {
      const row = new Array<number>(n + 1)
      row[0] = rowPrev[0]! + 1
      let best = row[0]
      for (let j = 1; j <= n; j++) {
        const cost = word[j - 1] === ch ? 0 : 1
        let d = Math.min(rowPrev[j]! + 1, row[j - 1]! + 1, rowPrev[j - 1]! + cost)
        if (rowPrevPrev && j > 1 && word[j - 1] === charPrev && word[j - 2] === ch) d = Math.min(d, rowPrevPrev[j - 2]! + 1)
        row[j] = d
        if (d < best) best = d
      }
      // A swap can still bring the next row back within reach from the row before this one.
      const reachable = Math.min(best, Math.min(...rowPrev) + 1)
      rowPrevPrev = rowPrev
      rowPrev = row
      charPrev = ch
      if (reachable > maxDistance) return
    }
    if (node.e && node.w && rowPrev[n]! <= maxDistance) out.set(node.w, rowPrev[n]!)
    for (const child of node.c.values()) visit(child, rowPrev, rowPrevPrev, charPrev)
  }

  for (const child of tree.c.values()) visit(child, first, null, '')
  return out
}
