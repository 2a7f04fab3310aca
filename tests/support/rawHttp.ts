/**
 * One HTTP request exactly as written — any method (TRACE too), any request target (`*`, bad percent-encoding),
 * any body — which fetch() would refuse or normalise. Resolves with the status and body, or rejects after `timeoutMs`
 * (a hang is a failure, not a wait).
 */
import { request } from 'node:http'

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The body's bytes as sent (compressed, if it was): fetch() would decompress them. */
  bytes: Buffer
}

export const rawRequest = (
  baseURL: string,
  method: string,
  target: string,
  { headers = {}, body, timeoutMs = 15_000 }: { headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number } = {},
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseURL)
    const req = request({ hostname, port, method, path: target, headers: body === undefined ? headers : { 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes })
      })
      res.on('error', reject)
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`No answer within ${timeoutMs} ms: ${method} ${target}`)))
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
