/**
 * Contributions with a file, and what editors do with them, on a real database (SQLite and PostgreSQL: the two
 * *.integration.test.ts files beside this one run it), real multipart bodies, files on disk and mail over real SMTP.
 * A request goes through receiveContribution (the route handler's reading and checking) and submitContribution (its
 * storing and mailing); the admin's actions through Payload's REST handler, as the admin's buttons call them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Material, Media, Practice, Submission, SubmissionFile } from '@/payload-types'
import { documents, elfProgram, makeDocx, makePdf, makeXlsx, paddedPdf, peProgram } from '@tests/fixtures/documents'
import type { TestPayload } from '@tests/support/payload'
import { restClient, tokenFor, type Rest } from '@tests/support/rest'
import { startSmtp, type ReceivedMail } from '@tests/support/smtp'
import { createUsers } from '@tests/support/users'
import { MAX_BODY_BYTES, receiveContribution, type Reception } from './receive'
import { submitContribution } from './submit'
import { contributionFileTypes, maxFileBytes } from './validate'

/** A mail's headers and text as a person reads them: quoted-printable undone. */
const readable = (mail: ReceivedMail) =>
  Buffer.from(
    mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

const fields = (title: string, extra: Record<string, string> = {}) => ({
  soort: 'materiaal',
  titel: title,
  beschrijving: 'Een stappenplan voor het eerste gesprek na een lange afwezigheid.\n\nGebruikt in drie scholen.',
  naam: 'Jef Claes',
  email: 'jef@clb.be',
  organisatie: 'CLB Kempen',
  akkoord: 'ja',
  ...extra,
})

/** A real multipart request, serialised by the platform's own FormData encoder, as a browser sends it. */
const formRequest = (values: Record<string, string>, file?: { bytes: Buffer | Uint8Array; name: string; type?: string }) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(values)) form.set(name, value)
  if (file) form.set('bestand', new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/octet-stream' }))
  const encoded = new Response(form)
  return encoded.arrayBuffer().then(
    (body) =>
      new Request('http://localhost/bijdragen/verzenden', {
        method: 'POST',
        body,
        headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.byteLength) },
      }),
  )
}

