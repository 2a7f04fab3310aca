import { describe, expect, it } from 'vitest'

import { buildNodes, columnX, effectiveParents, sizes, wrapTitle, type MapTheme, type MapTopic } from './model'

const topic = (id: number, parentId: number | null = null, title = `Onderwerp ${id}`): MapTopic => ({
  id,
  slug: `o-${id}`,
  title,
  gradient: false,
  inProgress: false,
  parentId,
})
const theme = (id: number, topics: MapTopic[] = []): MapTheme => ({ id, slug: `thema-${id}`, title: `Thema ${id}`, summary: '', colour: 'rood', topics })

describe('wrapTitle', () => {
  it('breaks at spaces within the budget', () => {
    expect(wrapTitle('Taalachterstand binnen de anderstalige context', 24)).toEqual(['Taalachterstand binnen', 'de anderstalige context'])
    expect(wrapTitle('Afwezigheden', 24)).toEqual(['Afwezigheden'])
  })

  it('ends an over-long title in an ellipsis on the last allowed line', () => {
    const lines = wrapTitle('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien', 12, 3)
    expect(lines).toHaveLength(3)
    expect(lines[2]!.endsWith('…')).toBe(true)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(12)
  })

  it('cuts a single word longer than a line', () => {
    expect(wrapTitle('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali…'])
  })
})

describe('buildNodes', () => {
  it('lists the centre, then each theme followed by its branch depth-first (the Tab order)', () => {
    const nodes = buildNodes([theme(1, [topic(10), topic(11, 10), topic(12)]), theme(2, [topic(20)])])
    expect(nodes.map((n) => n.title)).toEqual(['Samen tegen schooluitval', 'Thema 1', 'Onderwerp 10', 'Onderwerp 11', 'Onderwerp 12', 'Thema 2', 'Onderwerp 20'])
    expect(nodes.map((n) => n.depth)).toEqual([0, 1, 2, 3, 2, 1, 2])
    expect(nodes[1]!.descendants).toBe(3)
    expect(nodes[2]!.descendants).toBe(1)
    expect(nodes[3]!.parent).toBe(2)
    expect(nodes[3]!.themeIndex).toBe(1)
  })

  it('sizes boxes from their wrapped lines', () => {
    const [, t, o] = buildNodes([theme(1, [topic(10, null, 'Een titel die over twee regels moet lopen')])])
    expect(t!.height).toBe(sizes.theme.lineHeight + 2 * sizes.theme.padY)
    expect(o!.lines.length).toBe(2)
    expect(o!.height).toBe(2 * sizes.topic.lineHeight + 2 * sizes.topic.padY)
  })

  it('puts the first half of the themes on the right', () => {
    const sides = buildNodes([1, 2, 3, 4, 5].map((i) => theme(i))).slice(1).map((n) => n.side)
    expect(sides).toEqual([1, 1, 1, -1, -1])
  })

  it('draws every topic once, even with an unknown parent or a parent loop', () => {
    const parents = effectiveParents([topic(1, 2), topic(2, 1), topic(3, 99), topic(4, 3)])
    expect([...parents.entries()]).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, 3],
    ])
    const nodes = buildNodes([theme(1, [topic(1, 2), topic(2, 1), topic(3, 99), topic(4, 3)])])
    expect(nodes.filter((n) => n.kind === 'topic')).toHaveLength(4)
  })

  it('steps the columns outwards', () => {
    expect(columnX(2)).toBeGreaterThan(columnX(1) + sizes.theme.width)
    expect(columnX(3)).toBeGreaterThan(columnX(2) + sizes.topic.width)
    expect(columnX(4)).toBeGreaterThan(columnX(3) + sizes.subtopic.width)
  })
})
