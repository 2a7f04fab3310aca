import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Categories } from './data/collections/Categories'
import { Instruments } from './data/collections/Instruments'
import { LinkChecks } from './data/collections/LinkChecks'
import { Materials } from './data/collections/Materials'
import { Media } from './data/collections/Media'
import { Partners } from './data/collections/Partners'
import { Practices } from './data/collections/Practices'
import { Regions } from './data/collections/Regions'
import { SubmissionFiles } from './data/collections/SubmissionFiles'
import { Submissions } from './data/collections/Submissions'
import { Themes } from './data/collections/Themes'
import { Topics } from './data/collections/Topics'
import { Users } from './data/collections/Users'
import { answerClientInputErrors } from './data/clientInputErrors'
import { databaseAdapter } from './data/database'
import { payloadLogger } from './data/logger'
import { mediaStorage } from './data/storage'
import { jobs } from './data/links/job'
import { withWellFormedQuery } from './data/wellFormedQuery'
import { siteUrl } from './shared/site'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Real SMTP when configured; without it Payload writes outgoing mail to the log. */
const email = process.env.SMTP_HOST
  ? nodemailerAdapter({
      defaultFromAddress: process.env.MAIL_FROM ?? 'toolbox@localhost',
      defaultFromName: 'Toolbox Schooluitval',
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
      },
    })
  : undefined

export default buildConfig({
  serverURL: siteUrl,
  secret: process.env.PAYLOAD_SECRET ?? '',
  admin: {
    user: Users.slug,
    // No Gravatar: the admin makes no third-party requests.
    avatar: 'default',
    meta: { titleSuffix: ' – Toolbox Schooluitval' },
    importMap: { baseDir: dirname },
    components: {
      // What may be out of date (src/data/editorial/freshness.ts), on the dashboard.
      beforeDashboard: ['/data/editorial/Freshness#Freshness'],
      // The date picker in Dutch from the first render (date-fns's nl locale, as the nl translations name it).
      providers: ['/data/editorial/DutchDatePicker#DutchDatePicker'],
    },
  },
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
  // Editorial collections first: editorialCollection() (src/data/editorial) gives each its access, drafts and workflow.
  collections: [Themes, Topics, Materials, Practices, Partners, Instruments, Categories, Regions, Media, Submissions, SubmissionFiles, LinkChecks, Users].map(withWellFormedQuery),
  // The link check (src/data/links): a task on Payload's jobs queue, weekly and on demand.
  jobs,
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email,
  sharp,
  graphQL: { disable: true },
  // Errors caused by a client's input (a bad id, a malformed where, a broken body) are a 400, not a 500.
  hooks: { afterError: [answerClientInputErrors] },
  telemetry: false,
  // JSON lines like the web server's; errors a client caused in one short line (src/data/logger.ts).
  logger: payloadLogger(),
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  plugins: [
    // Topics nest under topics (sub-theme → subject), regions under provinces; breadcrumbs kept up to date.
    nestedDocsPlugin({
      collections: ['topics', 'regions'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
    }),
    // Uploads on local disk (MEDIA_DIR), or in an S3-compatible bucket when S3_BUCKET is set.
    mediaStorage(),
  ],
})
