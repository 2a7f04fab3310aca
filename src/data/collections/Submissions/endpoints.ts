/**
 * The admin's two actions on a contribution, as Payload endpoints on the collection:
 *   POST /api/submissions/:id/omzetten   → a draft of the right collection; answers { collection, id, url }
 *   POST /api/submissions/:id/afwijzen   { reason, mail } → status "niet-weerhouden", the reason mailed if asked
 * Redacteurs and beheerders only (auteurs read contributions but do not decide on them). Each runs in one
 * transaction; every refusal is a Dutch JSON message, never a 500.
 */
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { isRole } from '@/data/access/roles'
import { convertSubmission, rejectSubmission, SubmissionActionError } from './convert'

const act =
  (action: (req: PayloadRequest, id: string) => Promise<object>): Endpoint['handler'] =>
  async (req) => {
    if (!isRole(req.user, 'beheerder', 'redacteur')) {
      return Response.json({ message: 'Alleen redacteurs en beheerders kunnen een bijdrage omzetten of afwijzen.' }, { status: 403 })
    }
    const id = String(req.routeParams?.id ?? '')
    const owns = await initTransaction(req)
    try {
      const result = await action(req, id)
      if (owns) await commitTransaction(req)
      return Response.json(result)
    } catch (error) {
      if (owns) await killTransaction(req)
      if (error instanceof SubmissionActionError) return Response.json({ message: error.message }, { status: error.status })
      req.payload.logger.error({ err: error }, `Submission ${id}: the action failed`)
      return Response.json({ message: 'Dat lukte niet. Probeer het opnieuw; er is niets veranderd.' }, { status: 503 })
    }
  }

export const submissionEndpoints: Endpoint[] = [
  {
    path: '/:id/omzetten',
    method: 'post',
    handler: act(async (req, id) => {
      const draft = await convertSubmission(req, id)
      return { ...draft, url: `/admin/collections/${draft.collection}/${draft.id}` }
    }),
  },
  {
    path: '/:id/afwijzen',
    method: 'post',
    handler: act(async (req, id) => {
      try {
        await addDataAndFileToRequest(req)
      } catch {
        throw new SubmissionActionError('Het verzoek kwam onleesbaar aan.', 400)
      }
      const { reason, mail } = (req.data ?? {}) as { reason?: unknown; mail?: unknown }
      return rejectSubmission(req, id, typeof reason === 'string' ? reason : '', mail === true)
    }),
  },
]
