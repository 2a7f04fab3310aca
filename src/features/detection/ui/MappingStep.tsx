'use client'
/**
 * Step 3 (after the results, folded unless something required is missing): which column of the file holds which field of the toolbox template. Starts from a remembered mapping or the
 * engine's suggestion (template names, then the Informat-/Smartschool-like presets); every field can be changed.
 */
import { useId, useMemo, type RefObject } from 'react'

import { MAPPING_PRESETS, suggestMapping, type ColumnMapping } from '@/features/detection/engine/mapping'
import type { ImportSummary, ReadSummary } from '@/features/detection/engine/session'
import { TEMPLATE_COLUMNS, type ColumnGroup } from '@/features/detection/engine/template'
import styles from './detection.module.css'
import { missingRequired } from '@/features/detection/browser/mapping-memory'
import { Problems } from './Problems'
import type { MappingSource } from './state'
import { formatNumber, pupils } from '@/features/detection/texts'

const GROUPS: { group: ColumnGroup; label: string }[] = [
  { group: 'pupil', label: 'Leerling' },
  { group: 'absence', label: 'Afwezigheden (halve dagen per code)' },
  { group: 'legacy-absence', label: 'Oude afwezigheidscodes (van vóór 2019, worden omgezet)' },
  { group: 'risk', label: 'Risicofactoren en resultaten' },
  { group: 'protective', label: 'Beschermende factoren' },
  { group: 'outcome', label: 'Uitkomst (optioneel, om een lijst te toetsen)' },
]

const SOURCE_TEXT: Record<MappingSource, string> = {
  remembered: 'We gebruikten de koppeling die deze browser onthield voor een bestand met dezelfde kolommen.',
  suggested: 'We koppelden de kolommen aan de hand van hun namen.',
  edited: 'U paste de koppeling aan.',
}

const sameMapping = (a: ColumnMapping | null, b: ColumnMapping | null) =>
  JSON.stringify(Object.entries(a?.fields ?? {}).sort()) === JSON.stringify(Object.entries(b?.fields ?? {}).sort())

