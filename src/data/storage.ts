import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * Where uploaded files live: on this machine's disk (MEDIA_DIR, the default), or in an S3-compatible bucket when
 * S3_BUCKET is set, so that several instances share them. Payload's own adapter (`@payloadcms/storage-s3`) does the
 * work: an upload is written to the bucket, a delete removes it, and a download still goes through Payload's file
 * route `/api/media/file/<name>` — `disablePayloadAccessControl` stays unset (false), so the media read rule decides
 * (src/data/access/publishedMediaOrStaff.ts: a draft material's file is not public) and the bucket stays private.
 *
 * `alwaysInsertFields`: the adapter's two columns (`prefix`, `_objectKey`) exist with or without S3, so both set-ups
 * run on the same schema and migrations, and a site can move its files to a bucket without a schema change.
 *
 * Checksums only where S3 requires them: recent AWS SDKs add checksums by default, in forms (a streamed trailer for
 * large uploads) that several S3-compatible stores do not accept; what S3 itself requires, every store accepts.
 */
export const s3Settings = (env = process.env) => {
  if (!env.S3_BUCKET) return undefined
  return {
    bucket: env.S3_BUCKET,
    config: {
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || 'us-east-1',
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED' as const,
      responseChecksumValidation: 'WHEN_REQUIRED' as const,
    },
  }
}

export const mediaStorage = (env = process.env): Plugin => {
  const settings = s3Settings(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    // `true`: no `disablePayloadAccessControl`, no public ACL — every download passes the media read rule.
    collections: { media: true },
    bucket: settings?.bucket ?? '',
    config: settings?.config ?? {},
  })
}
