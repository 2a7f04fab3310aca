/**
 * A real S3-compatible server for tests: s3rver, in-process, on a free port, keeping its objects in a temporary
 * folder. Why s3rver: the most used fake S3 on npm, in plain JavaScript (no binary to download, nothing to start
 * outside the test); it checks request signatures like S3 does, with its fixed key pair S3RVER/S3RVER.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

import { freePort } from './app'

export interface TestS3 {
  /** The settings the app reads (src/data/storage.ts). */
  env: Record<string, string>
  /** The names of the objects stored in the bucket. */
  objects: () => string[]
  stop: () => Promise<void>
}

export const startS3 = async (bucket = 'toolbox-media'): Promise<TestS3> => {
  const directory = mkdtempSync(path.join(tmpdir(), 'toolbox-s3-'))
  const port = await freePort()
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  await server.run()
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    // s3rver keeps each object as `<key>._S3rver_object` (with metadata files beside it) under the bucket's folder.
    objects: () =>
      readdirSync(path.join(directory, bucket), { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('._S3rver_object'))
        .map((name) => name.replace(/\._S3rver_object$/, '')),
    stop: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
