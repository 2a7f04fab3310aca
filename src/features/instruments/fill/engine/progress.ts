/** Progress per section: how many of its questions hold an answer. Pure. */
import type { InstrumentDefinition, Section } from '@/features/instruments/model'
import { isAnswered, type FillIn } from './answers'

export interface Progress {
  answered: number
  total: number
}

export function sectionProgress(section: Section, fillIn: FillIn): Progress {
  let answered = 0
  let total = 0
  for (const part of section.parts)
    for (const question of part.questions) {
      total += 1
      const answer = fillIn.answers[question.id]
      if (answer && answer.kind === question.kind && isAnswered(answer, question)) answered += 1
    }
  return { answered, total }
}

export function totalProgress(definition: InstrumentDefinition, fillIn: FillIn): Progress {
  return definition.sections
    .map((s) => sectionProgress(s, fillIn))
    .reduce((sum, p) => ({ answered: sum.answered + p.answered, total: sum.total + p.total }), { answered: 0, total: 0 })
}

/** "3 van 7 vragen beantwoord" */
export const progressText = ({ answered, total }: Progress): string =>
  total === 0 ? 'Geen vragen' : `${answered} van ${total} ${total === 1 ? 'vraag' : 'vragen'} beantwoord`
