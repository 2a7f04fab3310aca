/**
 * Uploads on S3-compatible storage (src/data/storage.ts), on two instances of the built app that share one database
 * and one bucket (s3rver) but no disk: a file an editor uploads through one instance downloads through the other,
 * byte for byte, from the bucket; the media read rule still holds there — a draft material's file is not public.
 */
import { readdirSync, existsSync } from 'node:fs'

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { materials } from '@/data/seed/data/materials'
import { renderMaterialFile } from '@/data/seed/documents'
import { appSecret, startApp, type RunningApp } from '@tests/support/app'
import { contentFixtures } from '@tests/support/content'
import { startS3, type TestS3 } from '@tests/support/s3'
import { createUsers } from '@tests/support/users'

let s3: TestS3
let first: RunningApp
let second: RunningApp
let payload: Payload

beforeAll(async () => {
  s3 = await startS3()
  first = await startApp({ output: 'ignore', env: s3.env })
  // The second instance: the same database and bucket, a media folder of its own (that stays empty).
  second = await startApp({ output: 'ignore', env: { ...s3.env, DATABASE_URL: first.databaseURL } })
  Object.assign(process.env, { DATABASE_URL: first.databaseURL, MEDIA_DIR: first.mediaDir, PAYLOAD_SECRET: appSecret }, s3.env)
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config, key: 'storage-s3' })
}, 400_000)
afterAll(async () => {
  await payload?.destroy()
  await second?.stop()
  await first?.stop()
  await s3?.stop()
})

const login = async (app: RunningApp, email: string, password: string) => {
  const response = await fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const uploadThrough = async (app: RunningApp, token: string, index: number) => {
  const file = await renderMaterialFile(materials.filter((m) => m.fileName)[index]!)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify({ alt: `Bestand ${index}` }))
  const response = await fetch(`${app.baseURL}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  const body = (await response.json()) as { doc: { id: number; filename: string; url: string } }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return { ...body.doc, bytes: file.data }
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : [])

describe('uploads on S3-compatible storage', () => {
  it('a file uploaded through one instance downloads through the other, and a draft material’s file stays private', async () => {
    const users = await createUsers(payload)
    const token = await login(first, users.redacteur.email, 'redacteur-wachtwoord-123')
    const published = await uploadThrough(first, token, 0)
    const draft = await uploadThrough(first, token, 1)

    // In the bucket, with the seed's files (uploaded as the first instance started), on neither instance's disk.
    expect(s3.objects()).toEqual(expect.arrayContaining([published.filename, draft.filename, 'gebruikersgids-toolbox-schooluitval.pdf']))
    expect(files(first.mediaDir)).toEqual([])
    expect(files(second.mediaDir)).toEqual([])
    // The address goes through Payload's file route (and so through the media read rule), not to the bucket.
    const route = `/api/media/file/${encodeURIComponent(published.filename)}`
    expect(new URL(published.url, first.baseURL).pathname).toBe(route)
    expect(published.url).not.toContain(s3.env.S3_ENDPOINT)

    const { createDoc } = await contentFixtures(payload)
    await createDoc('materials', 'published', published.id)
    await createDoc('materials', 'draft', draft.id)

    const download = await fetch(`${second.baseURL}${route}`)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer())).toEqual(published.bytes)

    // Anonymous: the draft material's file is not there; the team reads it through either instance.
    const hidden = await fetch(`${second.baseURL}/api/media/file/${encodeURIComponent(draft.filename)}`)
    expect([403, 404]).toContain(hidden.status)
    expect(Buffer.from(await hidden.arrayBuffer()).includes(draft.bytes.subarray(0, 64))).toBe(false)
    const listed = (await (await fetch(`${second.baseURL}/api/media?depth=0&limit=100`)).json()) as { docs: { id: number }[] }
    expect(listed.docs.map((doc) => doc.id)).toContain(published.id)
    expect(listed.docs.map((doc) => doc.id)).not.toContain(draft.id)
    const asEditor = await fetch(`${second.baseURL}/api/media/file/${encodeURIComponent(draft.filename)}`, {
      headers: { authorization: `JWT ${await login(second, users.redacteur.email, 'redacteur-wachtwoord-123')}` },
    })
    expect(asEditor.status).toBe(200)
    expect(Buffer.from(await asEditor.arrayBuffer())).toEqual(draft.bytes)
  })

  it('a file deleted through one instance leaves the bucket', async () => {
    const token = await login(second, 'redacteur@toolbox.test', 'redacteur-wachtwoord-123')
    const spare = await uploadThrough(second, token, 2)
    expect(s3.objects()).toContain(spare.filename)
    const response = await fetch(`${first.baseURL}/api/media/${spare.id}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(s3.objects()).not.toContain(spare.filename)
  })
})
