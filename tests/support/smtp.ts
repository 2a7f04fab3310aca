/**
 * A real SMTP server (smtp-server) in the test process on a free local port, and the environment that points the
 * app's mail adapter at it. Mail is collected in `received`, raw as sent.
 */
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll } from 'vitest'

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
}

export const startSmtp = async (received: ReceivedMail[] = []) => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw })
        callback()
      })
    },
  })
  server.listen(0, '127.0.0.1')
  await once(server.server, 'listening')
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port)
  return {
    received,
    close: () => {
      server.close()
      delete process.env.SMTP_HOST
    },
  }
}

/**
 * The SMTP server for the enclosing file or describe block: started in beforeAll and closed in afterAll. Call it
 * before usePayload, so that the Payload config finds SMTP_HOST when it loads. `received` fills as mail arrives.
 */
export const useSmtp = (): { received: ReceivedMail[] } => {
  const received: ReceivedMail[] = []
  let server: Awaited<ReturnType<typeof startSmtp>> | undefined
  beforeAll(async () => {
    server = await startSmtp(received)
  })
  afterAll(() => {
    server?.close()
  })
  return { received }
}
