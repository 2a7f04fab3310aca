'use client'
/**
 * An instrument to fill in: every section (phase, domain, moment) with its dialogue fields and its questions as real
 * inputs, progress per section, the fill-in's controls (FillInBar) and, for the prevention plan, the PDCA follow-up.
 *
 * Server-rendered with empty answers, so without JavaScript the whole instrument reads (and prints) as it is; with
 * JavaScript the answers of the last fill-in in this browser are loaded from IndexedDB and every change is saved
 * there. Answers are never sent anywhere: this component makes no request (the page's CSP forbids it too).
 */
import { useEffect, useState } from 'react'

import { instrumentSectionId } from '@/shared/paths'
import type { InstrumentDefinition, Question, Section } from '@/features/instruments/model'
import { answerText, dropOrphans, orphanAnswers, sectionHeading, setAnswer, valueOf, type AnswerValue, type FillIn } from './engine/answers'
import { progressText, sectionProgress, totalProgress } from './engine/progress'
import { ConfirmDialog } from './ConfirmDialog'
import { ActionsField, ChecklistField, OpenField, ScaleField } from './Fields'
import { FillInBar } from './FillInBar'
import { FollowUp } from './FollowUp'
import { useFillIns } from './useFillIns'
import styles from './workspace.module.css'

const LARGE_TYPE_KEY = 'toolbox-instrumenten:grote-letters'

function QuestionInput({ question, fillIn, onChange, followUp }: { question: Question; fillIn: FillIn; onChange: (v: AnswerValue) => void; followUp: boolean }) {
  const value = valueOf(fillIn, question)
  switch (value.kind) {
    case 'open':
      return <OpenField question={question} value={value} onChange={onChange} />
    case 'checklist':
      return <ChecklistField question={question} value={value} onChange={onChange} />
    case 'scale':
      return <ScaleField question={question} value={value} onChange={onChange} />
    case 'actions':
      return <ActionsField question={question} value={value} onChange={onChange} followUp={followUp} />
  }
}

