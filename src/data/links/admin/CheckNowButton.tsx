'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

/** "Nu controleren": asks the server to queue a link check and says, in a live region, what happened. */
export function CheckNowButton({ endpoint }: { endpoint: string }) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const start = async () => {
    setBusy(true)
    try {
      const response = await fetch(endpoint, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => null)) as { message?: string } | null
      setMessage(body?.message ?? 'De controle kon niet gestart worden. Probeer het later opnieuw.')
    } catch {
      setMessage('De controle kon niet gestart worden: geen verbinding met de server.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div>
      <Button buttonStyle="primary" size="medium" onClick={start} disabled={busy}>
        Nu controleren
      </Button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