export function MappingStep({
  read,
  mapping,
  source,
  remember,
  rememberedCount,
  imported,
  importedMapping,
  busy,
  headingRef,
  open,
  onToggle,
  onChange,
  onRemember,
  onForget,
  onImport,
}: {
  read: ReadSummary
  mapping: ColumnMapping
  source: MappingSource
  remember: boolean
  rememberedCount: number
  imported: ImportSummary | null
  importedMapping: ColumnMapping | null
  busy: boolean
  headingRef: RefObject<HTMLHeadingElement | null>
  /** Whether the mapping table is open: the tool's state, opened when something required is missing. */
  open: boolean
  onToggle: (open: boolean) => void
  onChange: (mapping: ColumnMapping, source: MappingSource) => void
  onRemember: (remember: boolean) => void
  onForget: () => void
  onImport: () => void
}) {
  const id = useId()
  const missing = missingRequired(mapping)

  const usage = useMemo(() => {
    const count = new Map<string, string[]>()
    for (const [field, header] of Object.entries(mapping.fields)) {
      if (header) count.set(header, [...(count.get(header) ?? []), field])
    }
    return count
  }, [mapping])
  const mappedCount = Object.values(mapping.fields).filter(Boolean).length
  const unmapped = read.headers.filter((h) => !usage.has(h))
  const upToDate = imported !== null && sameMapping(mapping, importedMapping)

  const setField = (field: string, header: string) => {
    const fields = { ...mapping.fields }
    if (header === '') delete fields[field]
    else fields[field] = header
    onChange({ version: 1, ...(mapping.preset ? { preset: mapping.preset } : {}), fields }, 'edited')
  }

  const optionText = (header: string) => {
    const examples = read.examples[header] ?? []
    return examples.length > 0 ? `${header} (bv. ${examples.join(', ')})` : header
  }

  return (
    <section className={`${styles.step} ${upToDate && imported?.ok ? styles.stepDone : ''}`} aria-labelledby={`${id}-h`} id="stap-kolommen">
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        <span className={styles.stepNumber} aria-hidden="true">
          3
        </span>
        Kolommen koppelen
      </h2>
      <p>
        {SOURCE_TEXT[source]} {formatNumber(mappedCount)} van de {read.headers.length} kolommen zijn gekoppeld aan een veld van het
        sjabloon.{' '}
        {missing.length > 0 ? (
          <strong className={styles.required}>
            Nog te koppelen: {missing.map((f) => `"${f}"`).join(' en ')} (verplicht).
          </strong>
        ) : (
          'Alle verplichte velden zijn gekoppeld.'
        )}
      </p>

      <details className={styles.mappingDetails} open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
        <summary>{open ? 'Koppeling' : 'Koppeling bekijken of wijzigen'}</summary>
        <div className={styles.inline}>
          <div className={styles.field}>
            <label htmlFor={`${id}-preset`}>Vertrekken van</label>
            <select
              id={`${id}-preset`}
              value=""
              onChange={(event) => {
                const preset = event.currentTarget.value
                if (preset === '') return
                const suggestion = preset === 'sjabloon' ? suggestMapping(read.headers) : suggestMapping(read.headers, preset)
                onChange(suggestion.mapping, 'suggested')
              }}
            >
              <option value="">Kies om opnieuw te beginnen…</option>
              <option value="sjabloon">De namen van het toolbox-sjabloon (en de best passende export)</option>
              {MAPPING_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className={styles.hint}>
          De kolomnamen van de Informat- en Smartschool-achtige exports zijn aangenomen, niet overgenomen uit documentatie van de
          leveranciers: kijk de koppeling altijd na.
        </p>
        {GROUPS.map(({ group, label }) => {
          const columns = TEMPLATE_COLUMNS.filter((c) => c.group === group)
          const mappedInGroup = columns.filter((c) => mapping.fields[c.name]).length
          const body = (
            <fieldset className={styles.mappingGroup} key={group}>
              <legend>{label}</legend>
              {columns.map((column) => {
                const header = mapping.fields[column.name] ?? ''
                const clash = header ? (usage.get(header) ?? []).filter((f) => f !== column.name) : []
                const selectId = `${id}-${column.name}`
                return (
                  <div className={styles.mappingRow} key={column.name}>
                    <label htmlFor={selectId}>
                      {column.name}
                      {column.required ? <span className={styles.required}> (verplicht)</span> : null}
                      <small>{column.description}</small>
                    </label>
                    <div>
                      <select
                        id={selectId}
                        value={header}
                        onChange={(event) => setField(column.name, event.currentTarget.value)}
                        aria-describedby={clash.length > 0 ? `${selectId}-clash` : undefined}
                        aria-invalid={column.required && !header ? true : undefined}
                      >
                        <option value="">— niet in het bestand —</option>
                        {read.headers.map((h) => (
                          <option key={h} value={h}>
                            {optionText(h)}
                          </option>
                        ))}
                      </select>
                      {clash.length > 0 ? (
                        <p id={`${selectId}-clash`} className={styles.fieldError}>
                          Deze kolom is ook gekoppeld aan {clash.join(', ')}; enkel de eerste telt.
                        </p>
                      ) : null}
                    </div>
                  </div>
                )
              })}
            </fieldset>
          )
          // The legacy codes are rarely needed: folded away unless one is mapped.
          return group === 'legacy-absence' ? (
            <details key={group} open={mappedInGroup > 0}>
              <summary>Oude afwezigheidscodes ({mappedInGroup} gekoppeld)</summary>
              {body}
            </details>
          ) : (
            body
          )
        })}
        {unmapped.length > 0 ? (
          <p>
            <strong>Andere kolommen</strong> (blijven beschikbaar voor een eigen factor in de detectielijst): {unmapped.join(', ')}.
          </p>
        ) : null}
      </details>

      <div className={styles.check}>
        <input id={`${id}-remember`} type="checkbox" checked={remember} onChange={(event) => onRemember(event.currentTarget.checked)} />
        <label htmlFor={`${id}-remember`}>
          Onthoud deze koppeling in deze browser (enkel welke kolomnaam bij welk veld hoort, geen leerlingengegevens)
        </label>
      </div>
      {rememberedCount > 0 ? (
        <p className={styles.hint}>
          Deze browser onthoudt {rememberedCount === 1 ? 'één koppeling' : `${rememberedCount} koppelingen`}.{' '}
          <button type="button" className={styles.linkButton} onClick={onForget}>
            Vergeet ze
          </button>
        </p>
      ) : null}

      {upToDate ? null : (
        <div className={styles.actions}>
          <button type="button" className={styles.button} disabled={busy || missing.length > 0} onClick={onImport} aria-describedby={`${id}-import-state`}>
            {imported ? 'Opnieuw inlezen met deze koppeling' : 'Leerlingen inlezen met deze koppeling'}
          </button>
          <span id={`${id}-import-state`} className={styles.hint}>
            {missing.length > 0 ? 'Koppel eerst de verplichte velden.' : imported ? 'De koppeling is gewijzigd sinds het inlezen.' : ''}
          </span>
        </div>
      )}

      {imported ? (
        <>
          {imported.ok ? (
            <p>
              <strong>{pupils(imported.pupils)} ingelezen</strong> uit {formatNumber(imported.rowsRead)} rijen
              {imported.rejectedRows.length > 0
                ? `; ${formatNumber(imported.rejectedRows.length)} ${imported.rejectedRows.length === 1 ? 'rij telt' : 'rijen tellen'} niet mee (zie hieronder).`
                : '.'}{' '}
              {imported.hasOutcome ? 'Het bestand heeft een uitkomstkolom: de kwaliteit van de lijst wordt getoetst.' : ''}
            </p>
          ) : null}
          <Problems problems={imported.problems} rejectedRows={imported.rejectedRows.length} context="Het inlezen" />
        </>
      ) : null}
    </section>
  )
}
