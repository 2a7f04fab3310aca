'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'

import { acceptedFiles, chosenFile, formFields, limits, validateContribution, type ContributionField } from '@/features/contributions/validate'
import { contributionKinds } from '@/shared/contributionVocabulary'
import { Confirmation } from './Confirmation'
import styles from './ContributionForm.module.css'
import { generalProblems, type ContributionState } from './state'

export interface TopicGroup {
  theme: string
  topics: { slug: string; title: string }[]
}

const fieldLabels: Record<ContributionField, string> = {
  soort: 'Wat stuurt u in?',
  titel: 'Titel',
  beschrijving: 'Beschrijving',
  onderwerp: 'Bij welk onderwerp?',
  webadres: 'Webadres (niet verplicht)',
  bestand: 'Bestand (niet verplicht)',
  naam: 'Uw naam',
  email: 'Uw e-mailadres',
  organisatie: 'Organisatie (niet verplicht)',
  akkoord: 'Toestemming',
}

/**
 * The contribution form. A plain POST form to the route handler /bijdragen/verzenden that works without JavaScript
 * (the browser checks the required fields, the server answers with a redirect back here); with JavaScript it first
 * checks the fields with the same schema as the server (validate.ts) and shows its Dutch messages at once, then sends
 * the form in the background, keeps what was typed and moves the focus to the errors or the thanks. Errors
 * follow the pattern screen-reader users know: a summary with links to the fields, each field marked invalid with
 * its own message.
 */
