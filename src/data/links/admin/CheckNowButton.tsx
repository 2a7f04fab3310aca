'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

/** How often the list is reloaded while a check started here may still run, and for how long at most. */
const refreshEveryMs = 15_000
const refreshForMs = 10 * 60_000

/**
 * "Nu controleren": asks the server to queue a link check and says, in a live region, what happened. The check runs
 * in the background, so the list and summary (server components) are reloaded with router.refresh() right after
 * the answer and then every 15 seconds for a while, until the results are there without reloading the page.
 */
export function CheckNowButton({ endpoint }: { endpoint: string }) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [refreshingSince, setRefreshingSince] = useState<number | null>(null)

  useEffect(() => {
    if (refreshingSince === null) return
    const timer = setInterval(() => {
      if (Date.now() - refreshingSince > refreshForMs) return setRefreshingSince(null)
      router.refresh()
    }, refreshEveryMs)
    return () => clearInterval(timer)
  }, [refreshingSince, router])

  const start = async () => {
    setBusy(true)
    try {
      const response = await fetch(endpoint, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => null)) as { message?: string } | null
      setMessage(body?.message ?? 'De controle kon niet gestart worden. Probeer het later opnieuw.')
      if (response.ok) {
        router.refresh()
        setRefreshingSince(Date.now())
      }
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
