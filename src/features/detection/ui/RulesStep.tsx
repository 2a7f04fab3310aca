'use client'
/**
 * Step 4: the detection list. Choose a preset (workshop, ABC, EWIMS) or open one's own JSON, then change it in place:
 * the first step's cut-off, each factor (column, condition, threshold, per grade, weight), add or remove factors, the
 * number of risk factors a signal needs. Every valid change is scored again at once (the page debounces).
 *
 * The step sits below the results, folded: one line says which list is applied, and the editor opens on request
 * (whether it is open is the tool's state, so it stays open through recalculations). `footer` (the bar with the
 * effect of an edit) is the editor's last child, sticky to the bottom of the window only while the editor is in view.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react'

import { describeCondition } from '@/features/detection/engine/rules/describe'
import type { Factor, RuleSet } from '@/features/detection/engine/rules/types'
import { parseRuleSet } from '@/features/detection/engine/rules/validate'
import type { FactorCount, FieldKind } from '@/features/detection/engine/session'
import type { Problem } from '@/features/detection/engine/types'
import { ConditionFields } from './ConditionFields'
import styles from './detection.module.css'
import { datedFileName } from '@/features/detection/browser/exports'
import { downloadText } from '@/shared/download'
import { linkName } from '@/shared/format'
import { PRESET_CHOICES, type PresetChoice } from '@/features/detection/presets'
import {
  addFactor,
  atLeastRisk,
  factorUses,
  newFactor,
  removeFactor,
  replaceFactor,
  replaceGate,
  withTierAtLeast,
} from '@/features/detection/browser/rule-edit'
import { formatNumber, publicSource, pupils } from '@/features/detection/texts'

export function RulesStep({
  choice,
  rules,
  problems,
  fields,
  kinds,
  grades,
  factorCounts,
  pupilCount,
  headingRef,
  open,
  footer,
  onToggle,
  onChoose,
  onChange,
  onOwnList,
}: {
  choice: PresetChoice
  rules: RuleSet
  problems: Problem[]
  fields: readonly string[]
  kinds: Record<string, FieldKind>
  grades: readonly string[]
  factorCounts: Record<string, FactorCount> | null
  pupilCount: number | null
  headingRef: RefObject<HTMLHeadingElement | null>
  open: boolean
  footer?: ReactNode
  onToggle: (open: boolean) => void
  onChoose: (choice: PresetChoice) => void
  onChange: (rules: RuleSet) => void
  onOwnList: (rules: RuleSet) => void
}) {
  const id = useId()
  const addRef = useRef<HTMLButtonElement>(null)
  const focusFactor = useRef<string | null>(null)
  const [removeNote, setRemoveNote] = useState('')
  const [json, setJson] = useState(() => JSON.stringify(rules, null, 2))
  const [jsonProblems, setJsonProblems] = useState<Problem[]>([])
  const [jsonDirty, setJsonDirty] = useState(false)

  // Keep the JSON view in step with the editor, unless the user is typing in it.
  useEffect(() => {
    if (!jsonDirty) setJson(JSON.stringify(rules, null, 2))
  }, [rules, jsonDirty])

  useEffect(() => {
    if (focusFactor.current) {
      document.getElementById(focusFactor.current)?.focus()
      focusFactor.current = null
    }
  })

  const preset = PRESET_CHOICES.find((p) => p.id === choice)
  const gate = rules.gate

  const onAdd = () => {
    const factor = newFactor(rules, fields, kinds)
    focusFactor.current = `${id}-${factor.id}-field`
    onChange(addFactor(rules, factor))
  }
  const onRemove = (index: number) => {
    const factor = rules.factors[index]!
    const uses = factorUses(rules, factor.id)
    if (uses.length > 0) {
      setRemoveNote(`"${factor.label}" wordt gebruikt in ${uses.join(' en ')}; pas eerst de JSON hieronder aan.`)
      return
    }
    setRemoveNote(`Factor "${factor.label}" verwijderd.`)
    onChange(removeFactor(rules, index))
    addRef.current?.focus()
  }
  const setFactor = (index: number, factor: Factor) => onChange(replaceFactor(rules, index, factor))

  const onJsonApply = () => {
    const result = parseRuleSet(json)
    setJsonProblems(result.problems)
    if (result.ok) {
      setJsonDirty(false)
      onOwnList(result.rules)
    }
  }

  const onJsonFile = async (file: File) => {
    const text = await file.text()
    setJson(text)
    setJsonDirty(true)
    const result = parseRuleSet(text)
    setJsonProblems(result.problems)
    if (result.ok) {
      setJsonDirty(false)
      onOwnList(result.rules)
    }
  }

  const countText = (factorId: string) => {
    const count = factorCounts?.[factorId]
    if (!count || pupilCount === null) return null
    return (
      <p className={styles.factorCount}>
        Bij {pupils(count.fired)}
        {gate ? ` (${formatNumber(count.firedOverGate)} ook ${gate.label.charAt(0).toLowerCase()}${gate.label.slice(1)})` : ''}
        {count.unknown > 0 ? `; bij ${formatNumber(count.unknown)} niet na te gaan (lege cel)` : ''}
      </p>
    )
  }

  return (
    <section className={styles.step} aria-labelledby={`${id}-h`} id="stap-detectielijst">
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        <span className={styles.stepNumber} aria-hidden="true">
          4
        </span>
        Detectielijst kiezen en aanpassen
      </h2>
      <p>
        Gekozen lijst: <strong>{rules.name}</strong>
        {listSummary(rules)}
      </p>
      <details className={styles.fold} open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
        <summary>{open ? 'De detectielijst' : 'De detectielijst bekijken, kiezen of aanpassen'}</summary>
        <fieldset className={styles.presets}>
          <legend>Vertrekken van</legend>
          {PRESET_CHOICES.map((p) => (
            <label className={styles.preset} key={p.id}>
              <input type="radio" name={`${id}-preset`} value={p.id} checked={choice === p.id} onChange={() => onChoose(p.id)} />
              <span>
                <strong>{p.title}</strong>
                <small>{p.summary}</small>
              </span>
            </label>
          ))}
          {choice === 'eigen' ? (
            <label className={styles.preset}>
              <input type="radio" name={`${id}-preset`} value="eigen" checked onChange={() => undefined} />
              <span>
                <strong>Eigen lijst</strong>
                <small>{rules.name}</small>
              </span>
            </label>
          ) : null}
        </fieldset>

        <p>
          <strong>{rules.name}</strong> (versie {rules.version}). {rules.description}
        </p>
        <details className={styles.notes}>
          <summary>Bron en kanttekeningen</summary>
          <p>{publicSource(rules.source)}</p>
          {rules.notes && rules.notes.length > 0 ? (
            <ul>
              {rules.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          ) : null}
          {preset?.caveat ? <p>{preset.caveat}</p> : null}
        </details>

        {problems.length > 0 ? (
          <div className={`${styles.problem} ${styles.problemFatal}`} role="alert">
            <p className={styles.problemTitle}>Deze lijst kan zo niet toegepast worden</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <h3>Eerste stap</h3>
        {gate ? (
          <div className={styles.gate}>
            <p>
              Enkel leerlingen die hieraan voldoen, kunnen een signaal krijgen: <strong>{describeCondition(gate)}</strong>.
            </p>
            <ConditionFields
              idPrefix={`${id}-gate`}
              legend={`Eerste stap: ${gate.label}`}
              condition={gate}
              fields={fields}
              kinds={kinds}
              grades={grades}
              onChange={(g) => onChange(replaceGate(rules, g))}
            />
            <div className={styles.actions}>
              <button type="button" className={styles.linkButton} onClick={() => onChange(replaceGate(rules, undefined))}>
                Zonder eerste stap werken (alle leerlingen komen in aanmerking)
              </button>
            </div>
          </div>
        ) : (
          <div className={styles.gate}>
            <p>Deze lijst heeft geen eerste stap: elke leerling kan een signaal krijgen.</p>
            <button
              type="button"
              className={styles.buttonSecondary}
              onClick={() =>
                onChange(replaceGate(rules, { id: 'codes', label: 'Meer dan 10 afwezigheidscodes', field: 'afwezig_totaal', op: 'gt', value: 10 }))
              }
            >
              Eerste stap toevoegen: meer dan 10 afwezigheidscodes
            </button>
          </div>
        )}

        <h3>Factoren</h3>
        <ol className={styles.factorList}>
          {rules.factors.map((factor, index) => {
            const fid = `${id}-${factor.id}`
            return (
              <li className={styles.factor} key={factor.id} data-kind={factor.kind}>
                <div className={styles.factorHead}>
                  <h4>{factor.label}</h4>
                  {countText(factor.id)}
                  <button type="button" className={styles.linkButton} onClick={() => onRemove(index)} aria-label={linkName('Verwijderen', factor.label)}>
                    Verwijderen
                  </button>
                </div>
                <ConditionFields
                  idPrefix={fid}
                  legend={factor.label}
                  condition={factor}
                  fields={fields}
                  kinds={kinds}
                  grades={grades}
                  onChange={(f) => setFactor(index, f)}
                  extra={
                    <>
                      <div className={styles.field}>
                        <label htmlFor={`${fid}-kind`}>Soort</label>
                        <select id={`${fid}-kind`} value={factor.kind} onChange={(event) => setFactor(index, { ...factor, kind: event.currentTarget.value as Factor['kind'] })}>
                          <option value="risk">risico</option>
                          <option value="protective">beschermend</option>
                        </select>
                      </div>
                      <div className={styles.field}>
                        <label htmlFor={`${fid}-weight`}>Gewicht</label>
                        <select id={`${fid}-weight`} value={String(factor.weight ?? 1)} onChange={(event) => setFactor(index, { ...factor, weight: Number(event.currentTarget.value) })}>
                          {[0, 0.5, 1, 2, 3].map((w) => (
                            <option key={w} value={String(w)}>
                              {w === 0 ? '0 (telt niet mee)' : String(w).replace('.', ',')}
                            </option>
                          ))}
                        </select>
                      </div>
                    </>
                  }
                  more={
                    <div className={styles.field}>
                      <label htmlFor={`${fid}-label`}>Naam van de factor</label>
                      <input id={`${fid}-label`} value={factor.label} size={44} onChange={(event) => setFactor(index, { ...factor, label: event.currentTarget.value })} />
                    </div>
                  }
                />
                {factor.note ? <p className={styles.hint}>{factor.note}</p> : null}
              </li>
            )
          })}
        </ol>
        <div className={styles.actions}>
          <button type="button" ref={addRef} className={styles.buttonSecondary} onClick={onAdd}>
            Factor toevoegen
          </button>
          <span role="status" className={styles.hint}>
            {removeNote}
          </span>
        </div>
        <p className={styles.hint}>
          Herkomst, nationaliteit en thuistaal kunnen geen factor zijn; de uitkomstkolom ook niet (dan zou de lijst voorspellen wat ze al
          weet).
        </p>

        <h3>Wanneer een signaal?</h3>
        <ul>
          {rules.tiers.map((tier, index) => {
            const k = atLeastRisk(tier.when)
            return (
              <li key={tier.id}>
                {k !== null ? (
                  <span className={styles.inline}>
                    <label htmlFor={`${id}-tier-${tier.id}`}>
                      <strong>{tier.label}</strong>: vanaf dit aantal risicofactoren
                    </label>
                    <select
                      id={`${id}-tier-${tier.id}`}
                      value={String(k)}
                      onChange={(event) => onChange(withTierAtLeast(rules, index, Number(event.currentTarget.value)))}
                    >
                      {Array.from({ length: Math.max(rules.factors.length, k) + 1 }, (_, n) => n).map((n) => (
                        <option key={n} value={String(n)}>
                          {n}
                        </option>
                      ))}
                    </select>
                  </span>
                ) : (
                  <>
                    <strong>{tier.label}</strong>: een samengestelde voorwaarde (wijzig ze in de JSON hieronder).
                  </>
                )}
              </li>
            )
          })}
        </ul>
        {rules.legalSignals && rules.legalSignals.length > 0 ? (
          <>
            <h3>Wettelijke signalen</h3>
            <p>Los van de score, omdat de regelgeving ze vraagt:</p>
            <ul>
              {rules.legalSignals.map((s) => (
                <li key={s.id}>
                  {s.label} <span className={styles.hint}>({publicSource(s.source)})</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <details className={styles.json}>
          <summary>De lijst als JSON: bewaren, openen of zelf schrijven</summary>
          <p>
            Een detectielijst is een tekstbestand (JSON) met versie en bron. Bewaar uw lijst als bestand om ze later of op een andere
            computer opnieuw te gebruiken; geef ze een nieuwe versie bij elke wijziging die verandert wie een signaal krijgt. Het
            formaat staat beschreven in de documentatie van de toolbox.
          </p>
          <div className={styles.field}>
            <label htmlFor={`${id}-json`}>Detectielijst (JSON)</label>
            <textarea
              id={`${id}-json`}
              value={json}
              spellCheck={false}
              onChange={(event) => {
                setJson(event.currentTarget.value)
                setJsonDirty(true)
              }}
            />
          </div>
          {jsonProblems.length > 0 ? (
            <div className={`${styles.problem} ${styles.problemFatal}`} role="alert">
              <p className={styles.problemTitle}>Deze JSON is geen geldige detectielijst</p>
              <ul>
                {jsonProblems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={onJsonApply} disabled={!jsonDirty}>
              Deze JSON toepassen
            </button>
            <button type="button" className={styles.buttonSecondary} onClick={() => downloadText(datedFileName(`detectielijst-${rules.id}`, 'json'), `${JSON.stringify(rules, null, 2)}\n`, 'application/json')}>
              Lijst downloaden (JSON)
            </button>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-json-file`}>Een bewaarde lijst openen (JSON-bestand)</label>
            <input
              id={`${id}-json-file`}
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0]
                if (file) void onJsonFile(file)
                event.currentTarget.value = ''
              }}
            />
          </div>
        </details>
        {footer}
      </details>
    </section>
  )
}

/** " · eerste stap: meer dan 10 afwezigheidscodes · signaal vanaf 2 risicofactoren · 9 factoren": the list folded. */
function listSummary(rules: RuleSet): string {
  const parts: string[] = []
  if (rules.gate) parts.push(`eerste stap: ${rules.gate.label.charAt(0).toLowerCase()}${rules.gate.label.slice(1)}`)
  for (const tier of rules.tiers) {
    const k = atLeastRisk(tier.when)
    parts.push(k !== null ? `${rules.tiers.length > 1 ? tier.label.split(':')[0]!.trim().toLowerCase() : 'signaal'} vanaf ${k} ${k === 1 ? 'risicofactor' : 'risicofactoren'}` : tier.label.toLowerCase())
  }
  parts.push(`${rules.factors.length} ${rules.factors.length === 1 ? 'factor' : 'factoren'}`)
  return ` · ${parts.join(' · ')}`
}
