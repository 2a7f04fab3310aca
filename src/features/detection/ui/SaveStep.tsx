'use client'
/**
 * Step 5: take results along, or keep the work. Exports are made in the browser: the signal list (for the school's own
 * use: pseudonyms and row numbers), the figures (small counts suppressed) and two print views. Keeping the work is
 * opt-in and always encrypted with the user's passphrase (vault.ts): in this browser (IndexedDB) or as a file.
 */
import { useId, useState, type FormEvent } from 'react'

import { figuresCsv } from '@/features/detection/engine/export'
import styles from './detection.module.css'
import { downloadText } from '@/shared/download'
import { datedFileName, flaggedCsv } from '@/features/detection/browser/exports'
import type { ResultData } from '@/features/detection/browser/saved-work'
import type { PrintMode } from './state'
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, type VaultEnvelope } from '@/features/detection/browser/vault'

export function SaveStep({
  data,
  stored,
  busy,
  onPrint,
  onSave,
  onOpen,
  onDelete,
}: {
  data: ResultData | null
  stored: VaultEnvelope | null
  busy: boolean
  onPrint: (mode: PrintMode) => void
  onSave: (passphrase: string, withResults: boolean, where: 'browser' | 'file') => Promise<string | null>
  onOpen: (envelope: unknown, passphrase: string) => Promise<string | null>
  onDelete: () => Promise<void>
}) {
  const id = useId()
  const [pass, setPass] = useState('')
  const [pass2, setPass2] = useState('')
  const [withResults, setWithResults] = useState(true)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saveStatus, setSaveStatus] = useState('')
  const [openPass, setOpenPass] = useState('')
  const [openError, setOpenError] = useState<string | null>(null)
  const [fileEnvelope, setFileEnvelope] = useState<unknown>(null)
  const [filePass, setFilePass] = useState('')
  const [fileError, setFileError] = useState<string | null>(null)

  const save = async (where: 'browser' | 'file') => {
    const problem = passphraseProblem(pass) ?? (pass !== pass2 ? 'De twee wachtzinnen verschillen.' : null)
    setSaveError(problem)
    setSaveStatus('')
    if (problem) return
    const error = await onSave(pass, withResults, where)
    if (error) setSaveError(error)
    else {
      setPass('')
      setPass2('')
      setSaveStatus(where === 'browser' ? 'Versleuteld bewaard in deze browser.' : 'Het versleutelde bestand werd gedownload.')
    }
  }

  const openStored = async (event: FormEvent) => {
    event.preventDefault()
    const error = await onOpen(stored, openPass)
    setOpenError(error)
    if (!error) setOpenPass('')
  }

  const openFile = async (event: FormEvent) => {
    event.preventDefault()
    if (fileEnvelope === null) return setFileError('Kies eerst een bewaard bestand.')
    const error = await onOpen(fileEnvelope, filePass)
    setFileError(error)
    if (!error) setFilePass('')
  }

  return (
    <section className={styles.step} aria-labelledby={`${id}-h`} id="stap-bewaren">
      <h2 id={`${id}-h`} tabIndex={-1}>
        <span className={styles.stepNumber} aria-hidden="true">
          5
        </span>
        Exporteren, afdrukken en bewaren
      </h2>
      {data ? (
        <div className={styles.exportBox}>
          <div>
            <h3>Voor het eigen team</h3>
            <p>
              De signaallijst met de redenen, het rijnummer in uw bestand en het pseudoniem; geen namen of leerlingnummers. Enkel voor
              intern gebruik: bewaar ze veilig en wis ze na gebruik.
            </p>
            <div className={styles.actions}>
              <button
                type="button"
                className={styles.button}
                onClick={() => downloadText(datedFileName('signaallijst', 'csv'), flaggedCsv(data.listed, data.rules), 'text/csv')}
              >
                Signaallijst downloaden (CSV)
              </button>
              <button type="button" className={styles.buttonSecondary} onClick={() => onPrint('lijst')}>
                Signaallijst afdrukken
              </button>
            </div>
          </div>
          <div>
            <h3>Om te delen</h3>
            <p>
              De cijfers per leerjaar, de afkappunten, de toetsing en de signalen per groep. Aantallen onder 5 staan als &lt;5; een x
              verbergt een aantal waarmee anders een klein aantal uit een totaal te berekenen is.
            </p>
            <div className={styles.actions}>
              <button
                type="button"
                className={styles.button}
                onClick={() => downloadText(datedFileName('vroegdetectie-cijfers', 'csv'), `\uFEFF${figuresCsv(data.report)}`, 'text/csv')}
              >
                Cijfers downloaden (CSV)
              </button>
              <button type="button" className={styles.buttonSecondary} onClick={() => onPrint('cijfers')}>
                Cijfers afdrukken
              </button>
            </div>
          </div>
        </div>
      ) : (
        <p>Zodra er resultaten zijn, kunt u hier de signaallijst en de cijfers downloaden of afdrukken.</p>
      )}

      <h3>Bewaren om later verder te werken</h3>
      <p>
        Niets wordt bewaard tenzij u hier kiest. Dan worden de sleutel van de pseudoniemen, de koppeling, de detectielijst en (als u wilt)
        de resultaten versleuteld met uw wachtzin (AES-GCM, sleutel afgeleid met PBKDF2). Zonder de wachtzin kan niemand ze lezen, ook wij
        niet: vergeet u ze, dan is het bewaarde werk verloren. Met dezelfde sleutel krijgen dezelfde leerlingen later dezelfde
        pseudoniemen.
      </p>
      <div className={styles.exportBox}>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void save('browser')
          }}
        >
          <h4>Versleuteld bewaren</h4>
          {/* Lets a password manager file the passphrase under a recognisable name. */}
          <input type="text" name="username" autoComplete="username" value="Vroegdetectie (Toolbox Schooluitval)" readOnly hidden />
          <div className={styles.field}>
            <label htmlFor={`${id}-pass`}>Wachtzin (minstens {MIN_PASSPHRASE_LENGTH} tekens)</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={pass}
              aria-invalid={saveError ? true : undefined}
              aria-describedby={saveError ? `${id}-save-error` : undefined}
              onChange={(event) => setPass(event.currentTarget.value)}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-pass2`}>Wachtzin nog eens</label>
            <input id={`${id}-pass2`} type="password" autoComplete="new-password" value={pass2} onChange={(event) => setPass2(event.currentTarget.value)} />
          </div>
          <div className={styles.check}>
            <input id={`${id}-with`} type="checkbox" checked={withResults} disabled={!data} onChange={(event) => setWithResults(event.currentTarget.checked)} />
            <label htmlFor={`${id}-with`}>Ook de resultaten bewaren (de cijfers en de signaallijst met pseudoniemen)</label>
          </div>
          {saveError ? (
            <p id={`${id}-save-error`} className={styles.fieldError} role="alert">
              {saveError}
            </p>
          ) : null}
          <p role="status">{saveStatus}</p>
          <div className={styles.actions}>
            <button type="submit" className={styles.button} disabled={busy}>
              Bewaar in deze browser
            </button>
            <button type="button" className={styles.buttonSecondary} disabled={busy} onClick={() => void save('file')}>
              Download als versleuteld bestand
            </button>
          </div>
        </form>

        <div>
          <h4>Bewaard werk openen</h4>
          {stored ? (
            <form onSubmit={openStored}>
              <input type="text" name="username" autoComplete="username" value="Vroegdetectie (Toolbox Schooluitval)" readOnly hidden />
              <p>
                In deze browser staat werk, bewaard op {new Date(stored.savedAt).toLocaleString('nl-BE')}
                {stored.label ? ` (${stored.label})` : ''}.
              </p>
              <div className={styles.field}>
                <label htmlFor={`${id}-open-pass`}>Wachtzin</label>
                <input
                  id={`${id}-open-pass`}
                  type="password"
                  autoComplete="current-password"
                  value={openPass}
                  aria-invalid={openError ? true : undefined}
                  aria-describedby={openError ? `${id}-open-error` : undefined}
                  onChange={(event) => setOpenPass(event.currentTarget.value)}
                />
              </div>
              {openError ? (
                <p id={`${id}-open-error`} className={styles.fieldError} role="alert">
                  {openError}
                </p>
              ) : null}
              <div className={styles.actions}>
                <button type="submit" className={styles.button} disabled={busy}>
                  Openen
                </button>
                <button type="button" className={`${styles.buttonSecondary} ${styles.danger}`} onClick={() => void onDelete()}>
                  Verwijder uit deze browser
                </button>
              </div>
            </form>
          ) : (
            <p>Er staat geen bewaard werk in deze browser.</p>
          )}
          <form onSubmit={openFile}>
            <input type="text" name="username" autoComplete="username" value="Vroegdetectie (Toolbox Schooluitval)" readOnly hidden />
            <div className={styles.field}>
              <label htmlFor={`${id}-file`}>Of open een versleuteld bestand</label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".json,application/json"
                onChange={async (event) => {
                  const file = event.currentTarget.files?.[0]
                  setFileError(null)
                  if (!file) return setFileEnvelope(null)
                  try {
                    setFileEnvelope(JSON.parse(await file.text()))
                  } catch {
                    setFileEnvelope(null)
                    setFileError('Dit bestand is geen bewaard werk van de vroegdetectie.')
                  }
                }}
              />
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-file-pass`}>Wachtzin van dat bestand</label>
              <input
                id={`${id}-file-pass`}
                type="password"
                autoComplete="current-password"
                value={filePass}
                aria-invalid={fileError ? true : undefined}
                aria-describedby={fileError ? `${id}-file-error` : undefined}
                onChange={(event) => setFilePass(event.currentTarget.value)}
              />
            </div>
            {fileError ? (
              <p id={`${id}-file-error`} className={styles.fieldError} role="alert">
                {fileError}
              </p>
            ) : null}
            <div className={styles.actions}>
              <button type="submit" className={styles.buttonSecondary} disabled={busy}>
                Bestand openen
              </button>
            </div>
          </form>
        </div>
      </div>
    </section>
  )
}
