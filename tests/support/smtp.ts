/**
 * A real SMTP server (smtp-server) in the test process on a free local port, and the environment that points the
 * app's mail adapter at it. Mail is collected in `received`, raw as sent.
 */
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
}

export const startSmtp = async () => {
  const received: ReceivedMail[] = []
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
