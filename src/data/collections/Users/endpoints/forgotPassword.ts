import { addDataAndFileToRequest, headersWithCors, type Endpoint } from 'payload'

/**
 * POST /api/users/forgot-password ("Wachtwoord vergeten"), in place of Payload's own (a collection's endpoints are
 * matched before the built-in ones). Payload answered an unknown address at once but an existing one only after
 * updating the account and handing the reset mail to the SMTP server — the same answer, but about 8 times slower
 * (forgotPassword.integration.test.ts), which told anyone which addresses have accounts. Here the answer comes
 * before that work: Payload's own forgotPassword operation (token, expiry, its 15 s interval per account, the mail)
 * runs after it, in the background, for every address; only an existing account gets a mail. A failure to send is
 * logged, never told to the client — who is not told whether there was anything to send either.
 *
 * What is left: the work after the answer occupies the server for a moment longer for an existing account, which a
 * second request sent at once could feel; the sign-in limit per client address (10 per 15 minutes, counting these
 * requests: src/data/rateLimits) keeps that from testing many addresses. A server stopped in that moment sends no
 * mail; the user asks again.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (!email) return Response.json({ errors: [{ message: 'Vul uw e-mailadres in.' }] }, { status: 400 })
    const { payload, i18n } = req
    // Not awaited: the answer must not wait for whether there is an account. The mail in the requester's language.
    void payload
      .forgotPassword({ collection: 'users', data: { email }, req: { i18n } })
      .catch((error: unknown) => payload.logger.error({ err: error }, 'Password reset: the request could not be handled'))
    return Response.json({ message: req.t('general:success') }, { status: 200, headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
