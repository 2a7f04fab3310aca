/**
 * The instruments collection on a real database (run on SQLite and on PostgreSQL by the two
 * *.integration.test.ts files beside this one, each in its own process: the Payload config reads DATABASE_URL
 * once, when it is first imported): the seed (six instruments with their sections and
 * questions, linked to the materials they replace and to topics), access per role, versions and drafts, and the
 * queries the pages use (the definition, the topic page's list, the material page's pointer).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { instruments } from '@/data/seed/data/instruments'
import { seed } from '@/data/seed/seed'
import type { Instrument, User } from '@/payload-types'
import type { TestPayload } from '@tests/support/payload'
import { createUsers } from '@tests/support/users'
import type { InstrumentDefinition } from './model'
import { findInstrument } from './definition'

const questionCount = (definition: InstrumentDefinition) =>
  definition.sections.reduce((sum, section) => sum + section.parts.reduce((n, part) => n + part.questions.length, 0), 0)

const seedQuestionCount = (slug: string) =>
  instruments
    .find((instrument) => instrument.slug === slug)!
    .sections.reduce((sum, section) => sum + section.parts.reduce((n, part) => n + part.questions.length, 0), 0)

/** Runs an operation with access control on; true when allowed, false when refused (401/403). */
const allowed = async (operation: () => Promise<unknown>): Promise<boolean> => {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return false
    throw error
  }
}

