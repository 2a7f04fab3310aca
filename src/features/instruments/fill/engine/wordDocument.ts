/**
 * The Word export: the instrument as the PLG wrote it (sections, goal, guiding questions, CLB role, objectives and
 * their questions), with this fill-in's answers in place: ticked checklist items, "7/10", the action table Wat /
 * Wie / Wanneer / Check, and the follow-up scores by date. Built with `docx` (already used by the seed for the
 * materials' Word files): it writes genuine .docx packages in the browser as well as in Node, so nothing is sent
 * anywhere to make the file. Returns the Document; the page packs it to a Blob, tests to a Buffer.
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx'

import type { InstrumentDefinition, Question, Section } from '@/features/instruments/model'
import { answerText, isAnswered, orphanAnswers, sectionHeading, valueOf, type FillIn } from './answers'
import { formatDateTime, objectiveSeries } from './followUp'

type Block = Paragraph | Table

const p = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, ...options })] })
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level })
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } })
const lines = (text: string): Paragraph[] => text.split(/\n+/).map((line) => p(line))
const notFilled = () => p('(niet ingevuld)', { italics: true })

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8A99' }
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }
const cell = (text: string, bold = false) => new TableCell({ children: (text || ' ').split('\n').map((line) => p(line, { bold })) })
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  })

function dialogueFields(section: Section): Block[] {
  const blocks: Block[] = []
  const field = (label: string, text?: string) => {
    if (!text?.trim()) return
    blocks.push(heading(label, HeadingLevel.HEADING_3), ...lines(text))
  }
  field('Doel', section.goal)
  if (section.guidingQuestions?.length) blocks.push(heading('Richtvragen', HeadingLevel.HEADING_3), ...section.guidingQuestions.map(bullet))
  field('Rol van het CLB', section.clbRole)
  field('Resultaat', section.result)
  field('Voorwaarden', section.preconditions)
  for (const list of section.lists ?? []) blocks.push(heading(list.label, HeadingLevel.HEADING_3), ...list.items.map(bullet))
  return blocks
}

function questionBlocks(question: Question, fillIn: FillIn): Block[] {
  const value = valueOf(fillIn, question)
  const prompt = p(question.prompt, { bold: true })
  switch (value.kind) {
    case 'open':
      return [prompt, ...(value.text.trim() ? lines(value.text.trim()) : [notFilled()])]
    case 'checklist':
      return [prompt, ...(question.options ?? []).map((o) => p(`${value.checked.includes(o.id) ? '☒' : '☐'} ${o.label}`))]
    case 'scale':
      return [new Paragraph({ children: [new TextRun({ text: `${question.prompt}: `, bold: true }), new TextRun(value.value === null ? '___/10' : `${value.value}/10`)] })]
    case 'actions': {
      const rows = value.rows.filter((r) => isAnswered({ kind: 'actions', rows: [r] }))
      return [
        prompt,
        table(
          ['Wat', 'Wie', 'Wanneer', 'Check'],
          rows.length ? rows.map((r) => [r.what, r.who, r.when, [r.done ? '☒ afgewerkt' : '☐ nog te doen', r.note].filter(Boolean).join('\n')]) : [['', '', '', '']],
        ),
      ]
    }
  }
}

function followUpBlocks(definition: InstrumentDefinition, fillIn: FillIn): Block[] {
  if (!definition.followUp || fillIn.snapshots.length === 0) return []
  const snapshots = [...fillIn.snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt)).slice(-6)
  const series = objectiveSeries(definition, fillIn)
  return [
    heading('Opvolging (PDCA): scores door de tijd', HeadingLevel.HEADING_1),
    p(`Momentopnames van de scores per doelstelling${fillIn.snapshots.length > 6 ? ' (de laatste zes)' : ''}.`),
    table(
      ['Doelstelling', ...snapshots.map((s) => formatDateTime(s.takenAt))],
      series.map((s) => [s.objective, ...snapshots.map((snap) => (typeof snap.scores[s.questionId] === 'number' ? `${snap.scores[s.questionId]}/10` : '–'))]),
    ),
  ]
}

export function wordDocument(definition: InstrumentDefinition, fillIn: FillIn, now: Date): Document {
  const children: Block[] = [
    new Paragraph({ text: definition.title, heading: HeadingLevel.TITLE }),
    p(fillIn.name, { bold: true }),
    p(`${definition.madeBy} · Toolbox Schooluitval · ingevuld, stand van ${formatDateTime(now.toISOString())}`, { italics: true }),
  ]
  if (definition.summary) children.push(p(definition.summary))
  for (const section of definition.sections) {
    children.push(heading(sectionHeading(definition, section), HeadingLevel.HEADING_1))
    for (const text of section.intro ?? []) children.push(p(text))
    children.push(...dialogueFields(section))
    for (const part of section.parts) {
      if (part.title) children.push(heading(part.title, HeadingLevel.HEADING_2))
      for (const text of part.text ?? []) children.push(p(text))
      for (const question of part.questions) children.push(...questionBlocks(question, fillIn))
    }
  }
  children.push(...followUpBlocks(definition, fillIn))
  const orphans = orphanAnswers(definition, fillIn)
  if (orphans.length) {
    children.push(heading('Antwoorden op vragen die niet meer in het instrument staan', HeadingLevel.HEADING_1))
    for (const [, answer] of orphans) children.push(p(answer.asked, { bold: true }), ...lines(answerText(answer)))
  }
  const section: ISectionOptions = { children }
  return new Document({
    creator: 'Toolbox Schooluitval',
    title: `${definition.title} — ${fillIn.name}`,
    description: `Ingevuld ${definition.title} (${definition.madeBy})`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [section],
  })
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