export const contributionFilesSuite = (name: string, start: () => Promise<TestPayload>) =>
  describe(`contributions with files on ${name}`, () => {
    let test: TestPayload
    let payload: Payload
    let rest: Rest
    let smtp: Awaited<ReturnType<typeof startSmtp>>
    const received: ReceivedMail[] = []
    let users: Awaited<ReturnType<typeof createUsers>>
    const tokens = { auteur: '', redacteur: '' }
    let topicId: number

    beforeAll(async () => {
      // The SMTP server first: the Payload config reads SMTP_HOST when it loads.
      smtp = await startSmtp(received)
      test = await start()
      payload = test.payload
      rest = restClient(test)
      users = await createUsers(payload)
      tokens.auteur = await tokenFor(test, 'auteur@toolbox.test', 'auteur-wachtwoord-123')
      tokens.redacteur = await tokenFor(test, 'redacteur@toolbox.test', 'redacteur-wachtwoord-123')
      const theme = await payload.create({ collection: 'themes', data: { title: 'Risicofactoren', summary: 'x', colour: 'rood', order: 1, _status: 'published' } })
      topicId = (
        await payload.create({ collection: 'topics', data: { title: 'Afwezigheden', summary: 'x', theme: theme.id, contentStatus: 'gepubliceerd', _status: 'published' } })
      ).id
    })
    afterAll(async () => {
      await test?.close()
      smtp?.close()
    })

    const filesDir = () => path.join(process.env.MEDIA_DIR!, 'bijdragen')
    const filesOnDisk = () => (existsSync(filesDir()) ? readdirSync(filesDir()).length : 0)
    const counts = async () => ({
      submissions: (await payload.count({ collection: 'submissions' })).totalDocs,
      files: (await payload.count({ collection: 'submission-files' })).totalDocs,
      onDisk: filesOnDisk(),
      mails: received.length,
    })
    const mailsTo = (address: string) => received.filter((mail) => mail.to.includes(address)).map(readable)

    /** Reads and stores a request as the route handler does; the reception for refusals. */
    const send = async (request: Request): Promise<{ reception: Reception; id?: number }> => {
      const reception = await receiveContribution(request)
      if (reception.outcome !== 'checked') return { reception }
      const { id } = await submitContribution(payload, reception.contribution, reception.file)
      return { reception, id: id as number }
    }

    /** A refused request changes nothing: no contribution, no file (in the database or on disk), no mail. */
    const expectNothingStored = async (before: Awaited<ReturnType<typeof counts>>) => {
      // Long enough for a mail that was wrongly sent to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await counts()).toEqual(before)
    }

    describe.each(contributionFileTypes)('a $label file (.$extension)', ({ extension, mime }) => {
      it('is checked by its content, kept privately, and mentioned in both e-mails', async () => {
        const bytes = await documents[extension]()
        const title = `Bijdrage met ${extension}`
        const { reception, id } = await send(await formRequest(fields(title), { bytes, name: `Stappenplan.${extension}`, type: 'application/octet-stream' }))
        expect(reception.outcome).toBe('checked')
        const submission = await payload.findByID({ collection: 'submissions', id: id!, depth: 1 })
        const file = submission.file as SubmissionFile
        expect(file).toMatchObject({ mimeType: mime, filesize: bytes.length })
        // The bytes as sent, in the private folder.
        expect(readFileSync(path.join(filesDir(), file.filename!)).equals(Buffer.from(bytes))).toBe(true)
        if (extension === 'xlsx') expect((await readXlsxFile(readFileSync(path.join(filesDir(), file.filename!))))[0]!.data[0]).toEqual(['Afwezigheden', 12])

        // Private: not for the public (local API, REST, the file route), readable by the editorial team.
        await expect(payload.findByID({ collection: 'submission-files', id: file.id, overrideAccess: false })).rejects.toThrow()
        expect((await rest('GET', `/api/submission-files/${file.id}`)).status).toBe(403)
        expect((await rest('GET', `/api/submission-files/file/${file.filename}`)).status).toBe(403)
        const download = await rest('GET', `/api/submission-files/file/${file.filename}`, { token: tokens.auteur })
        expect(download.status).toBe(200)
        expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
        // Nor is it in the media library, whose files a published material can make public.
        expect((await payload.find({ collection: 'media', where: { filename: { equals: file.filename } } })).totalDocs).toBe(0)

        await expect.poll(() => mailsTo('jef@clb.be').filter((m) => m.includes(title)).length, { timeout: 10_000 }).toBe(1)
        const editors = received.filter((m) => m.to.includes(users.redacteur.email)).map(readable).find((m) => m.includes(`Subject: Nieuwe bijdrage: ${title}`))!
        expect(editors).toContain(`Met een bijlage: Stappenplan.${extension}`)
        const confirmation = mailsTo('jef@clb.be').find((m) => m.includes(title))!
        expect(confirmation).toContain(`Subject: Bedankt voor uw bijdrage: ${title}`)
        expect(confirmation).toContain('Beste Jef Claes,')
        expect(confirmation).toContain(`met het bestand Stappenplan.${extension}`)
      })
    })

    it('refuses a renamed program (ELF as .pdf, PE as .docx) with a Dutch message, keeps the fields, stores and mails nothing', async () => {
      for (const [bytes, name, extension] of [
        [elfProgram(), 'verslag.pdf', 'pdf'],
        [peProgram(), 'verslag.docx', 'docx'],
      ] as const) {
        const before = await counts()
        const { reception } = await send(await formRequest(fields('Een programma'), { bytes, name, type: 'application/pdf' }))
        expect(reception).toMatchObject({
          outcome: 'refused',
          httpStatus: 422,
          state: { status: 'fout', errors: { bestand: expect.stringContaining(`past niet bij de naam (.${extension})`) }, values: { titel: 'Een programma', naam: 'Jef Claes' } },
        })
        await expectNothingStored(before)
      }
    })

    it('tells the ZIP-based types apart: a workbook named .docx and a Word file named .odt are refused', async () => {
      for (const [bytes, name] of [
        [await makeXlsx(), 'tabel.docx'],
        [await makeDocx(), 'tekst.odt'],
        [await makePdf(), 'tekst.pptx'],
      ] as const) {
        const before = await counts()
        const { reception } = await send(await formRequest(fields('Verkeerd type'), { bytes, name }))
        expect(reception.outcome, name).toBe('refused')
        await expectNothingStored(before)
      }
    })

    it('refuses a PDF that was cut off (no cross-reference table and %%EOF at its end)', async () => {
      const pdf = await makePdf()
      const before = await counts()
      const { reception } = await send(await formRequest(fields('Afgebroken PDF'), { bytes: pdf.subarray(0, pdf.length - 300), name: 'half.pdf' }))
      expect(reception).toMatchObject({ outcome: 'refused', httpStatus: 422, state: { errors: { bestand: expect.stringMatching(/^Dit PDF-bestand is onvolledig of beschadigd/) } } })
      await expectNothingStored(before)
    })

    it('refuses other types by name (an .exe, a text file) before reading them', async () => {
      for (const name of ['setup.exe', 'notities.txt', 'zonder-extensie']) {
        const before = await counts()
        const { reception } = await send(await formRequest(fields('Ander type'), { bytes: await makePdf(), name }))
        expect(reception).toMatchObject({ outcome: 'refused', state: { errors: { bestand: expect.stringMatching(/^Dit soort bestand nemen we niet aan/) } } })
        await expectNothingStored(before)
      }
    })

    it('refuses a file over 20 MB with its size, and a body over the limit before reading it', async () => {
      const big = await paddedPdf(maxFileBytes + 1)
      let before = await counts()
      const { reception } = await send(await formRequest(fields('Te groot'), { bytes: big, name: 'groot.pdf' }))
      expect(reception).toMatchObject({
        outcome: 'refused',
        state: { errors: { bestand: 'Het bestand is te groot: hoogstens 20 MB (dit bestand is 20 MB). Stuur een kleinere versie, of vermeld waar het online staat.' }, values: { titel: 'Te groot' } },
      })
      await expectNothingStored(before)
      // Exactly 20 MB is allowed.
      const exact = await paddedPdf(maxFileBytes)
      expect((await receiveContribution(await formRequest(fields('Precies 20 MB'), { bytes: exact, name: 'groot.pdf' }))).outcome).toBe('checked')

      before = await counts()
      const tooLarge = await formRequest(fields('Veel te groot'), { bytes: Buffer.alloc(MAX_BODY_BYTES), name: 'groot.pdf' })
      expect(await receiveContribution(tooLarge)).toMatchObject({ outcome: 'refused', httpStatus: 413, state: { problem: 'te-groot' } })
      await expectNothingStored(before)
    })

    it('answers a broken multipart body in Dutch, and stores nothing', async () => {
      const whole = await formRequest(fields('Afgebroken'), { bytes: await makePdf(), name: 'a.pdf' })
      const body = Buffer.from(await whole.arrayBuffer())
      const contentType = whole.headers.get('content-type')!
      const before = await counts()
      for (const broken of [body.subarray(0, body.length - 40), Buffer.from('rommel zonder grenzen'), body.subarray(0, 120)]) {
        const request = new Request('http://localhost/bijdragen/verzenden', { method: 'POST', body: broken, headers: { 'content-type': contentType, 'content-length': String(broken.length) } })
        expect(await receiveContribution(request)).toMatchObject({ outcome: 'refused', httpStatus: 400, state: { problem: 'onleesbaar' } })
      }
      await expectNothingStored(before)
    })

    it('stores a script typed in any field as text, and mails it as plain text that shows the characters', async () => {
      const script = '<script>alert("x")</script>'
      const { id } = await send(
        await formRequest(fields(`Titel ${script}`, { beschrijving: `Beschrijving ${script}`, naam: `Naam ${script}`, organisatie: `Org ${script}` })),
      )
      const stored = await payload.findByID({ collection: 'submissions', id: id!, depth: 0 })
      expect(stored).toMatchObject({ title: `Titel ${script}`, description: `Beschrijving ${script}`, name: `Naam ${script}`, organisation: `Org ${script}` })
      await expect.poll(() => mailsTo('jef@clb.be').filter((m) => m.includes(`Titel ${script}`)).length, { timeout: 10_000 }).toBe(1)
      for (const mail of [...mailsTo('jef@clb.be'), ...mailsTo(users.redacteur.email)].filter((m) => m.includes(`Titel ${script}`))) {
        // Plain text only: no HTML part a mail program could render.
        expect(mail).not.toMatch(/content-type: text\/html/i)
        expect(mail).toMatch(/content-type: text\/plain/i)
      }
    })

    describe('in the admin', () => {
      const submit = async (kind: 'materiaal' | 'praktijk' | 'feedback', title: string, withFile = true) => {
        const bytes = await makePdf(title)
        const { id } = await send(await formRequest(fields(title, { soort: kind, onderwerp: 'afwezigheden', webadres: 'https://www.voorbeeld.be/stap' }), withFile ? { bytes, name: 'stappenplan.pdf' } : undefined))
        return { id: id!, bytes }
      }
      const convert = (id: number, token?: string) => rest('POST', `/api/submissions/${id}/omzetten`, { token })

      it('turns a material into a draft material, its file a media item, linked both ways', async () => {
        const { id, bytes } = await submit('materiaal', 'Stappenplan als materiaal')
        const response = await convert(id, tokens.redacteur)
        expect(response.status).toBe(200)
        const answer = (await response.json()) as { collection: string; id: number; url: string }
        expect(answer).toMatchObject({ collection: 'materials', url: `/admin/collections/materials/${answer.id}` })

        const draft = (await payload.findByID({ collection: 'materials', id: answer.id, depth: 1, draft: true })) as Material
        expect(draft).toMatchObject({
          _status: 'draft',
          title: 'Stappenplan als materiaal',
          description: fields('').beschrijving,
          externalUrl: 'https://www.voorbeeld.be/stap',
          sourceType: 'andere',
          publisher: 'CLB Kempen',
        })
        expect((draft.topics as { id: number }[]).map((t) => t.id)).toEqual([topicId])
        expect((draft.submission as Submission).id).toBe(id)
        const media = draft.file as Media
        expect(media.mimeType).toBe('application/pdf')
        expect(readFileSync(path.join(process.env.MEDIA_DIR!, media.filename!)).equals(bytes)).toBe(true)
        // A draft's file stays private: the public sees it only once the material is published.
        await expect(payload.findByID({ collection: 'media', id: media.id, overrideAccess: false })).rejects.toThrow()
        // Who sent it stays out of the public API, even once published.
        await payload.update({ collection: 'materials', id: draft.id, data: { _status: 'published' } })
        const published = await payload.findByID({ collection: 'materials', id: draft.id, overrideAccess: false, depth: 0 })
        expect(published.submission).toBeUndefined()
        expect((await payload.findByID({ collection: 'media', id: media.id, overrideAccess: false })).id).toBe(media.id)

        const submission = await payload.findByID({ collection: 'submissions', id, depth: 0 })
        expect(submission.status).toBe('omgezet')
        expect(submission.convertedTo).toEqual({ relationTo: 'materials', value: draft.id })
        // Once only.
        const again = await convert(id, tokens.redacteur)
        expect(again.status).toBe(409)
        expect(((await again.json()) as { message: string }).message).toBe('Deze bijdrage is al omgezet naar een concept.')
      })

      it('turns a practice into a draft practice, with summary, organiser, website, its text as paragraphs and the file attached', async () => {
        const { id, bytes } = await submit('praktijk', 'Maandagbellen')
        const response = await convert(id, tokens.redacteur)
        expect(response.status).toBe(200)
        const answer = (await response.json()) as { collection: string; id: number }
        expect(answer.collection).toBe('practices')
        const draft = (await payload.findByID({ collection: 'practices', id: answer.id, depth: 0, draft: true })) as Practice
        expect(draft).toMatchObject({
          _status: 'draft',
          title: 'Maandagbellen',
          summary: 'Een stappenplan voor het eerste gesprek na een lange afwezigheid.',
          organiser: 'CLB Kempen',
          website: 'https://www.voorbeeld.be/stap',
          submission: id,
          topics: [topicId],
        })
        // The text as paragraphs only: the site does not render uploads inside rich text.
        const nodes = (draft.description as { root: { children: { type: string; children?: { text: string }[] }[] } }).root.children
        expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'paragraph'])
        expect(nodes.map((n) => n.children![0]!.text)).toEqual(['Een stappenplan voor het eerste gesprek na een lange afwezigheid.', 'Gebruikt in drie scholen.'])
        // The file is the practice's attachment, a copy in the media library.
        expect(draft.files).toHaveLength(1)
        const media = await payload.findByID({ collection: 'media', id: draft.files![0] as number, depth: 0 })
        expect(media.mimeType).toBe('application/pdf')
        expect(readFileSync(path.join(process.env.MEDIA_DIR!, media.filename!)).equals(bytes)).toBe(true)
        expect((await payload.findByID({ collection: 'submissions', id, depth: 0 })).convertedTo).toEqual({ relationTo: 'practices', value: draft.id })

        // Private while the practice is a draft (local API, REST, the file route); public once it is published.
        await expect(payload.findByID({ collection: 'media', id: media.id, overrideAccess: false })).rejects.toThrow()
        expect((await rest('GET', `/api/media/file/${media.filename}`)).status).toBe(403)
        await payload.update({ collection: 'practices', id: draft.id, data: { _status: 'published' } })
        const published = await payload.findByID({ collection: 'practices', id: draft.id, overrideAccess: false, depth: 1 })
        expect((published.files as Media[]).map((file) => file.id)).toEqual([media.id])
        const download = await rest('GET', `/api/media/file/${media.filename}`)
        expect(download.status).toBe(200)
        expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true)
      })

      it('converts a practice sent without a file into a draft without attachments', async () => {
        const { id } = await submit('praktijk', 'Zonder bijlage', false)
        const answer = (await (await convert(id, tokens.redacteur)).json()) as { id: number }
        const draft = await payload.findByID({ collection: 'practices', id: answer.id, depth: 0, draft: true })
        expect(draft.files ?? []).toEqual([])
        expect((draft.description as { root: { children: { type: string }[] } }).root.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph'])
      })

      it('lets only redacteurs and beheerders convert, and changes nothing for anyone else', async () => {
        const { id } = await submit('materiaal', 'Niet voor iedereen')
        const materials = (await payload.count({ collection: 'materials' })).totalDocs
        for (const token of [undefined, tokens.auteur]) {
          const response = await convert(id, token)
          expect(response.status).toBe(403)
          expect(((await response.json()) as { message: string }).message).toMatch(/^Alleen redacteurs en beheerders/)
        }
        expect((await payload.count({ collection: 'materials' })).totalDocs).toBe(materials)
        expect((await payload.findByID({ collection: 'submissions', id, depth: 0 })).status).toBe('nieuw')
        expect((await convert(999_999, tokens.redacteur)).status).toBe(404)
      })

      it('does not turn feedback into a page', async () => {
        const { id } = await submit('feedback', 'Een opmerking', false)
        const response = await convert(id, tokens.redacteur)
        expect(response.status).toBe(400)
        expect((await payload.findByID({ collection: 'submissions', id, depth: 0 })).status).toBe('nieuw')
      })

      it('rejects with a reason, mails it to the sender when asked, and asks for a reason first', async () => {
        const { id } = await submit('materiaal', 'Niet weerhouden')
        const reject = (body: unknown, token = tokens.redacteur) => rest('POST', `/api/submissions/${id}/afwijzen`, { token, json: body })
        expect((await reject({ reason: '  ', mail: true })).status).toBe(400)
        expect((await reject({ reason: 'Past niet.', mail: true }, tokens.auteur)).status).toBe(403)
        expect((await payload.findByID({ collection: 'submissions', id, depth: 0 })).status).toBe('nieuw')

        const mailsBefore = mailsTo('jef@clb.be').length
        const reason = 'Dit materiaal staat al in de toolbox <b>onder</b> "Afwezigheden".'
        const response = await reject({ reason, mail: true })
        expect(response.status).toBe(200)
        expect(await response.json()).toEqual({ mailed: true })
        const stored = await payload.findByID({ collection: 'submissions', id, depth: 0 })
        expect(stored).toMatchObject({ status: 'niet-weerhouden', rejectionReason: reason })
        expect(stored.rejectionMailedAt).toBeTruthy()
        await expect.poll(() => mailsTo('jef@clb.be').length, { timeout: 10_000 }).toBe(mailsBefore + 1)
        const mail = mailsTo('jef@clb.be').at(-1)!
        expect(mail).toContain('Subject: Uw bijdrage aan de Toolbox Schooluitval: Niet weerhouden')
        expect(mail).toContain(reason)
        expect(mail).not.toMatch(/content-type: text\/html/i)

        // Without the mail: stored, not sent.
        const other = await submit('praktijk', 'Stil afgewezen', false)
        const quiet = await rest('POST', `/api/submissions/${other.id}/afwijzen`, { token: tokens.redacteur, json: { reason: 'Dubbel.', mail: false } })
        expect(await quiet.json()).toEqual({ mailed: false })
        await new Promise((resolve) => setTimeout(resolve, 300))
        expect(mailsTo('jef@clb.be').filter((m) => m.includes('Uw bijdrage aan de Toolbox Schooluitval: Stil afgewezen'))).toHaveLength(0)
        // A broken body is a Dutch 400.
        const broken = await rest('POST', `/api/submissions/${other.id}/afwijzen`, { token: tokens.redacteur, body: '{kapot', contentType: 'application/json' })
        expect(broken.status).toBeLessThan(500)
      })

      it('deletes a contribution’s private file with it, and keeps a converted draft', async () => {
        const { id } = await submit('materiaal', 'Weg ermee')
        const fileId = (await payload.findByID({ collection: 'submissions', id, depth: 0 })).file as number
        const converted = (await (await convert(id, tokens.redacteur)).json()) as { id: number }
        const onDisk = filesOnDisk()
        await payload.delete({ collection: 'submissions', id, overrideAccess: false, user: users.redacteur })
        expect((await payload.find({ collection: 'submission-files', where: { id: { equals: fileId } } })).totalDocs).toBe(0)
        expect(filesOnDisk()).toBe(onDisk - 1)
        const draft = await payload.findByID({ collection: 'materials', id: converted.id, depth: 0, draft: true })
        expect(draft.submission ?? null).toBeNull()
      })
    })
  })
