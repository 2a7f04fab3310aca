'use client'
/** Step 1: choose or drop a file (CSV or .xlsx), or make a synthetic sample; the sheet when a workbook has several. */
import { useId, useState, type DragEvent, type RefObject } from 'react'

import type { ProgressUpdate, ReadSummary, SampleKind } from '@/features/detection/engine/session'
import styles from './detection.module.css'
import { Problems } from './Problems'
import { Progress } from './Progress'
import { fileSize, formatNumber } from '@/features/detection/texts'

const DELIMITERS: Record<string, string> = { ';': 'puntkomma', ',': 'komma', '\t': 'tab' }
const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252 (ANSI)', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' }

export function FileStep({
  read,
  progress,
  busy,
  headingRef,
  onFile,
  onSample,
  onSheet,
  onClear,
}: {
  read: ReadSummary | null
  progress: ProgressUpdate | null
  busy: boolean
  headingRef: RefObject<HTMLHeadingElement | null>
  onFile: (file: File) => void
  onSample: (kind: SampleKind) => void
  onSheet: (sheet: string) => void
  onClear: () => void
}) {
  const id = useId()
  const [over, setOver] = useState(false)
  const [sheet, setSheet] = useState('')
  const [dropNote, setDropNote] = useState('')
  const sheets = read?.source?.sheets ?? []

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    const files = event.dataTransfer.files
    if (files.length === 0) return
    setDropNote(files.length > 1 ? `U sleepte ${files.length} bestanden; enkel "${files[0]!.name}" wordt gelezen.` : '')
    if (!busy) onFile(files[0]!)
  }

  return (
    <section className={`${styles.step} ${read?.ok ? styles.stepDone : ''}`} aria-labelledby={`${id}-h`} id="stap-bestand">
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        <span className={styles.stepNumber} aria-hidden="true">
          1
        </span>
        Bestand kiezen
      </h2>
      <p>
        Een export uit het leerlingvolgsysteem, met één rij per leerling: CSV (komma of puntkomma) of Excel (.xlsx). Het
        bestand blijft op deze computer.
      </p>
      <div
        className={styles.drop}
        data-over={over}
        onDragOver={(event) => {
          event.preventDefault()
          event.dataTransfer.dropEffect = 'copy'
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>Sleep het bestand hierheen of kies het</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            setDropNote('')
            if (file) onFile(file)
            // Choosing the same file again must work too (after fixing it in Excel).
            event.currentTarget.value = ''
          }}
        />
        <span id={`${id}-file-hint`} className={styles.hint}>
          Tot 100 MB. Kolommen met namen, rijksregisternummers of contactgegevens worden niet ingelezen.
        </span>
      </div>
      {dropNote ? <p>{dropNote}</p> : null}
      <div className={styles.samples}>
        <span>Eerst proberen? Maak een verzonnen bestand:</span>
        <button type="button" className={styles.buttonSecondary} disabled={busy} onClick={() => onSample('school')}>
          Voorbeeldschool (600 leerlingen)
        </button>
        <button type="button" className={styles.buttonSecondary} disabled={busy} onClick={() => onSample('workshop')}>
          Cijfers van de workshop (1332)
        </button>
        <button type="button" className={styles.buttonSecondary} disabled={busy} onClick={() => onSample('informat')}>
          Informat-achtige export
        </button>
      </div>

      {progress && busy ? <Progress update={progress} id={`${id}-progress`} /> : null}

      {read ? (
        <>
          {read.ok && read.source ? (
            <dl className={styles.facts}>
              <dt>Bestand</dt>
              <dd>
                {read.fileName} ({fileSize(read.source.bytes)})
              </dd>
              <dt>Soort</dt>
              <dd>
                {read.source.format === 'xlsx'
                  ? `Excel, tabblad "${read.source.sheet}"`
                  : `CSV, gescheiden door ${DELIMITERS[read.source.delimiter ?? ';']}, tekenset ${ENCODINGS[read.source.encoding ?? 'utf-8']}`}
              </dd>
              <dt>Rijen</dt>
              <dd>
                {formatNumber(read.rowCount)} rijen met gegevens, kopregel op rij {read.headerRow}
              </dd>
              <dt>Kolommen</dt>
              <dd>
                {read.headers.length} ingelezen
                {read.droppedColumns.length > 0 ? `; niet ingelezen (persoonsgegevens): ${read.droppedColumns.join(', ')}` : ''}
              </dd>
            </dl>
          ) : null}
          <Problems problems={read.problems} context="Het bestand lezen" />
          {sheets.length > 1 ? (
            <form
              className={styles.inline}
              onSubmit={(event) => {
                event.preventDefault()
                onSheet(sheet || read.source?.sheet || sheets[0]!)
              }}
            >
              <div className={styles.field}>
                <label htmlFor={`${id}-sheet`}>Tabblad</label>
                <select id={`${id}-sheet`} value={sheet || read.source?.sheet || sheets[0]} onChange={(event) => setSheet(event.currentTarget.value)}>
                  {sheets.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className={styles.buttonSecondary} disabled={busy}>
                Lees dit tabblad
              </button>
            </form>
          ) : null}
          <div className={styles.actions}>
            <button type="button" className={`${styles.buttonSecondary} ${styles.danger}`} onClick={onClear} disabled={busy}>
              Alles wissen van deze pagina
            </button>
          </div>
        </>
      ) : null}
    </section>
  )
}
