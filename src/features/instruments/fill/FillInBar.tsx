'use client'
/**
 * The fill-in's controls: which fill-in is open (switch, create, rename, delete), whether it is saved, and sharing
 * and keeping (file export and import, Word, print). Every change of the list asks first where something would be
 * lost; an imported file never replaces a fill-in already here without asking.
 */
import { useEffect, useId, useRef, useState } from 'react'

import type { InstrumentDefinition } from '@/features/instruments/model'
import { rename, type FillIn } from './engine/answers'
import { fileName, fileText, readFillInFile, toFile } from './engine/fileFormat'
import { formatDateTime } from './engine/followUp'
import { downloadBlob } from '@/shared/download'
import { newId } from './browser/ids'
import { ConfirmDialog } from './ConfirmDialog'
import type { FillIns } from './useFillIns'
import styles from './workspace.module.css'

type Pending = { type: 'delete' } | { type: 'replace'; incoming: FillIn; notice: string | null }

const time = (iso: string) => new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' }).format(new Date(iso))

function statusText(state: FillIns): string {
  switch (state.status) {
    case 'loading':
      return 'Bewaarde invullingen worden geladen…'
    case 'empty':
      return 'Nog niets ingevuld. Wat u invult, wordt automatisch bewaard in deze browser.'
    case 'pending':
    case 'saving':
      return 'Wordt bewaard…'
    case 'saved':
      return state.savedAt ? `Bewaard in deze browser om ${time(state.savedAt)}.` : 'Bewaard in deze browser.'
    case 'problem':
      return 'Niet bewaard in deze browser.'
  }
}

