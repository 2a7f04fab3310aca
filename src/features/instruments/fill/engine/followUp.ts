/**
 * PDCA follow-up: dated snapshots of the scale scores and, per objective, its scores over time (what the chart and
 * its table draw). Pure.
 */
import type { InstrumentDefinition } from '@/features/instruments/model'
import { sectionHeading, valueOf, type FillIn, type Snapshot } from './answers'

export function takeSnapshot(definition: InstrumentDefinition, fillIn: FillIn, options: { id: string; now: Date }): FillIn {
  const scores: Record<string, number | null> = {}
  for (const section of definition.sections)
    for (const part of section.parts)
      for (const question of part.questions) {
        if (question.kind !== 'scale') continue
        const value = valueOf(fillIn, question)
        scores[question.id] = value.kind === 'scale' ? value.value : null
      }
  const snapshot: Snapshot = { id: options.id, takenAt: options.now.toISOString(), scores }
  return { ...fillIn, updatedAt: options.now.toISOString(), snapshots: [...fillIn.snapshots, snapshot] }
}

export const removeSnapshot = (fillIn: FillIn, id: string, now: Date): FillIn => ({
  ...fillIn,
  updatedAt: now.toISOString(),
  snapshots: fillIn.snapshots.filter((s) => s.id !== id),
})

export interface ScorePoint {
  takenAt: string
  value: number
}

export interface ObjectiveSeries {
  questionId: string
  /** The objective (the part's title) and the section it belongs to. */
  objective: string
  section: string
  sectionId: string
  points: ScorePoint[]
}

/** One series per scale question of the instrument, in instrument order, with the snapshots' scores by date (empty scores left out). */
export function objectiveSeries(definition: InstrumentDefinition, fillIn: FillIn): ObjectiveSeries[] {
  const snapshots = [...fillIn.snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt))
  const series: ObjectiveSeries[] = []
  for (const section of definition.sections)
    for (const part of section.parts)
      for (const question of part.questions) {
        if (question.kind !== 'scale') continue
        series.push({
          questionId: question.id,
          objective: part.title || question.prompt,
          section: sectionHeading(definition, section),
          sectionId: section.id,
          points: snapshots.flatMap((s) => {
            const value = s.scores[question.id]
            return typeof value === 'number' ? [{ takenAt: s.takenAt, value }] : []
          }),
        })
      }
  return series
}

export const formatDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' }).format(new Date(iso))
