'use client'
/**
 * The pupils with a signal (and those with only a legal signal), with every reason: sortable, filterable by class and
 * kind of signal, paged. A pupil is shown first by the row number in the school's own file (what people recognise: the
 * row their spreadsheet shows), then by pseudonym; a short key above the table says what the row, the pseudonym and
 * the score are. A pupil number typed in the look-up is hashed in the worker with the local key and never leaves the
 * browser.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react'

import { compareGrades } from '@/features/detection/engine/report'
import type { RuleSet } from '@/features/detection/engine/rules/types'
import type { Reason } from '@/features/detection/engine/score'
import type { ListedPupil, LookupResult } from '@/features/detection/engine/session'
import styles from './detection.module.css'
import { formatNumber, pupils, reasonValue, shortTierLabel } from '@/features/detection/texts'

type SortKey = 'signaal' | 'rij' | 'klas' | 'leerjaar' | 'school' | 'score'
type Direction = 'ascending' | 'descending'

const PAGE_SIZE = 25

const compareText = (a: string, b: string) => a.localeCompare(b, 'nl', { numeric: true })

/** The reasons as flowing text (compact in a table row): risk first, then protective factors, then legal signals. */
function Reasons({ pupil }: { pupil: ListedPupil }) {
  const item = (r: Reason, i: number, all: readonly Reason[]) => (
    <span key={r.id}>
      {r.label}
      {reasonValue(r) ? <span className={styles.reasonValue}> {reasonValue(r)}</span> : null}
      {i < all.length - 1 ? ' · ' : ''}
    </span>
  )
  const risk = pupil.reasons.filter((r) => r.kind !== 'protective')
  const protective = pupil.reasons.filter((r) => r.kind === 'protective')
  return (
    <>
      {risk.length > 0 ? <p>{risk.map(item)}</p> : null}
      {protective.length > 0 ? (
        <p data-kind="protective">
          <strong>Beschermend:</strong> {protective.map(item)}
        </p>
      ) : null}
      {pupil.legalSignals.length > 0 ? (
        <p data-kind="legal">
          <strong>Wettelijk signaal:</strong> {pupil.legalSignals.map(item)}
        </p>
      ) : null}
      {pupil.unknown.length > 0 ? <p className={styles.hint}>Niet na te gaan (lege cel): {pupil.unknown.join(', ')}</p> : null}
    </>
  )
}

