import { postgresPayload } from '@tests/support/payload'
import { linksSuite } from './links.suite'

linksSuite('PostgreSQL', postgresPayload)