function DialogueFields({ section }: { section: Section }) {
  const field = (label: string, text: string | undefined) =>
    text?.trim() ? (
      <div className={styles.dialogueField}>
        <h3>{label}</h3>
        {text.split(/\n+/).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    ) : null
  const hasAny = section.goal || section.guidingQuestions?.length || section.clbRole || section.result || section.preconditions || section.lists?.length
  if (!hasAny) return null
  return (
    <div className={styles.dialogue}>
      {field('Doel', section.goal)}
      {section.guidingQuestions?.length ? (
        <div className={styles.dialogueField}>
          <h3>Richtvragen</h3>
          <ol>
            {section.guidingQuestions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {field('Rol van het CLB', section.clbRole)}
      {field('Resultaat', section.result)}
      {field('Voorwaarden', section.preconditions)}
      {section.lists?.map((list, i) => (
        <div className={styles.dialogueField} key={i}>
          <h3>{list.label}</h3>
          <ul>
            {list.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}

export function InstrumentWorkspace({ definition }: { definition: InstrumentDefinition }) {
  const state = useFillIns(definition)
  const { current, change } = state
  const [largeType, setLargeTypeState] = useState(false)
  const [confirmDrop, setConfirmDrop] = useState(false)

  useEffect(() => {
    try {
      setLargeTypeState(localStorage.getItem(LARGE_TYPE_KEY) === '1')
    } catch {
      // Storage blocked: the toggle still works for this visit.
    }
  }, [])
  const setLargeType = (on: boolean) => {
    setLargeTypeState(on)
    try {
      localStorage.setItem(LARGE_TYPE_KEY, on ? '1' : '0')
    } catch {
      // as above
    }
  }

  const answer = (questionId: string) => (value: AnswerValue) => change((f) => setAnswer(definition, f, questionId, value, new Date()))
  const orphans = orphanAnswers(definition, current)
  const total = totalProgress(definition, current)

  return (
    <div className={`${styles.workspace} ${largeType ? styles.large : ''}`} data-colour="blauw" data-large-type={largeType || undefined}>
      <noscript>
        <p className={styles.noscript}>
          Zonder JavaScript kunt u het instrument lezen en afdrukken, maar niet invullen en bewaren. Schakel JavaScript in om het samen in te
          vullen; uw antwoorden blijven dan in uw browser.
        </p>
      </noscript>
      <FillInBar definition={definition} state={state} largeType={largeType} setLargeType={setLargeType} />

      {state.status === 'loading' ? null : (
        <p className={styles.printHeader}>
          Ingevuld: <strong>{current.name}</strong>
        </p>
      )}

      <nav aria-labelledby="voortgang-kop" className={styles.progressNav} data-print="hide">
        <h2 id="voortgang-kop" className={styles.barHeading}>
          Voortgang: {progressText(total)}
        </h2>
        <ol>
          {definition.sections.map((section) => {
            const p = sectionProgress(section, current)
            return (
              <li key={section.id}>
                <a href={`#${instrumentSectionId(section.id)}`}>{sectionHeading(definition, section)}</a>{' '}
                <span className={styles.muted}>
                  {p.answered}/{p.total}
                </span>
              </li>
            )
          })}
        </ol>
      </nav>

      {definition.sections.map((section) => {
        const p = sectionProgress(section, current)
        const headingId = `${instrumentSectionId(section.id)}-kop`
        return (
          <section key={section.id} id={instrumentSectionId(section.id)} aria-labelledby={headingId} className={styles.section}>
            <h2 id={headingId}>{sectionHeading(definition, section)}</h2>
            <div className={styles.progress} data-print="hide">
              <progress max={p.total || 1} value={p.answered} aria-labelledby={`${headingId}-voortgang`} />
              <span id={`${headingId}-voortgang`}>{progressText(p)}</span>
            </div>
            {section.intro?.map((text, i) => (
              <p key={i}>{text}</p>
            ))}
            <DialogueFields section={section} />
            {section.parts.map((part) => (
              <div key={part.id} className={styles.part} id={`deel-${part.id}`}>
                {part.title ? <h3>{part.title}</h3> : null}
                {part.text?.map((text, i) => (
                  <p key={i}>{text}</p>
                ))}
                {part.questions.map((question) => (
                  <QuestionInput key={question.id} question={question} fillIn={current} onChange={answer(question.id)} followUp={definition.followUp} />
                ))}
              </div>
            ))}
            {section.links.length ? (
              <div className={styles.links}>
                <h3>Meer hierover in de toolbox</h3>
                <ul>
                  {section.links.map((link) => (
                    <li key={link.href}>
                      <a href={link.href}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        )
      })}

      {definition.followUp ? <FollowUp definition={definition} fillIn={current} change={change} /> : null}

      {orphans.length ? (
        <section aria-labelledby="apart-kop" className={`${styles.section} ${styles.orphans}`} id="antwoorden-apart">
          <h2 id="apart-kop">Antwoorden op vragen die niet meer in het instrument staan</h2>
          <p>
            Het instrument werd aangepast nadat deze antwoorden gegeven werden. Ze staan hier, zodat niets verloren gaat. Neem over wat u nog
            nodig hebt.
          </p>
          <dl>
            {orphans.map(([id, a]) => (
              <div key={id}>
                <dt>{a.asked}</dt>
                <dd>{answerText(a) || '–'}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className={styles.buttonSecondary} data-print="hide" onClick={() => setConfirmDrop(true)}>
            Deze antwoorden weglaten…
          </button>
          {confirmDrop ? (
            <ConfirmDialog
              title="Deze antwoorden weglaten?"
              onCancel={() => setConfirmDrop(false)}
              actions={[
                {
                  label: 'Weglaten',
                  kind: 'danger',
                  onChoose: () => {
                    setConfirmDrop(false)
                    change((f) => dropOrphans(definition, f, new Date()))
                  },
                },
              ]}
            >
              <p>De antwoorden hierboven verdwijnen uit deze invulling. Een bestand dat u eerder bewaarde, houdt ze.</p>
            </ConfirmDialog>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