export function FlaggedList({
  listed,
  rules,
  hasOutcome,
  headingId,
  onLookup,
}: {
  listed: readonly ListedPupil[]
  rules: RuleSet
  hasOutcome: boolean
  headingId: string
  onLookup: ((schoolId: string) => Promise<LookupResult | null>) | null
}) {
  const id = useId()
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'signaal', direction: 'descending' })
  const [klas, setKlas] = useState('')
  const [kind, setKind] = useState('signaal')
  const [page, setPage] = useState(0)
  const [only, setOnly] = useState<string | null>(null)
  const [lookupText, setLookupText] = useState('')
  const [lookupMessage, setLookupMessage] = useState('')

  const tierRank = useMemo(() => new Map(rules.tiers.map((t, i) => [t.id, i + 1])), [rules])
  const classes = useMemo(() => [...new Set(listed.map((p) => p.klas).filter(Boolean))].sort(compareText), [listed])
  // After a recalculation the chosen class may have no one left in the list: show all classes again, and say so.
  const [klasNote, setKlasNote] = useState('')
  const klasGone = klas !== '' && !classes.includes(klas)
  useEffect(() => {
    if (!klasGone) return
    setKlasNote(`In klas ${klas} staat met deze lijst niemand meer; de lijst toont weer alle klassen.`)
    setKlas('')
    setPage(0)
  }, [klasGone, klas])
  const activeKlas = klasGone ? '' : klas
  const schools = useMemo(() => new Set(listed.map((p) => p.school)), [listed])
  const showSchool = schools.size > 1

  const kinds = useMemo(() => {
    const flagged = listed.filter((p) => p.flagged).length
    const options = [
      { value: 'signaal', label: `Met een signaal (${formatNumber(flagged)})` },
      ...(rules.tiers.length > 1
        ? rules.tiers.map((t) => ({ value: `niveau:${t.id}`, label: `${t.label} (${formatNumber(listed.filter((p) => p.tier === t.id).length)})` }))
        : []),
      { value: 'wettelijk', label: `Met een wettelijk signaal (${formatNumber(listed.filter((p) => p.legalSignals.length > 0).length)})` },
      { value: 'enkel-wettelijk', label: `Enkel een wettelijk signaal (${formatNumber(listed.filter((p) => !p.flagged).length)})` },
      { value: 'alle', label: `Alle (${formatNumber(listed.length)})` },
    ]
    return options
  }, [listed, rules])

  const rows = useMemo(() => {
    const filtered = listed.filter((p) => {
      if (only !== null) return p.id === only
      if (activeKlas && p.klas !== activeKlas) return false
      if (kind === 'signaal') return p.flagged
      if (kind === 'wettelijk') return p.legalSignals.length > 0
      if (kind === 'enkel-wettelijk') return !p.flagged
      if (kind.startsWith('niveau:')) return p.tier === kind.slice(7)
      return true
    })
    const sign = sort.direction === 'ascending' ? 1 : -1
    const by: Record<SortKey, (a: ListedPupil, b: ListedPupil) => number> = {
      signaal: (a, b) => (tierRank.get(a.tier ?? '') ?? 0) - (tierRank.get(b.tier ?? '') ?? 0) || a.score - b.score || b.row - a.row,
      score: (a, b) => a.score - b.score || a.riskCount - b.riskCount || b.row - a.row,
      rij: (a, b) => a.row - b.row,
      klas: (a, b) => compareText(a.school, b.school) || compareText(a.klas, b.klas) || b.row - a.row,
      leerjaar: (a, b) => compareGrades(a.leerjaar, b.leerjaar) || compareText(a.klas, b.klas),
      school: (a, b) => compareText(a.school, b.school) || compareText(a.klas, b.klas),
    }
    return filtered.sort((a, b) => sign * by[sort.key](a, b))
  }, [listed, only, activeKlas, kind, sort, tierRank])

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const current = Math.min(page, pages - 1)
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined} className={numeric ? styles.num : undefined}>
        <button
          type="button"
          className={styles.sortButton}
          // One string as its name: a hidden span would be read "Score , sorteer" (see linkName in src/shared/format.ts).
          aria-label={`${label}, sorteer`}
          onClick={() => {
            setSort({ key, direction: active && sort.direction === 'descending' ? 'ascending' : active ? 'descending' : key === 'signaal' || key === 'score' ? 'descending' : 'ascending' })
            setPage(0)
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    )
  }

  const onSearch = async (event: FormEvent) => {
    event.preventDefault()
    if (!onLookup) return
    const text = lookupText.trim()
    if (text === '') {
      setOnly(null)
      setLookupMessage('')
      return
    }
    const result = await onLookup(text)
    if (!result || !result.found) {
      setOnly(null)
      setLookupMessage('Dit leerlingnummer staat niet (of niet leesbaar) in het ingelezen bestand.')
    } else if (listed.some((p) => p.id === result.pseudonym)) {
      setOnly(result.pseudonym)
      setPage(0)
      setLookupMessage(`Gevonden: rij ${result.row}, pseudoniem ${result.pseudonym}. De lijst toont enkel deze leerling.`)
    } else {
      setOnly(null)
      setLookupMessage(`Gevonden: rij ${result.row}. Deze leerling geeft met deze lijst geen signaal.`)
    }
  }

  const badge = (p: ListedPupil) => {
    if (!p.flagged) return <span className={`${styles.badge} ${styles.badgeLegal}`}>enkel wettelijk signaal</span>
    const highest = rules.tiers.length > 1 && p.tier === rules.tiers[rules.tiers.length - 1]!.id
    return <span className={`${styles.badge} ${highest ? styles.badgeAlarm : styles.badgeAttention}`}>{shortTierLabel(rules, p.tier)}</span>
  }

  return (
    <>
      <div className={styles.filters}>
        <div className={styles.field}>
          <label htmlFor={`${id}-kind`}>Toon</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              setKind(event.currentTarget.value)
              setOnly(null)
              setPage(0)
            }}
          >
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        {classes.length > 1 ? (
          <div className={styles.field}>
            <label htmlFor={`${id}-klas`}>Klas</label>
            <select
              id={`${id}-klas`}
              value={activeKlas}
              onChange={(event) => {
                setKlas(event.currentTarget.value)
                setKlasNote('')
                setOnly(null)
                setPage(0)
              }}
            >
              <option value="">Alle klassen</option>
              {classes.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {onLookup ? (
          <form className={styles.inline} onSubmit={onSearch} role="search" aria-label="Een leerling opzoeken">
            <div className={styles.field}>
              <label htmlFor={`${id}-lookup`}>Leerlingnummer opzoeken</label>
              <input id={`${id}-lookup`} value={lookupText} onChange={(event) => setLookupText(event.currentTarget.value)} autoComplete="off" aria-describedby={`${id}-lookup-hint`} />
            </div>
            <button type="submit" className={styles.buttonSecondary}>
              Opzoeken
            </button>
            {only !== null ? (
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => {
                  setOnly(null)
                  setLookupMessage('')
                  setLookupText('')
                }}
              >
                Toon weer iedereen
              </button>
            ) : null}
          </form>
        ) : null}
      </div>
      {onLookup ? (
        <p id={`${id}-lookup-hint`} className={styles.hint}>
          Het nummer wordt in deze browser omgezet in het pseudoniem; het wordt nergens heen gestuurd.
        </p>
      ) : null}
      <p role="status">
        {lookupMessage}
        {lookupMessage && klasNote ? ' ' : ''}
        {klasNote}
      </p>

      <dl className={styles.key}>
        <div>
          <dt>Rij in uw bestand</dt>
          <dd>Het rijnummer zoals uw rekenblad het toont. Daarmee vindt u de leerling terug in uw eigen bestand.</dd>
        </div>
        <div>
          <dt>Pseudoniem</dt>
          <dd>
            Een code die uw browser uit het leerlingnummer berekent, met een geheime sleutel die enkel op deze pagina bestaat. Het
            leerlingnummer zelf wordt niet bewaard of getoond. Met dezelfde sleutel (in bewaard werk) krijgt dezelfde leerling dezelfde
            code.
          </dd>
        </div>
        <div>
          <dt>Score</dt>
          <dd>
            Het aantal risicofactoren van de leerling min de beschermende factoren, elk met het gewicht uit de detectielijst (meestal 1).
            Of iemand een signaal krijgt, zegt de regel &ldquo;Wanneer een signaal?&rdquo; van de lijst; de score helpt ordenen.
          </dd>
        </div>
      </dl>

      {rows.length === 0 ? (
        <p>Geen leerlingen voor deze keuze.</p>
      ) : (
        <>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby={headingId}>
            <table className={`${styles.table} ${styles.cardTable}`}>
              <caption>
                {pupils(rows.length)}
                {activeKlas ? ` in klas ${activeKlas}` : ''}, gesorteerd op {sort.key === 'signaal' ? 'signaal' : sort.key} ({sort.direction === 'ascending' ? 'oplopend' : 'aflopend'})
              </caption>
              <thead>
                <tr>
                  {header('rij', 'Rij in uw bestand', true)}
                  <th scope="col">Pseudoniem</th>
                  {header('klas', showSchool ? 'School en klas' : 'Klas')}
                  {header('leerjaar', 'Leerjaar')}
                  {header('signaal', 'Signaal')}
                  {header('score', 'Score', true)}
                  <th scope="col">Waarom (waarde en drempel)</th>
                  {hasOutcome ? <th scope="col">Uitkomst</th> : null}
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.id}>
                    <td className={`${styles.num} ${styles.rowNumber}`} data-label="Rij in uw bestand">
                      {p.row}
                    </td>
                    <td data-label="Pseudoniem">
                      <code className={styles.pseudonym}>{p.id}</code>
                    </td>
                    <td data-label="Klas">
                      {p.klas || '–'}
                      {showSchool ? <span className={styles.school}>{p.school}</span> : null}
                    </td>
                    <td data-label="Leerjaar">{p.leerjaar}</td>
                    <td data-label="Signaal">{badge(p)}</td>
                    <td className={styles.num} data-label="Score">
                      {formatNumber(p.score)}
                    </td>
                    <td className={styles.reasons} data-label="Waarom">
                      <Reasons pupil={p} />
                    </td>
                    {hasOutcome ? <td data-label="Uitkomst">{p.outcome === null ? '–' : p.outcome ? 'ja' : 'nee'}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav className={styles.pager} aria-label="Pagina's van de lijst">
              <button type="button" className={styles.buttonSecondary} disabled={current === 0} onClick={() => setPage(current - 1)}>
                Vorige
              </button>
              <span>
                Leerlingen {formatNumber(current * PAGE_SIZE + 1)}–{formatNumber(Math.min(rows.length, (current + 1) * PAGE_SIZE))} van{' '}
                {formatNumber(rows.length)} (pagina {current + 1} van {pages})
              </span>
              <button type="button" className={styles.buttonSecondary} disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                Volgende
              </button>
            </nav>
          ) : null}
        </>
      )}
    </>
  )
}