export const instrumentsSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`instruments on ${name}`, () => {
    let test: TestPayload
    let payload: Payload
    let users: Record<'beheerder' | 'redacteur' | 'auteur', User>
    const as = (role: keyof typeof users) => ({ overrideAccess: false, user: users[role] }) as const

    beforeAll(async () => {
      test = await start()
      payload = test.payload
      users = await createUsers(payload)
      await seed(payload)
    })
    afterAll(async () => {
      await test?.close()
    })

    /** A small valid instrument: one section, one part, a checklist and a scale. */
    const minimal = (n: number, status: 'draft' | 'published') => ({
      title: `Testinstrument ${n}`,
      summary: 'Om te testen',
      madeBy: 'PLG Test',
      sectionLabel: 'Fase' as const,
      sections: [
        {
          title: 'Fase 1',
          parts: [
            {
              title: 'Doelstelling',
              questions: [
                { kind: 'checklist' as const, prompt: 'Wat doet de school al?', options: [{ text: 'Iets' }, { text: 'Nog iets' }] },
                { kind: 'scale' as const, prompt: 'Schaal je school in' },
              ],
            },
          ],
        },
      ],
      _status: status,
    })
    let counter = 0

    it('seeds the six instruments, published, with their sections and questions', async () => {
      const { docs } = await payload.find({ collection: 'instruments', overrideAccess: false, pagination: false, depth: 0 })
      expect(docs.map((doc) => doc.slug).sort()).toEqual(
        ['aanwezig-in-de-klas', 'aanwezig-op-school', 'dialoogdocument-ouders', 'dialoogdocument-school-clb', 'jij-ziet-mij', 'preventieplan-afwezigheden'],
      )
      const sections: Record<string, number> = {}
      for (const instrument of instruments) {
        const definition = (await findInstrument(payload, instrument.slug))!
        sections[instrument.slug] = definition.sections.length
        expect(questionCount(definition), instrument.slug).toBe(seedQuestionCount(instrument.slug))
      }
      expect(sections).toEqual({
        'preventieplan-afwezigheden': 4,
        'aanwezig-op-school': 5,
        'aanwezig-in-de-klas': 5,
        'dialoogdocument-ouders': 5,
        'dialoogdocument-school-clb': 5,
        'jij-ziet-mij': 3,
      })
    })

    it('gives the prevention plan phases 0–3, each objective its checklist, score /10 and follow-up question, each phase an action table', async () => {
      const plan = (await findInstrument(payload, 'preventieplan-afwezigheden'))!
      expect(plan).toMatchObject({ madeBy: 'PLG Antwerpen', sectionLabel: 'Fase', followUp: true, routeMap: true })
      expect(plan.sections.map((s) => s.title)).toEqual([
        'Fase 0 – Brede basiszorg',
        'Fase 1 – Verhoogde zorg',
        'Fase 2 – Uitbreiding van zorg',
        'Fase 3 – Individueel aangepast curriculum',
      ])
      expect(questionCount(plan)).toBe(52)
      for (const section of plan.sections) {
        const objectives = section.parts.slice(0, -1)
        expect(objectives.length, section.title).toBeGreaterThanOrEqual(2)
        for (const part of objectives) {
          expect(part.questions.map((q) => q.kind)).toEqual(['checklist', 'scale', 'open'])
          expect(part.questions[0]!.options!.length).toBeGreaterThanOrEqual(3)
          expect(part.questions[2]!.prompt).toBe('Waar wil je op inzetten om je score te verhogen?')
        }
        expect(section.parts.at(-1)!.questions.map((q) => q.kind)).toEqual(['actions'])
      }
      // Objective 0.1 carries seed 004's ten questions (and two from the route map).
      expect(plan.sections[0]!.parts[0]!.questions[0]!.options).toHaveLength(12)
      expect(plan.material).toEqual({ label: 'Preventieplan afwezigheden', href: '/materialen/preventieplan-afwezigheden-plg-antwerpen' })
      expect(plan.topics.map((t) => t.href)).toContain('/themas/risicofactoren/afwezigheden')
      expect(plan.sections[0]!.links.map((l) => l.href)).toContain('/themas/beschermende-factoren/bindingsperspectief')
      // Ids are unique across the whole instrument: answers are stored by them.
      const ids = plan.sections.flatMap((s) => [s.id, ...s.parts.flatMap((p) => [p.id, ...p.questions.map((q) => q.id)])])
      expect(new Set(ids).size).toBe(ids.length)
    })

    it('gives the dialogue sheets five phases with doel, richtvragen, rol CLB, resultaat and voorwaarden; the parents’ document five domains', async () => {
      for (const slug of ['aanwezig-op-school', 'aanwezig-in-de-klas']) {
        const sheet = (await findInstrument(payload, slug))!
        expect(sheet.madeBy).toBe('PLG Limburg')
        for (const section of sheet.sections) {
          expect(section.goal, section.title).toBeTruthy()
          expect(section.guidingQuestions!.length).toBeGreaterThan(0)
          expect(section.clbRole).toBeTruthy()
          expect(section.result).toBeTruthy()
          expect(section.preconditions).toBeTruthy()
        }
      }
      const parents = (await findInstrument(payload, 'dialoogdocument-ouders'))!
      expect(parents.sectionLabel).toBe('Domein')
      expect(parents.sections.map((s) => s.title)).toEqual(['Thuis', 'School', 'Sociaal', 'Individu', 'Cultuur'])
      for (const section of parents.sections) {
        expect(section.lists!.map((l) => l.label)).toEqual([
          'Wat het raam groter kan maken (voorbeelden)',
          'Wat het raam kleiner kan maken (voorbeelden)',
        ])
        expect(section.parts[0]!.questions.map((q) => q.prompt).slice(0, 2)).toEqual(['Wat maakt het raam groter?', 'Wat maakt het raam kleiner?'])
      }
      const schoolClb = (await findInstrument(payload, 'dialoogdocument-school-clb'))!
      for (const section of schoolClb.sections.slice(0, 4)) expect(section.parts.map((p) => p.title)).toEqual(['Basisvragen', 'Verdiepende vragen'])
      const seesMe = (await findInstrument(payload, 'jij-ziet-mij'))!
      expect(seesMe.sections.map((s) => s.title)).toEqual(['Preventief', 'Tijdens afwezigheid', 'Bij terugkeer'])
      expect(seesMe.sections.every((s) => s.parts.some((p) => p.questions.some((q) => q.kind === 'checklist')))).toBe(true)
    })

    it('links each instrument to the material it replaces, and the pages find them back', async () => {
      for (const instrument of instruments) {
        const definition = (await findInstrument(payload, instrument.slug))!
        expect(definition.material?.href).toBe(`/materialen/${instrument.material}`)
      }
      const material = (await payload.find({ collection: 'materials', where: { slug: { equals: 'preventieplan-afwezigheden-plg-antwerpen' } }, depth: 0 })).docs[0]!
      const online = await payload.find({ collection: 'instruments', where: { material: { equals: material.id } }, overrideAccess: false, depth: 0 })
      expect(online.docs.map((d) => d.slug)).toEqual(['preventieplan-afwezigheden'])

      // Imported once Payload runs on the test database: the module reads the config when it loads.
      const { servingTopic } = await import('@/features/themes/queries/topics')
      const topicId = async (slug: string) => (await payload.find({ collection: 'topics', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!.id
      const serving = async (slug: string) =>
        (await payload.find({ collection: 'instruments', where: servingTopic(await topicId(slug)), overrideAccess: false, depth: 0, pagination: false })).docs
          .map((d) => d.slug)
          .sort()
      expect(await serving('afwezigheden')).toContain('preventieplan-afwezigheden')
      // Named only by a section of the plan (phase 0), not by the plan itself.
      expect(instruments.find((i) => i.slug === 'preventieplan-afwezigheden')!.topics).not.toContain('afwezigheidscodes-en-registratie')
      expect(await serving('afwezigheidscodes-en-registratie')).toContain('preventieplan-afwezigheden')
      expect(await serving('basisprincipes-netwerkgericht-werken')).toEqual([])
    })

    it('lets anonymous visitors read published instruments only', async () => {
      const draft = await payload.create({ collection: 'instruments', draft: true, data: minimal(++counter, 'draft') })
      const { docs } = await payload.find({ collection: 'instruments', overrideAccess: false, draft: true, pagination: false, depth: 0 })
      expect(docs.map((d) => d.id)).not.toContain(draft.id)
      expect(docs).toHaveLength(instruments.length)
      expect(await findInstrument(payload, draft.slug!)).toBeUndefined()
      expect(await allowed(() => payload.create({ collection: 'instruments', overrideAccess: false, data: minimal(++counter, 'published') }))).toBe(false)
    })

    it('lets an auteur save drafts only: no publishing, no unpublishing, no deleting', async () => {
      const draft = await payload.create({ collection: 'instruments', ...as('auteur'), draft: true, data: minimal(++counter, 'draft') })
      expect(draft._status).toBe('draft')
      expect(await allowed(() => payload.create({ collection: 'instruments', ...as('auteur'), data: minimal(++counter, 'published') }))).toBe(false)
      expect(await allowed(() => payload.update({ collection: 'instruments', id: draft.id, ...as('auteur'), data: { _status: 'published' } }))).toBe(false)
      expect((await payload.findByID({ collection: 'instruments', id: draft.id, depth: 0 }))._status).toBe('draft')

      const published = await payload.create({ collection: 'instruments', data: minimal(++counter, 'published') })
      expect(await allowed(() => payload.update({ collection: 'instruments', id: published.id, ...as('auteur'), data: { _status: 'draft' } }))).toBe(false)
      expect(await allowed(() => payload.delete({ collection: 'instruments', id: published.id, ...as('auteur') }))).toBe(false)
      expect((await payload.findByID({ collection: 'instruments', id: published.id, depth: 0 }))._status).toBe('published')
    })

    it('lets a redacteur publish, and keeps versions: a draft edit leaves the published instrument as it was, ids survive', async () => {
      const draft = await payload.create({ collection: 'instruments', ...as('auteur'), draft: true, data: minimal(++counter, 'draft') })
      const published = await payload.update({ collection: 'instruments', id: draft.id, ...as('redacteur'), data: { _status: 'published' } })
      expect(published._status).toBe('published')
      const before = (await findInstrument(payload, published.slug!))!
      expect(before.sections[0]!.parts[0]!.questions[0]!.options!.map((o) => o.label)).toEqual(['Iets', 'Nog iets'])

      // An auteur edits a prompt as a draft: visitors still get the published text, the team sees the draft.
      const sections = structuredClone(published.sections) as Instrument['sections']
      sections[0]!.parts![0]!.questions![1]!.prompt = 'Schaal je school in voor deze doelstelling'
      await payload.update({ collection: 'instruments', id: draft.id, ...as('auteur'), draft: true, data: { sections } })
      const visible = (await findInstrument(payload, published.slug!))!
      expect(visible.sections[0]!.parts[0]!.questions[1]!.prompt).toBe('Schaal je school in')
      const staffView = await payload.findByID({ collection: 'instruments', id: draft.id, draft: true, ...as('auteur') })
      expect(staffView.sections[0]!.parts![0]!.questions![1]!.prompt).toBe('Schaal je school in voor deze doelstelling')

      // The redacteur publishes it: a new revision with the same ids, so earlier answers find their question.
      await payload.update({ collection: 'instruments', id: draft.id, ...as('redacteur'), data: { sections, _status: 'published' } })
      const after = (await findInstrument(payload, published.slug!))!
      expect(after.sections[0]!.parts[0]!.questions[1]!.prompt).toBe('Schaal je school in voor deze doelstelling')
      expect(after.revision).not.toBe(before.revision)
      const idsOf = (d: InstrumentDefinition) => d.sections.flatMap((s) => s.parts.flatMap((p) => p.questions.flatMap((q) => [q.id, ...(q.options ?? []).map((o) => o.id)])))
      expect(idsOf(after)).toEqual(idsOf(before))

      const versions = await payload.findVersions({ collection: 'instruments', where: { parent: { equals: draft.id } }, ...as('redacteur') })
      expect(versions.totalDocs).toBeGreaterThanOrEqual(4)
      expect(await allowed(() => payload.findVersions({ collection: 'instruments', where: { parent: { equals: draft.id } }, overrideAccess: false }))).toBe(false)
      expect(await allowed(() => payload.delete({ collection: 'instruments', id: draft.id, ...as('redacteur') }))).toBe(true)
    })

    it('refuses a checklist without items, with a Dutch message', async () => {
      const data = minimal(++counter, 'published')
      data.sections[0]!.parts[0]!.questions[0]!.options = []
      const error = await payload.create({ collection: 'instruments', ...as('redacteur'), data }).then(
        () => null,
        (e: { data?: { errors?: { message: string }[] } }) => e,
      )
      expect(error?.data?.errors?.map((e) => e.message)).toEqual(['Een checklist heeft minstens één item.'])
    })
  })
