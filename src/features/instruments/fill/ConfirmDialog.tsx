'use client'
/**
 * A question that must be answered before something is lost or replaced (delete a fill-in, an imported file with the
 * same fill-in as one already here). The native <dialog> shown modally: it traps focus, Escape cancels, and the
 * browser returns focus to the button that opened it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'

import styles from './workspace.module.css'

export interface DialogAction {
  label: string
  onChoose: () => void
  kind?: 'danger' | 'primary' | 'secondary'
}

export function ConfirmDialog({ title, children, actions, onCancel }: { title: string; children: ReactNode; actions: DialogAction[]; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    // React removes the dialog from the page when it is answered, so the browser cannot hand focus back itself.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    // The safe choice has the focus, so Enter on an opened dialog never deletes.
    cancel.current?.focus()
    return () => {
      dialog?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className={styles.buttons}>
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className={action.kind === 'danger' ? styles.buttonDanger : action.kind === 'primary' ? styles.button : styles.buttonSecondary}
            onClick={action.onChoose}
          >
            {action.label}
          </button>
        ))}
        <button type="button" className={styles.buttonSecondary} onClick={onCancel} ref={cancel}>
          Annuleren
        </button>
      </div>
    </dialog>
  )
}