export function FillInBar({
  definition,
  state,
  largeType,
  setLargeType,
}: {
  definition: InstrumentDefinition
  state: FillIns
  largeType: boolean
  setLargeType: (on: boolean) => void
}) {
  const { current, list } = state
  const ids = { select: useId(), name: useId(), file: useId() }
  const [chosen, setChosen] = useState(current.id)
  const [name, setName] = useState(current.name)
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const nameInput = useRef<HTMLInputElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const loading = state.status === 'loading'

  useEffect(() => {
    setChosen(current.id)
    setName(current.name)
  }, [current.id, current.name])

  const commitName = () => {
    if (!name.trim()) setName(current.name)
    else if (name.trim() !== current.name) state.change((f) => rename(f, name, new Date()))
  }

  const exportFile = () => {
    const text = fileText(toFile(definition, current, new Date()))
    downloadBlob(fileName(current.name, 'json'), new Blob([text], { type: 'application/json;charset=utf-8' }))
    setMessage({ text: `"${current.name}" is bewaard als bestand. Een collega opent het op deze pagina met "Bestand openen".`, kind: 'info' })
  }

  const exportWord = async () => {
    setMessage({ text: 'Het Word-document wordt gemaakt…', kind: 'info' })
    try {
      // Loaded on demand: the Word writer is only needed when someone asks for a document.
      const [{ wordDocument, DOCX_MIME }, { Packer }] = await Promise.all([import('./engine/wordDocument'), import('docx')])
      const blob = await Packer.toBlob(wordDocument(definition, current, new Date()))
      downloadBlob(fileName(current.name, 'docx'), new Blob([blob], { type: DOCX_MIME }))
      setMessage({ text: 'Het Word-document is gemaakt.', kind: 'info' })
    } catch {
      setMessage({ text: 'Het Word-document kon niet gemaakt worden. Probeer het opnieuw, of druk de pagina af.', kind: 'error' })
    }
  }

  const importFile = async (file: File) => {
    const result = readFillInFile(await file.text(), definition, { bytes: file.size })
    if (fileInput.current) fileInput.current.value = ''
    if (!result.ok) {
      setMessage({ text: `"${file.name}" werd niet geopend. ${result.message} Er is niets veranderd.`, kind: 'error' })
      return
    }
    const existing = list.find((f) => f.id === result.fillIn.id) ?? (current.id === result.fillIn.id ? current : undefined)
    if (existing) {
      setPending({ type: 'replace', incoming: result.fillIn, notice: result.notice })
      return
    }
    await state.adopt(result.fillIn)
    setMessage({ text: `"${result.fillIn.name}" is geopend en in deze browser bewaard.${result.notice ? ` ${result.notice}` : ''}`, kind: 'info' })
  }

  const replacing = pending?.type === 'replace' ? (list.find((f) => f.id === pending.incoming.id) ?? current) : null

  return (
    <section className={styles.bar} aria-labelledby={`${ids.select}-kop`} data-print="hide">
      <h2 id={`${ids.select}-kop`} className={styles.barHeading}>
        Uw invulling
      </h2>
      <p className={styles.privacy}>
        Uw antwoorden blijven in deze browser, op dit toestel. Ze worden nooit naar de toolbox verstuurd. Delen doet u met een bestand.
      </p>

      <div className={styles.barRow}>
        <div className={styles.field}>
          <label htmlFor={ids.select}>Invulling</label>
          <div className={styles.inline}>
            {/* Nothing from the fill-in until it is loaded: the server's placeholder and the browser's must match. */}
            <select id={ids.select} value={loading ? '' : chosen} disabled={loading} onChange={(e) => setChosen(e.target.value)}>
              {loading ? <option value="">…</option> : list.some((f) => f.id === current.id) ? null : <option value={current.id}>{`${current.name} (nog niet bewaard)`}</option>}
              {list.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
            <button type="button" className={styles.buttonSecondary} disabled={chosen === current.id} onClick={() => void state.open(chosen)}>
              Openen
            </button>
          </div>
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.name}>Naam van deze invulling</label>
          <input
            ref={nameInput}
            id={ids.name}
            type="text"
            maxLength={200}
            value={loading ? '' : name}
            disabled={loading}
            onChange={(e) => setName(e.target.value)}
            onBlur={commitName}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitName()
            }}
          />
        </div>
      </div>

      <div className={styles.buttons}>
        <button
          type="button"
          className={styles.buttonSecondary}
          disabled={loading}
          onClick={async () => {
            await state.create()
            setMessage({ text: 'Een nieuwe, lege invulling is geopend. Geef ze een naam.', kind: 'info' })
            nameInput.current?.focus()
            nameInput.current?.select()
          }}
        >
          Nieuwe invulling
        </button>
        <button type="button" className={styles.buttonSecondary} disabled={loading || !list.some((f) => f.id === current.id)} onClick={() => setPending({ type: 'delete' })}>
          Verwijderen…
        </button>
        <button type="button" className={styles.buttonSecondary} aria-pressed={largeType} onClick={() => setLargeType(!largeType)}>
          Grote letters
        </button>
      </div>

      <p role="status" aria-live="polite" className={styles.saveState} data-state={state.status}>
        {statusText(state)}
      </p>
      {state.problem ? (
        <div role="alert" className={styles.problem}>
          <p>{state.problem.message}</p>
          <button type="button" className={styles.button} onClick={exportFile}>
            Bewaar als bestand
          </button>
        </div>
      ) : null}

      <h3 className={styles.barHeading}>Delen en bewaren</h3>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} onClick={exportFile} disabled={loading}>
          Bewaar als bestand (.json)
        </button>
        <span className={styles.fileButton}>
          <label htmlFor={ids.file}>Bestand openen…</label>
          <input
            ref={fileInput}
            id={ids.file}
            type="file"
            accept=".json,application/json"
            disabled={loading}
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void importFile(file)
            }}
          />
        </span>
        <button type="button" className={styles.buttonSecondary} onClick={() => void exportWord()} disabled={loading}>
          Word-document (.docx)
        </button>
        <button type="button" className={styles.buttonSecondary} onClick={() => window.print()}>
          Afdrukken of PDF
        </button>
      </div>
      <div aria-live="polite" className={styles.messageArea}>
        {message ? <p className={message.kind === 'error' ? styles.error : styles.info}>{message.text}</p> : null}
      </div>

      {pending?.type === 'delete' ? (
        <ConfirmDialog
          title="Invulling verwijderen?"
          onCancel={() => setPending(null)}
          actions={[
            {
              label: 'Verwijderen',
              kind: 'danger',
              onChoose: () => {
                const gone = current.name
                setPending(null)
                void state.remove(current.id).then(() => setMessage({ text: `"${gone}" is verwijderd uit deze browser.`, kind: 'info' }))
              },
            },
          ]}
        >
          <p>
            &ldquo;{current.name}&rdquo; en alle antwoorden erin verdwijnen uit deze browser. Dit kan niet ongedaan gemaakt worden. Wilt u ze
            bewaren, kies dan eerst Annuleren en &ldquo;Bewaar als bestand&rdquo;.
          </p>
        </ConfirmDialog>
      ) : null}
      {pending?.type === 'replace' && replacing ? (
        <ConfirmDialog
          title="Deze invulling staat al in deze browser"
          onCancel={() => {
            setPending(null)
            setMessage({ text: 'Het bestand werd niet geopend. Er is niets veranderd.', kind: 'info' })
          }}
          actions={[
            {
              label: 'Vervangen door het bestand',
              kind: 'danger',
              onChoose: () => {
                const { incoming, notice } = pending
                setPending(null)
                void state.adopt(incoming).then(() => setMessage({ text: `"${incoming.name}" is vervangen door het bestand.${notice ? ` ${notice}` : ''}`, kind: 'info' }))
              },
            },
            {
              label: 'Als kopie openen',
              kind: 'primary',
              onChoose: () => {
                const { incoming, notice } = pending
                const copy = { ...incoming, id: newId(), name: `${incoming.name} (kopie)`.slice(0, 200) }
                setPending(null)
                void state.adopt(copy).then(() => setMessage({ text: `"${copy.name}" is geopend en bewaard.${notice ? ` ${notice}` : ''}`, kind: 'info' }))
              },
            },
          ]}
        >
          <p>
            Het bestand bevat &ldquo;{pending.incoming.name}&rdquo; (bewaard op {formatDateTime(pending.incoming.updatedAt)}). In deze browser staat
            dezelfde invulling als &ldquo;{replacing.name}&rdquo; (laatst gewijzigd op {formatDateTime(replacing.updatedAt)}). Vervangen wist de
            antwoorden die hier staan; als kopie openen houdt beide.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
