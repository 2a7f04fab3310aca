import type { AfterErrorHook } from 'payload'

/**
 * Errors that come from what a client sent, not from a fault of the server. Payload lets them through as 500s:
 * an id that is not a number reaches the database as NaN, a `where` that is not JSON or holds an impossible date
 * fails in the driver, `near` on a text field finds no operator, a broken multipart body fails in its parser.
 * Recognised by what they are (and what caused them), never by the request, so a real fault stays a 500.
 */
const multipartFailures = [
  /^Malformed (content type|part header|urlencoded form)$/,
  /^Missing Content-Type$/,
  /^Multipart: Boundary not found$/,
  /^Unexpected end of (file|form)$/,
  /^Unsupported content type/,
  /^Request is not eligible for file upload$/,
]

const fromInput = (error: { name?: unknown; message?: unknown; code?: unknown }): boolean => {
  const name = String(error.name ?? '')
  const message = String(error.message ?? '')
  if (name === 'URIError' || name === 'SyntaxError') return true // percent-decoding, JSON.parse of where or _payload
  if (name === 'RangeError' && /finite numbers/.test(message)) return true // libsql: NaN as a parameter
  if (name === 'TypeError' && /cannot be passed as argument to the database/.test(message)) return true // libsql: invalid date
  if (name === 'TypeError' && /operators\[\w+\] is not a function/.test(message)) return true // near/within on a non-point field
  if (typeof error.code === 'string' && /^22/.test(error.code)) return true // PostgreSQL class 22: data exception
  return multipartFailures.some((pattern) => pattern.test(message))
}

/** True when the error, or what caused it (DrizzleQueryError wraps the driver's), comes from the client's input. */
export const isClientInputError = (error: unknown): boolean => {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (fromInput(current as Record<string, unknown>)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/** Answers errors caused by the client's input with a 400 and a Dutch JSON error, in Payload's error format. */
export const answerClientInputErrors: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500 || !isClientInputError(error)) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message:
            'Deze aanvraag is ongeldig: controleer het webadres, de zoekvoorwaarden (where) en de meegestuurde gegevens.',
        },
      ],
    },
  }
}
