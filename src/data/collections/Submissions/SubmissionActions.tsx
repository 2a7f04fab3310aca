'use client'
/**
 * The sidebar of a contribution in the admin: "Omzetten naar concept" (a practice or material becomes a draft, and
 * the editor lands on it) and "Afwijzen" (asks for a reason, and whether to mail it to the sender). Both call the
 * collection's endpoints (endpoints.ts), which check the role again; auteurs see only who decides.
 */
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

const mayDecide = (user: unknown) => ['redacteur', 'beheerder'].includes((user as { role?: string } | null)?.role ?? '')

export const SubmissionActions = () => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined)
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const converted = useFormFields(([fields]) => Boolean(fields.convertedTo?.value))
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const [busy, setBusy] = useState(false)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [mail, setMail] = useState(true)
  const [problem, setProblem] = useState<string | null>(null)
  const ids = useId()

  if (!id) return null
  if (!mayDecide(user)) return <p className="field-description">Een redacteur zet deze bijdrage om naar een concept of wijst ze af.</p>
  if (converted || status === 'niet-weerhouden') return null

  const post = async (action: string, body?: unknown) => {
    setBusy(true)
    setProblem(null)
    try {
      const response = await fetch(`${api}/submissions/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as { message?: string; url?: string; mailed?: boolean }
      if (!response.ok) {
        setProblem(answer.message ?? 'Dat lukte niet. Probeer het opnieuw.')
        return null
      }
      return answer
    } catch {
      setProblem('De server is niet bereikbaar. Probeer het opnieuw.')
      return null
    } finally {
      setBusy(false)
    }
  }

  const convert = async () => {
    const answer = await post('omzetten')
    if (answer?.url) {
      toast.success('Het concept is gemaakt. Vul het aan en publiceer het.')
      router.push(answer.url)
    }
  }

  const reject = async () => {
    const answer = await post('afwijzen', { reason, mail })
    if (answer) {
      toast.success(answer.mailed ? 'Afgewezen; de reden is gemaild.' : 'Afgewezen.')
      // A full reload: the form then shows the new status and the reason, and these buttons go.
      window.location.reload()
    }
  }

  const convertible = kind === 'praktijk' || kind === 'materiaal'
  return (
    <div style={{ display: 'grid', gap: '0.75rem', marginBottom: '1.5rem' }}>
      {problem ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {problem}
        </p>
      ) : null}
      {convertible ? (
        <Button buttonStyle="primary" margin={false} disabled={busy} onClick={convert}>
          Omzetten naar concept
        </Button>
      ) : null}
      {rejecting ? (
        <div style={{ display: 'grid', gap: '0.5rem' }}>
          <label htmlFor={`${ids}-reden`}>Waarom wijst u deze bijdrage af?</label>
          <textarea id={`${ids}-reden`} rows={4} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
          {email ? (
            <label>
              <input type="checkbox" checked={mail} onChange={(event) => setMail(event.target.checked)} /> Mail de reden naar {email}
            </label>
          ) : null}
          <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={reject}>
            Afwijzen
          </Button>
        </div>
      ) : (
        <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={() => setRejecting(true)}>
          Afwijzen…
        </Button>
      )}
    </div>
  )
}
