import { describe, expect, it } from 'vitest'

import type { Instrument } from '@/payload-types'
import { toInstrumentDefinition, toParagraphs } from './definition'

const theme = { id: 1, slug: 'risicofactoren', title: 'Risicofactoren' }
const topic = (id: number, slug: string, title: string, withTheme: unknown = theme) => ({ id, slug, title, theme: withTheme })

/** A document as Payload returns it at depth 2 with the link fields populated (see definition.ts). */
const doc = (overrides: Partial<Instrument> = {}): Instrument =>
  ({
    id: 7,
    title: 'Preventieplan afwezigheden',
    slug: 'preventieplan-afwezigheden',
    summary: 'Een plan.',
    madeBy: 'PLG Antwerpen',
    sectionLabel: 'Fase',
    followUp: true,
    routeMap: null,
    material: { id: 3, title: 'Preventieplan (Word)', slug: 'preventieplan-afwezigheden-plg-antwerpen' },
    topics: [topic(10, 'afwezigheden', 'Afwezigheden'), 11],
    sections: [
      {
        id: 'sec-a',
        title: 'Fase 0 – Brede basiszorg',
        summary: '  Verbindend schoolklimaat ',
        intro: 'Eerste alinea\nloopt door.\n\n  \nTweede alinea.',
        goal: '',
        guidingQuestions: [{ id: 'g1', text: 'Hoe registreert de school?' }],
        clbRole: null,
        lists: [{ id: 'l1', label: 'Wat maakt het raam groter?', items: [{ id: 'i1', text: 'Vrienden' }] }],
        parts: [
          {
            id: 'part-a',
            title: 'Verbindend schoolklimaat',
            text: null,
            questions: [
              { id: 'q1', kind: 'checklist', prompt: 'Wat doet de school al?', help: ' ', options: [{ id: 'o1', text: 'Pauzeactiviteiten' }] },
              { id: 'q2', kind: 'scale', prompt: 'Schaal je school in', help: '0 tot 10', options: [{ id: 'stale', text: 'left from a checklist' }] },
              { id: 'q3', kind: 'actions', prompt: 'Acties' },
            ],
          },
        ],
        topics: [topic(12, 'bindingsperspectief', 'Bindingsperspectief'), topic(13, 'zonder-thema', 'Zonder thema', 99)],
        materials: [{ id: 4, title: 'Actieplan', slug: 'actieplan' }, 5],
      },
    ],
    updatedAt: '2026-12-01T10:00:00.000Z',
    createdAt: '2026-11-01T10:00:00.000Z',
    _status: 'published',
    ...overrides,
  }) as Instrument

describe('toParagraphs', () => {
  it('splits on blank lines (also lines of spaces) and drops empty paragraphs', () => {
    expect(toParagraphs('Een\ntwee\n\n \n\nDrie  ')).toEqual(['Een\ntwee', 'Drie'])
    expect(toParagraphs(null)).toEqual([])
    expect(toParagraphs('   ')).toEqual([])
  })
})

describe('toInstrumentDefinition', () => {
  it('maps the instrument: revision is updatedAt, flags are booleans, links are site paths', () => {
    const definition = toInstrumentDefinition(doc())
    expect(definition).toMatchObject({
      slug: 'preventieplan-afwezigheden',
      title: 'Preventieplan afwezigheden',
      madeBy: 'PLG Antwerpen',
      sectionLabel: 'Fase',
      revision: '2026-12-01T10:00:00.000Z',
      followUp: true,
      routeMap: false,
      material: { label: 'Preventieplan (Word)', href: '/materialen/preventieplan-afwezigheden-plg-antwerpen' },
    })
    // A relation Payload left as an id (a draft, for a visitor) is no link.
    expect(definition.topics).toEqual([{ label: 'Afwezigheden', href: '/themas/risicofactoren/afwezigheden' }])
  })

  it('keeps the admin’s row ids, trims optional texts and leaves empty ones out', () => {
    const [section] = toInstrumentDefinition(doc()).sections
    expect(section).toMatchObject({
      id: 'sec-a',
      summary: 'Verbindend schoolklimaat',
      intro: ['Eerste alinea\nloopt door.', 'Tweede alinea.'],
      guidingQuestions: ['Hoe registreert de school?'],
      lists: [{ label: 'Wat maakt het raam groter?', items: ['Vrienden'] }],
    })
    expect(section!.goal).toBeUndefined()
    expect(section!.clbRole).toBeUndefined()
    expect(section!.parts[0]!.text).toEqual([])
    expect(section!.parts[0]!.questions).toEqual([
      { id: 'q1', kind: 'checklist', prompt: 'Wat doet de school al?', help: undefined, options: [{ id: 'o1', label: 'Pauzeactiviteiten' }] },
      // Options belong to checklists only, even if an editor switched the kind and left some behind.
      { id: 'q2', kind: 'scale', prompt: 'Schaal je school in', help: '0 tot 10' },
      { id: 'q3', kind: 'actions', prompt: 'Acties', help: undefined },
    ])
  })

  it('links a section to its topics (with a populated theme) and its materials', () => {
    const [section] = toInstrumentDefinition(doc()).sections
    expect(section!.links).toEqual([
      { label: 'Bindingsperspectief', href: '/themas/risicofactoren/bindingsperspectief' },
      { label: 'Actieplan', href: '/materialen/actieplan' },
    ])
  })

  it('copes with an instrument without material, topics or parts', () => {
    const definition = toInstrumentDefinition(
      doc({ material: null, topics: null, sections: [{ id: 'x', title: 'Enige stap' }] as Instrument['sections'] }),
    )
    expect(definition.material).toBeUndefined()
    expect(definition.topics).toEqual([])
    expect(definition.sections).toEqual([
      { id: 'x', title: 'Enige stap', summary: undefined, intro: [], goal: undefined, guidingQuestions: [], clbRole: undefined, result: undefined, preconditions: undefined, lists: [], parts: [], links: [] },
    ])
  })
})