export function ContributionForm({ topics, topicSlug, initial }: { topics: TopicGroup[]; topicSlug: string | null; initial: ContributionState }) {
  const [state, setState] = useState<ContributionState>(initial)
  const [pending, setPending] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  const summary = useRef<HTMLDivElement>(null)
  const thanks = useRef<HTMLHeadingElement>(null)
  // With JavaScript the page gives its own Dutch messages instead of the browser's.
  useEffect(() => {
    if (form.current) form.current.noValidate = true
  }, [])
  useEffect(() => {
    if (state.status === 'fout') summary.current?.focus()
    if (state.status === 'verzonden') thanks.current?.focus()
  }, [state])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const data = new FormData(event.currentTarget)
    // The server's own rules, run here first: wrong fields get their Dutch message at once, without a round trip.
    const checked = validateContribution(formFields(data), chosenFile(data))
    if (!checked.ok) return setState({ status: 'fout', errors: checked.errors, values: checked.values })
    setPending(true)
    try {
      const response = await fetch(event.currentTarget.action, { method: 'POST', body: data, headers: { accept: 'application/json' } })
      setState((await response.json()) as ContributionState)
    } catch {
      setState({ status: 'fout', errors: {}, problem: 'verbinding', values: formFields(data) })
    } finally {
      setPending(false)
    }
  }

  if (state.status === 'verzonden') return <Confirmation ref={thanks} title={state.title} />

  const errors = state.status === 'fout' ? state.errors : {}
  const values = state.status === 'fout' ? state.values : {}
  const field = (name: ContributionField) => ({
    id: `bijdrage-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [errors[name] ? `bijdrage-${name}-fout` : '', hints[name] ? `bijdrage-${name}-uitleg` : ''].filter(Boolean).join(' ') || undefined,
  })
  const message = (name: ContributionField) =>
    errors[name] ? (
      <p id={`bijdrage-${name}-fout`} className={styles.error}>
        <span className="visually-hidden">Fout: </span>
        {errors[name]}
      </p>
    ) : null
  const hint = (name: ContributionField) =>
    hints[name] ? (
      <p id={`bijdrage-${name}-uitleg`} className={styles.hint}>
        {hints[name]}
      </p>
    ) : null
  const selectedTopic = values.onderwerp ?? topicSlug ?? ''
  const listed = Object.entries(errors) as [ContributionField, string][]
  const problem = state.status === 'fout' && state.problem ? generalProblems[state.problem] : null

  return (
    <form ref={form} action="/bijdragen/verzenden" method="post" encType="multipart/form-data" className={styles.form} onSubmit={onSubmit}>
      {listed.length > 0 || problem ? (
        <div ref={summary} tabIndex={-1} className={styles.summary} role="alert" aria-labelledby="bijdrage-fouten">
          <h2 id="bijdrage-fouten">Nog niet verstuurd: kijk dit even na</h2>
          {problem ? <p>{problem}</p> : null}
          {listed.length > 0 && Object.keys(values).length === 0 ? <p>Met de knop Terug van uw browser vindt u terug wat u typte.</p> : null}
          {listed.length > 0 ? (
            <ul>
              {listed.map(([name, text]) => (
                <li key={name}>
                  <a href={`#bijdrage-${name}`}>{text}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset className={styles.kinds} aria-describedby={errors.soort ? 'bijdrage-soort-fout' : undefined}>
        <legend>{fieldLabels.soort}</legend>
        {message('soort')}
        {contributionKinds.map((kind, i) => (
          <label key={kind.value} className={styles.choice}>
            <input
              type="radio"
              name="soort"
              value={kind.value}
              id={i === 0 ? 'bijdrage-soort' : undefined}
              defaultChecked={(values.soort ?? 'praktijk') === kind.value}
            />
            {kind.label}
          </label>
        ))}
      </fieldset>

      <div className={styles.field}>
        <label htmlFor="bijdrage-onderwerp">{fieldLabels.onderwerp}</label>
        {message('onderwerp')}
        <select {...field('onderwerp')} defaultValue={selectedTopic}>
          <option value="">Geen bepaald onderwerp</option>
          {topics.map((group) => (
            <optgroup key={group.theme} label={group.theme}>
              {group.topics.map((topic) => (
                <option key={topic.slug} value={topic.slug}>
                  {topic.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <div className={styles.field}>
        <label htmlFor="bijdrage-titel">{fieldLabels.titel}</label>
        {hint('titel')}
        {message('titel')}
        <input {...field('titel')} type="text" required maxLength={limits.title} defaultValue={values.titel} />
      </div>

      <div className={styles.field}>
        <label htmlFor="bijdrage-beschrijving">{fieldLabels.beschrijving}</label>
        {hint('beschrijving')}
        {message('beschrijving')}
        <textarea {...field('beschrijving')} required rows={7} maxLength={limits.description} defaultValue={values.beschrijving} />
      </div>

      <div className={styles.field}>
        <label htmlFor="bijdrage-webadres">{fieldLabels.webadres}</label>
        {hint('webadres')}
        {message('webadres')}
        <input {...field('webadres')} type="url" inputMode="url" maxLength={limits.url} defaultValue={values.webadres} />
      </div>

      <div className={styles.field}>
        <label htmlFor="bijdrage-bestand">{fieldLabels.bestand}</label>
        {hint('bestand')}
        {message('bestand')}
        <input {...field('bestand')} type="file" accept={acceptedFiles} />
      </div>

      <fieldset className={styles.person}>
        <legend>Over u</legend>
        <div className={styles.field}>
          <label htmlFor="bijdrage-naam">{fieldLabels.naam}</label>
          {message('naam')}
          <input {...field('naam')} type="text" required autoComplete="name" maxLength={limits.name} defaultValue={values.naam} />
        </div>
        <div className={styles.field}>
          <label htmlFor="bijdrage-email">{fieldLabels.email}</label>
          {hint('email')}
          {message('email')}
          <input {...field('email')} type="email" required autoComplete="email" maxLength={limits.email} defaultValue={values.email} />
        </div>
        <div className={styles.field}>
          <label htmlFor="bijdrage-organisatie">{fieldLabels.organisatie}</label>
          {message('organisatie')}
          <input
            {...field('organisatie')}
            type="text"
            autoComplete="organization"
            maxLength={limits.organisation}
            defaultValue={values.organisatie}
          />
        </div>
      </fieldset>

      {/* For scripts only: people neither see nor reach this field. */}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="bijdrage-website">Laat dit veld leeg</label>
        <input id="bijdrage-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <div className={styles.field}>
        {message('akkoord')}
        <label className={styles.choice}>
          <input {...field('akkoord')} type="checkbox" value="ja" required defaultChecked={values.akkoord === 'ja'} />
          De redactie mag mijn bijdrage lezen, bewerken en op de website plaatsen, en mij mailen met vragen erover.
        </label>
      </div>

      <p>
        <button type="submit" className={styles.submit} aria-disabled={pending || undefined}>
          {pending ? 'Bezig met versturen…' : 'Verstuur uw bijdrage'}
        </button>
      </p>
    </form>
  )
}

const hints: Partial<Record<ContributionField, string>> = {
  titel: 'Bijvoorbeeld de naam van de praktijk of van het materiaal.',
  beschrijving: 'Wat is het, voor wie, en wat werkt eraan? Voor feedback: wat kan beter, op welke pagina?',
  webadres: 'Waar het materiaal of de praktijk online staat, als dat zo is.',
  bestand:
    'Eén PDF, of een bestand uit Word (.docx), PowerPoint (.pptx), Excel (.xlsx) of OpenDocument (.odt), hoogstens 20 MB. Alleen de redactie ziet het, tot het op de website komt.',
  email: 'Alleen de redactie ziet het, om u te antwoorden.',
}
